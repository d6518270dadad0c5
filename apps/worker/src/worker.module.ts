import { Module, type DynamicModule } from '@nestjs/common';
import { AuctionsModule } from '../../../libs/auctions/src/index.js';
import { VouchersModule } from '../../../libs/vouchers/src/index.js';
import { LoansModule } from '../../../libs/loans/src/index.js';
import { BrokerageModule } from '../../../libs/brokerage/src/index.js';
import { ContractsModule } from '../../../libs/contracts/src/index.js';
import { ExchangeModule } from '../../../libs/exchange/src/index.js';
import { IdentityModule } from '../../../libs/identity/src/index.js';
import { ImportsModule } from '../../../libs/imports/src/index.js';
import { ListedSalesModule } from '../../../libs/listed-sales/src/index.js';
import { ListingsModule } from '../../../libs/listings/src/index.js';
import { MatchingModule } from '../../../libs/matching/src/index.js';
import { NotificationsModule } from '../../../libs/notifications/src/index.js';
import { SearchModule } from '../../../libs/search/src/index.js';
import { ConfigModule, type Env } from '../../../libs/shared/config/index.js';
import { DatabaseModule } from '../../../libs/shared/database/index.js';
import { IdempotencyModule } from '../../../libs/shared/http/index.js';
import { JobsModule } from '../../../libs/shared/jobs/index.js';
import { JobWorker } from './job-worker.js';
import { WORKER_SCHEDULES } from './schedules.js';

/**
 * Background processes: the job runner with every lib that has handlers or subscriptions
 * (search index, match alerts, notices of identity, listings, deals, contracts and loan filings, exchange feed
 * and webhooks, mail and digests, synonyms, imports), and the
 * worker's schedules (listing deadlines, auction closes, the end of 挂牌 periods, housekeeping of old idempotency keys and done jobs).
 * worker's schedules (listing deadlines, auction closes, voucher expiries, housekeeping of old idempotency keys and done jobs).
 * Every subscriber's lib must be imported here: events are fanned out to the subscribers this
 * process knows.
 */
@Module({})
export class WorkerModule {
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        JobsModule,
        SearchModule,
        IdentityModule,
        ListingsModule,
        BrokerageModule,
        ContractsModule,
        ExchangeModule,
        MatchingModule,
        NotificationsModule,
        ImportsModule,
        IdempotencyModule,
        AuctionsModule,
        ListedSalesModule,
        VouchersModule,
        LoansModule,
      ],
      providers: [JobWorker, ...WORKER_SCHEDULES],
    };
  }
}
