import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { IndicatorSources, StatisticsModule } from '../../statistics/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { RegistriesService } from './registries.service.js';
import { RegistryEntryRepository } from './registry-entry.repository.js';
import { RegistryEntryFactsReader } from './registry-entry-facts.js';
import { REGISTRY_KINDS, type RegistryKind } from './registry-kinds.js';

/** Registries of what the plans count: 高企, 科小, pilot bases, transfer centres and parks, platforms, 科技特派员. */
@Module({
  imports: [ReferenceModule, AuditModule, StatisticsModule, IdempotencyModule],
  providers: [RegistryEntryRepository, RegistriesService, RegistryEntryFactsReader],
  exports: [RegistriesService, RegistryEntryFactsReader],
})
export class RegistriesModule implements OnModuleInit {
  constructor(
    private readonly indicators: IndicatorSources,
    private readonly registries: RegistriesService,
  ) {}

  /** Each registry feeds its plan indicators: entries recognised by month, and entries in force on a date. */
  onModuleInit(): void {
    for (const [kind, def] of Object.entries(REGISTRY_KINDS) as [
      RegistryKind,
      (typeof REGISTRY_KINDS)[RegistryKind],
    ][]) {
      this.indicators.register({
        measure: kind,
        label: `${def.name}名录（按${def.host ? '派出' : def.certificate ? '认定' : '建成'}日期；在册数按有效期）`,
        monthly: (region, from, to) => this.registries.newByMonth(kind, region, from, to),
        inForce: (region, date) => this.registries.inForce(kind, region, date),
      });
    }
  }
}
