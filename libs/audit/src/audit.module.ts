import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceModule } from '../../reference/src/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { auditErrorStatus } from './audit.errors.js';
import { AuditLog } from './audit-log.entity.js';
import { AuditService } from './audit.service.js';
import { AuditRepository } from './audit.repository.js';

registerErrorStatuses(auditErrorStatus);

/** The append-only audit log every domain writes its state changes to. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditLog]), ReferenceModule],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
