import { AppError, type ErrorStatusMap } from '../errors/index.js';

export enum IdempotencyErrorCode {
  IDEMPOTENCY_KEY_REQUIRED = 'IDEMPOTENCY_KEY_REQUIRED',
  IDEMPOTENCY_KEY_INVALID = 'IDEMPOTENCY_KEY_INVALID',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export const idempotencyErrorStatus: ErrorStatusMap<IdempotencyErrorCode> = {
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_INVALID: 400,
  // The key is known but the request differs: a client bug, not a conflict to retry.
  IDEMPOTENCY_KEY_REUSED: 422,
};

export class IdempotencyError extends AppError {
  constructor(code: IdempotencyErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
