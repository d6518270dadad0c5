import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum ExchangeErrorCode {
  API_KEY_MISSING = 'API_KEY_MISSING',
  API_KEY_INVALID = 'API_KEY_INVALID',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  API_KEY_SCOPE_MISSING = 'API_KEY_SCOPE_MISSING',
  API_KEY_RATE_LIMITED = 'API_KEY_RATE_LIMITED',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  API_KEY_ORG_REQUIRED = 'API_KEY_ORG_REQUIRED',
  EXCHANGE_ADMIN_ONLY = 'EXCHANGE_ADMIN_ONLY',
  EXCHANGE_CURSOR_INVALID = 'EXCHANGE_CURSOR_INVALID',
  EXCHANGE_ORG_NOT_FOUND = 'EXCHANGE_ORG_NOT_FOUND',
  EXCHANGE_ORG_NOT_VERIFIED = 'EXCHANGE_ORG_NOT_VERIFIED',
  EXCHANGE_ORG_NO_ACTIVE_ADMIN = 'EXCHANGE_ORG_NO_ACTIVE_ADMIN',
  EXCHANGE_EXTERNAL_ID_CONFLICT = 'EXCHANGE_EXTERNAL_ID_CONFLICT',
  EXCHANGE_PUSH_IN_PROGRESS = 'EXCHANGE_PUSH_IN_PROGRESS',
  WEBHOOK_NOT_FOUND = 'WEBHOOK_NOT_FOUND',
}

export const exchangeErrorStatus: ErrorStatusMap<ExchangeErrorCode> = {
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
};

export class ExchangeError extends AppError {
  constructor(code: ExchangeErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}

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

export class ExchangeCursorInvalidError extends ExchangeError {
  constructor() {
    super(ExchangeErrorCode.EXCHANGE_CURSOR_INVALID, 'cursor 无效：请使用上一页返回的 nextCursor');
  }
}

export class ExchangeAdminOnlyError extends ExchangeError {
  constructor() {
    super(ExchangeErrorCode.EXCHANGE_ADMIN_ONLY, '只有平台管理员可以管理数据交换');
  }
}
