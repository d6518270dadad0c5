import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ReferenceModule } from '../../../libs/reference/src/index.js';
import { IdentityModule } from '../../../libs/identity/src/index.js';
import { ListingsModule } from '../../../libs/listings/src/index.js';
import { SearchModule } from '../../../libs/search/src/index.js';
import { StatisticsModule } from '../../../libs/statistics/src/index.js';
import { BrokerageModule } from '../../../libs/brokerage/src/index.js';
import { ContractsModule } from '../../../libs/contracts/src/index.js';
import { RegistriesModule } from '../../../libs/registries/src/index.js';
import { AuctionsModule } from '../../../libs/auctions/src/index.js';
import { RoadshowsModule } from '../../../libs/roadshows/src/index.js';
import { ListedSalesModule } from '../../../libs/listed-sales/src/index.js';
import { VouchersModule } from '../../../libs/vouchers/src/index.js';
import { LoansModule } from '../../../libs/loans/src/index.js';
import { ConfigModule, type Env } from '../../../libs/shared/config/index.js';
import { DatabaseModule } from '../../../libs/shared/database/index.js';
import { IdempotencyModule } from '../../../libs/shared/http/index.js';
import { JobsModule } from '../../../libs/shared/jobs/index.js';
import { ContractsController } from './contracts/contracts.controller.js';
import { AttachmentsController } from './contracts/attachments.controller.js';
import { PricePublicationsController } from './contracts/price-publications.controller.js';
import { WorkCalendarController } from './contracts/work-calendar.controller.js';
import { MatchingModule } from '../../../libs/matching/src/index.js';
import { MatchingController } from './matching/matching.controller.js';
import { MatchFeedbackController } from './matching/match-feedback.controller.js';
import { NotificationsModule } from '../../../libs/notifications/src/index.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { NotificationPreferencesController } from './notifications/notification-preferences.controller.js';
import { MailDeliveriesController } from './notifications/mail-deliveries.controller.js';
import { ExchangeModule } from '../../../libs/exchange/src/index.js';
import { ExchangeKeysController, ExchangeWebhooksController } from './exchange/exchange-admin.controller.js';
import { ExchangeListingsController } from './exchange/exchange-listings.controller.js';
import { DealsController } from './brokerage/deals.controller.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { ReferenceController } from './reference/reference.controller.js';
import { AchievementsController, ChallengesController, NeedsController } from './listings/listing-kinds.controller.js';
import { ListingsController } from './listings/listings.controller.js';
import { SearchController } from './search/search.controller.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { PublicFiguresController } from './statistics/public-figures.controller.js';
import { ReportsController } from './statistics/reports.controller.js';
import { ReportedFiguresController } from './reported/reported-figures.controller.js';
import { RegistriesController } from './registries/registries.controller.js';
import { AuctionsController } from './auctions/auctions.controller.js';
import { RoadshowsController } from './roadshows/roadshows.controller.js';
import { ListedSalesController, SaleNoticesController } from './listed-sales/listed-sales.controller.js';
import { AuctionsGateway } from './auctions/auctions.gateway.js';
import { VoucherProgrammesController } from './vouchers/voucher-programmes.controller.js';
import { VouchersController } from './vouchers/vouchers.controller.js';
import { VoucherStatsController } from './vouchers/voucher-stats.controller.js';
import { LoansController } from './loans/loans.controller.js';
import { LoanAuthorisationsController } from './loans/loan-authorisations.controller.js';
import { LoanStatsController } from './loans/loan-stats.controller.js';
import { InnovationScoresController } from './loans/innovation-scores.controller.js';
import { TargetPlansController } from './reference/target-plans.controller.js';
import { AccessGuard } from './policy/access.guard.js';
import { PolicyResources } from './policy/policy-resources.js';
import { AuditController } from './identity/audit.controller.js';
import { AdminUsersController } from './identity/admin-users.controller.js';
import { AuthController } from './identity/auth.controller.js';
import { MeController } from './identity/me.controller.js';
import { MembersController } from './identity/members.controller.js';
import { OrganizationsController } from './identity/organizations.controller.js';
import { ImportsModule } from '../../../libs/imports/src/index.js';
import { ImportsController } from './imports/imports.controller.js';

/** The HTTP application. `env` overrides process variables (tests, launcher). */
@Module({})
export class AppModule {
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        IdempotencyModule,
        JobsModule,
        SearchModule,
        ReferenceModule,
        IdentityModule,
        ListingsModule,
        StatisticsModule,
        RegistriesModule,
        AuctionsModule,
        RoadshowsModule,
        ListedSalesModule,
        VouchersModule,
        LoansModule,
        BrokerageModule,
        ContractsModule,
        MatchingModule,
        ExchangeModule,
        NotificationsModule,
        ImportsModule,
      ],
      controllers: [
        HealthController,
        ReferenceController,
        NeedsController,
        AchievementsController,
        ChallengesController,
        ListingsController,
        SearchController,
        AuthController,
        MeController,
        OrganizationsController,
        MembersController,
        AuditController,
        AdminUsersController,
        StatisticsController,
        PublicFiguresController,
        ReportsController,
        ReportedFiguresController,
        RegistriesController,
        AuctionsController,
        RoadshowsController,
        ListedSalesController,
        SaleNoticesController,
        VoucherProgrammesController,
        VouchersController,
        VoucherStatsController,
        LoansController,
        LoanAuthorisationsController,
        LoanStatsController,
        InnovationScoresController,
        TargetPlansController,
        DealsController,
        ContractsController,
        AttachmentsController,
        PricePublicationsController,
        WorkCalendarController,
        MatchingController,
        MatchFeedbackController,
        NotificationsController,
        NotificationPreferencesController,
        MailDeliveriesController,
        ExchangeKeysController,
        ExchangeWebhooksController,
        ExchangeListingsController,
        ImportsController,
      ],
      providers: [HealthService, PolicyResources, AuctionsGateway, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
