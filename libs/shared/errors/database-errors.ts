import { CommonErrorCode } from './common-error-codes.js';

export interface DatabaseFailure {
  statusCode: number;
  code: CommonErrorCode;
  message: string;
}

/**
 * Database failures that are load or outage, not bugs: a row lock not granted within
 * lock_timeout, a statement cancelled by statement_timeout, no free pool connection within the
 * wait, a session ended by idle_in_transaction_session_timeout or a server that is down. They
 * answer a coded 409/503 (retry later) instead of a 500; anything else is left to the caller.
 */
export function databaseFailure(err: unknown): DatabaseFailure | undefined {
  const e = err as { code?: string; driverError?: { code?: string; message?: string }; message?: string } | null;
  if (!e || typeof e !== 'object') return undefined;
  const sqlState = e.driverError?.code ?? e.code;
  const message = e.driverError?.message ?? e.message ?? '';
  if (sqlState === '55P03') {
    return { statusCode: 409, code: CommonErrorCode.RESOURCE_BUSY, message: '该记录正在被他人处理，请稍后重试' };
  }
  if (sqlState === '57014') {
    return { statusCode: 503, code: CommonErrorCode.DATABASE_TIMEOUT, message: '数据库处理超时，请稍后重试' };
  }
  if (
    sqlState === '25P03' ||
    sqlState === '57P01' ||
    sqlState === '57P03' ||
    sqlState === '08006' ||
    sqlState === '08003' ||
    sqlState === 'ECONNREFUSED'
  ) {
    return { statusCode: 503, code: CommonErrorCode.DATABASE_UNAVAILABLE, message: '数据库暂时不可用，请稍后重试' };
  }
  if (/timeout exceeded when trying to connect|Connection terminated/i.test(message)) {
    return { statusCode: 503, code: CommonErrorCode.DATABASE_BUSY, message: '系统繁忙，请稍后重试' };
  }
  return undefined;
}
