export { AuditModule } from './audit.module.js';
export { AuditService, type AuditEntry, type AuditActor, type AuditQuery, type AuditRowView } from './audit.service.js';
export { AuditErrorCode, AuditError, auditErrorStatus } from './audit.errors.js';
