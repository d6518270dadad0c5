import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum AuditErrorCode {
  AUDIT_FORBIDDEN = 'AUDIT_FORBIDDEN',
  AUDIT_BAD_PERIOD = 'AUDIT_BAD_PERIOD',
}

export const auditErrorStatus: ErrorStatusMap<AuditErrorCode> = {
  AUDIT_FORBIDDEN: 403,
  AUDIT_BAD_PERIOD: 400,
};

export class AuditError extends AppError {
  constructor(code: AuditErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
