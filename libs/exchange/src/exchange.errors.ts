import { AppError, errorTable, fixedError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ExchangeErrorCode = errorTable({
  API_KEY_MISSING: 401,
  API_KEY_INVALID: 401,
  API_KEY_REVOKED: 401,
  API_KEY_SCOPE_MISSING: 403,
  API_KEY_RATE_LIMITED: 429,
  API_KEY_NOT_FOUND: 404,
  API_KEY_ORG_REQUIRED: 400,
  EXCHANGE_ADMIN_ONLY: 403,
  EXCHANGE_CURSOR_INVALID: 400,
  EXCHANGE_ORG_NOT_FOUND: 404,
  EXCHANGE_ORG_NOT_VERIFIED: 403,
  EXCHANGE_ORG_NO_ACTIVE_ADMIN: 409,
  EXCHANGE_EXTERNAL_ID_CONFLICT: 409,
  EXCHANGE_PUSH_IN_PROGRESS: 409,
  WEBHOOK_NOT_FOUND: 404,
});

export type ExchangeErrorCode = keyof typeof ExchangeErrorCode;

export class ExchangeError extends AppError<ExchangeErrorCode> {}

/** 429 with how long to wait; the API layer turns retryAfterSeconds into a Retry-After header. */
export class ApiKeyRateLimitedError extends ExchangeError {
  constructor(
    readonly retryAfterSeconds: number,
    limit: number,
  ) {
    super(ExchangeErrorCode.API_KEY_RATE_LIMITED, '请求过于频繁，请稍后再试', {
      retryAfterSeconds,
      limitPerMinute: limit,
    });
  }
}

export class ExchangeCursorInvalidError extends fixedError(
  ExchangeErrorCode.EXCHANGE_CURSOR_INVALID,
  'cursor 无效：请使用上一页返回的 nextCursor',
) {}

export class ExchangeAdminOnlyError extends fixedError(
  ExchangeErrorCode.EXCHANGE_ADMIN_ONLY,
  '只有平台管理员可以管理数据交换',
) {}
