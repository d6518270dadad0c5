import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { BrokerageModule } from '../../brokerage/src/index.js';
import { IdentityModule } from '../../identity/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { StatisticsModule } from '../../statistics/src/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { AdjustmentService } from './adjustment.service.js';
import { Clock } from './clock.js';
import { ContractInputValidator } from './contract-input.validator.js';
import { ContractRepository } from './contract.repository.js';
import { PricePublicationRepository } from './price-publication.repository.js';
import { RegistrationRepository } from './registration.repository.js';
import { contractsErrorStatus } from './contracts.errors.js';
import { ContractsService } from './contracts.service.js';
import { PricePublicationService } from './price-publication.service.js';
import { RegistrationService } from './registration.service.js';
import { ContractFactsReader } from './contract-facts.js';
import { ContractNoticesHandler } from './contract-notices.handler.js';
import { ContractReminders } from './contract-reminders.service.js';
import { ReminderRepository } from './reminder.repository.js';

registerErrorStatuses(contractsErrorStatus);

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
    ContractNoticesHandler,
    ReminderRepository,
    ContractReminders,
  ],
  exports: [
    ContractReminders,
    ContractFactsReader,
    Clock,
    ContractsService,
    RegistrationService,
    AdjustmentService,
    PricePublicationService,
  ],
})
export class ContractsModule {}
