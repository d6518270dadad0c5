export { AuditModule } from './audit.module.js';
export {
  AUDIT_EXPORT_MAX_ROWS,
  AuditService,
  type AuditEntry,
  type AuditActor,
  type AuditQuery,
  type AuditRowView,
} from './audit.service.js';
export { AuditErrorCode, AuditError } from './audit.errors.js';
export { auditActionName, AUDIT_ACTION_NAMES, AUDIT_TARGET_NAMES } from './audit-actions.js';
