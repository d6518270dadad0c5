import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { ContractsModule } from '../../contracts/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { RegistriesModule } from '../../registries/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { IndicatorSources, StatisticsModule } from '../../statistics/src/index.js';
import { InnovationScoreRepository } from './innovation-score.repository.js';
import { InnovationScoreService } from './innovation-score.service.js';
import { LoanAuthorisationRepository } from './loan-authorisation.repository.js';
import { LoanAuthorisationsService } from './loan-authorisations.service.js';
import { LoanFactsReader } from './loan-facts.js';
import { LoanNoticesHandler } from './loan-notices.handler.js';
import { LoanRepository } from './loan.repository.js';
import { LoanStatsService } from './loan-stats.service.js';
import { LoansService } from './loans.service.js';

/** 成果转化贷款备案 (banks' loan filings for enterprises that authorise them) and 企业创新积分. */
@Module({
  imports: [
    ReferenceModule,
    AuditModule,
    ContractsModule,
    ListingsModule,
    RegistriesModule,
    StatisticsModule,
    NotificationsModule,
    IdempotencyModule,
  ],
  providers: [
    LoanAuthorisationRepository,
    LoanRepository,
    InnovationScoreRepository,
    LoanAuthorisationsService,
    LoansService,
    LoanFactsReader,
    LoanStatsService,
    LoanNoticesHandler,
    InnovationScoreService,
  ],
  exports: [LoanAuthorisationsService, LoansService, LoanFactsReader, LoanStatsService, InnovationScoreService],
})
export class LoansModule implements OnModuleInit {
  constructor(
    private readonly indicators: IndicatorSources,
    private readonly stats: LoanStatsService,
  ) {}

  /** Loans feed the plan indicators by the borrowing enterprise's region, by month of filing. */
  onModuleInit(): void {
    this.indicators.register({
      measure: 'loans_filed',
      label: '科技成果转化贷款备案（笔，按备案日期）',
      monthly: (region, from, to) => this.stats.monthly('count', region, from, to),
    });
    this.indicators.register({
      measure: 'loan_amount_filed',
      label: '科技成果转化贷款备案金额（按备案日期，分）',
      monthly: (region, from, to) => this.stats.monthly('fen', region, from, to),
    });
  }
}
