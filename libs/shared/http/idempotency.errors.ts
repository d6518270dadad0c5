import { AppError, errorTable } from '../errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const IdempotencyErrorCode = errorTable({
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_INVALID: 400,
  // The key is known but the request differs: a client bug, not a conflict to retry.
  IDEMPOTENCY_KEY_REUSED: 422,
});

export type IdempotencyErrorCode = keyof typeof IdempotencyErrorCode;

export class IdempotencyError extends AppError<IdempotencyErrorCode> {}
