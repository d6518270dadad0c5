import { Module } from '@nestjs/common';
import { ReferenceModule } from '../../reference/src/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { auditErrorStatus } from './audit.errors.js';
import { AuditService } from './audit.service.js';
import { AuditRepository } from './audit.repository.js';

registerErrorStatuses(auditErrorStatus);

/** The append-only audit log every domain writes its state changes to. */
@Module({
  imports: [ReferenceModule],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
