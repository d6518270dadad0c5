import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum AuditErrorCode {
  AUDIT_FORBIDDEN = 'AUDIT_FORBIDDEN',
  AUDIT_BAD_PERIOD = 'AUDIT_BAD_PERIOD',
  AUDIT_EXPORT_TOO_LARGE = 'AUDIT_EXPORT_TOO_LARGE',
}

export const auditErrorStatus: ErrorStatusMap<AuditErrorCode> = {
  AUDIT_FORBIDDEN: 403,
  AUDIT_BAD_PERIOD: 400,
  AUDIT_EXPORT_TOO_LARGE: 422,
};

export class AuditError extends AppError {
  constructor(code: AuditErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
