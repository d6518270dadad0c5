import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { ContractsModule } from '../../contracts/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { RegistriesModule } from '../../registries/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { IndicatorSources, StatisticsModule } from '../../statistics/src/index.js';
import { VoucherExpiry } from './voucher-expiry.js';
import { VoucherFactsReader } from './voucher-facts.js';
import { VoucherFlowService } from './voucher-flow.service.js';
import { VoucherProgrammeRepository } from './voucher-programme.repository.js';
import { VoucherProgrammesService } from './voucher-programmes.service.js';
import { VoucherRepository } from './voucher.repository.js';
import { VoucherStatsService } from './voucher-stats.service.js';
import { VoucherNoticesHandler } from './voucher-notices.handler.js';

/** Innovation vouchers (创新券): programmes, the flow from application to redemption, the budget ledger, figures. */
@Module({
  imports: [
    ReferenceModule,
    AuditModule,
    ContractsModule,
    RegistriesModule,
    StatisticsModule,
    NotificationsModule,
    IdempotencyModule,
  ],
  providers: [
    VoucherProgrammeRepository,
    VoucherRepository,
    VoucherProgrammesService,
    VoucherFlowService,
    VoucherExpiry,
    VoucherFactsReader,
    VoucherStatsService,
    VoucherNoticesHandler,
  ],
  exports: [VoucherProgrammesService, VoucherFlowService, VoucherExpiry, VoucherFactsReader, VoucherStatsService],
})
export class VouchersModule implements OnModuleInit {
  constructor(
    private readonly indicators: IndicatorSources,
    private readonly stats: VoucherStatsService,
  ) {}

  /** Vouchers feed the plan indicators as the registries do: by the issuing programme's region, by month. */
  onModuleInit(): void {
    this.indicators.register({
      measure: 'vouchers_approved',
      label: '创新券（按批准日期）',
      monthly: (region, from, to) => this.stats.monthly('approved', region, from, to),
    });
    this.indicators.register({
      measure: 'vouchers_redeemed',
      label: '创新券（按兑付日期）',
      monthly: (region, from, to) => this.stats.monthly('redeemed', region, from, to),
    });
    this.indicators.register({
      measure: 'voucher_subsidy_redeemed',
      label: '创新券兑付金额（按兑付日期，分）',
      monthly: (region, from, to) => this.stats.monthly('redeemed_fen', region, from, to),
    });
  }
}
