import { AppError, errorCodes } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const auditErrorStatus = {
  AUDIT_FORBIDDEN: 403,
  AUDIT_BAD_PERIOD: 400,
  AUDIT_EXPORT_TOO_LARGE: 422,
};

export const AuditErrorCode = errorCodes(auditErrorStatus);
export type AuditErrorCode = keyof typeof auditErrorStatus;

export class AuditError extends AppError<AuditErrorCode> {}
