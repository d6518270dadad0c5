import { AppError, errorTable } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const AuditErrorCode = errorTable({
  AUDIT_FORBIDDEN: 403,
  AUDIT_BAD_PERIOD: 400,
  AUDIT_EXPORT_TOO_LARGE: 422,
});

export type AuditErrorCode = keyof typeof AuditErrorCode;

export class AuditError extends AppError<AuditErrorCode> {}
