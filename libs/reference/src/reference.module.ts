import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { CodeTableService } from './code-table.service.js';
import { ContractType } from './contract-type.entity.js';
import { PolicyTarget } from './policy-target.entity.js';
import { referenceErrorStatus } from './reference.errors.js';
import { Region } from './region.entity.js';
import { RegionClosure } from './region-closure.entity.js';
import { RegionService } from './region.service.js';
import { RejectionReason } from './rejection-reason.entity.js';
import { TargetService } from './target.service.js';
import { TechField } from './tech-field.entity.js';
import { ReferenceRepository } from './reference.repository.js';

registerErrorStatuses(referenceErrorStatus);

/** Regions, technical fields, contract types, rejection reasons and policy targets. */
@Module({
  imports: [TypeOrmModule.forFeature([Region, RegionClosure, TechField, ContractType, RejectionReason, PolicyTarget])],
  providers: [ReferenceRepository, RegionService, CodeTableService, TargetService],
  exports: [RegionService, CodeTableService, TargetService],
})
export class ReferenceModule {}
