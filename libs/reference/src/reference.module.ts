import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CodeTableService } from './code-table.service.js';
import { ContractType } from './contract-type.entity.js';
import { PolicyTarget } from './policy-target.entity.js';
import { Region } from './region.entity.js';
import { RegionClosure } from './region-closure.entity.js';
import { RegionService } from './region.service.js';
import { RejectionReason } from './rejection-reason.entity.js';
import { TargetService } from './target.service.js';
import { TechField } from './tech-field.entity.js';
import { ReferenceRepository } from './reference.repository.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { TargetAdminService } from './target-admin.service.js';
import { TargetIndicatorUnits } from './target-indicator-units.js';
import { TargetPlanRepository } from './target-plan.repository.js';

/** Regions, technical fields, contract types, rejection reasons and policy targets. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Region, RegionClosure, TechField, ContractType, RejectionReason, PolicyTarget]),
    IdempotencyModule,
  ],
  providers: [
    ReferenceRepository,
    RegionService,
    CodeTableService,
    TargetService,
    TargetPlanRepository,
    TargetIndicatorUnits,
    TargetAdminService,
  ],
  exports: [RegionService, CodeTableService, TargetService, TargetIndicatorUnits, TargetAdminService],
})
export class ReferenceModule {}
