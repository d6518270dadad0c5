import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { BrokerageModule } from '../../brokerage/src/index.js';
import { IdentityModule } from '../../identity/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { IndicatorSources, StatisticsModule } from '../../statistics/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { AdjustmentService } from './adjustment.service.js';
import { Clock } from './clock.js';
import { ContractInputValidator } from './contract-input.validator.js';
import { ContractRepository } from './contract.repository.js';
import { PricePublicationRepository } from './price-publication.repository.js';
import { RegistrationRepository } from './registration.repository.js';
import { WorkCalendarService } from './work-calendar.service.js';
import { ContractsService } from './contracts.service.js';
import { PricePublicationService } from './price-publication.service.js';
import { RegistrationService } from './registration.service.js';
import { ContractFactsReader } from './contract-facts.js';
import { ContractIndicators } from './contract-indicators.js';
import { ContractNoticesHandler } from './contract-notices.handler.js';
import { ContractReminders } from './contract-reminders.service.js';
import { ReminderRepository } from './reminder.repository.js';
import { join } from 'node:path';
import { StorageConfig } from '../../shared/config/index.js';
import { DiskFileStore } from '../../shared/storage/index.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentService, CONTRACT_FILES } from './attachment.service.js';

/** Technology contracts: writing, registration (认定登记), amendments, agreed-price publication. */
@Module({
  imports: [
    ReferenceModule,
    AuditModule,
    IdentityModule,
    NotificationsModule,
    BrokerageModule,
    StatisticsModule,
    IdempotencyModule,
  ],
  providers: [
    ContractFactsReader,
    Clock,
    ContractRepository,
    PricePublicationRepository,
    RegistrationRepository,
    ContractInputValidator,
    ContractsService,
    RegistrationService,
    AdjustmentService,
    PricePublicationService,
    WorkCalendarService,
    ContractIndicators,
    ContractNoticesHandler,
    ReminderRepository,
    ContractReminders,
    AttachmentRepository,
    AttachmentService,
    {
      provide: CONTRACT_FILES,
      useFactory: (cfg: StorageConfig) => new DiskFileStore(join(cfg.dir, 'contract-attachments')),
      inject: [StorageConfig],
    },
  ],
  exports: [
    AttachmentService,
    CONTRACT_FILES,
    ContractReminders,
    ContractFactsReader,
    Clock,
    ContractsService,
    RegistrationService,
    AdjustmentService,
    PricePublicationService,
    WorkCalendarService,
  ],
})
export class ContractsModule implements OnModuleInit {
  constructor(
    private readonly indicators: IndicatorSources,
    private readonly contractIndicators: ContractIndicators,
  ) {}

  /** Feeds 累计转化科技成果 (achievements behind certified contracts) to the plan indicators. */
  onModuleInit(): void {
    this.indicators.register({
      measure: 'achievements_converted',
      label: '认定登记技术合同所涉科技成果（按成果去重，按首份合同认定月份）',
      monthly: (region, from, to) => this.contractIndicators.achievementsConverted(region, from, to),
    });
  }
}
