import { Module } from '@nestjs/common';
import { ReferenceModule } from '../../reference/src/index.js';
import { AuditService } from './audit.service.js';
import { AuditRepository } from './audit.repository.js';

/** The append-only audit log every domain writes its state changes to. */
@Module({
  imports: [ReferenceModule],
  providers: [AuditRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
