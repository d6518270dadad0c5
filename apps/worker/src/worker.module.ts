import { Module, type DynamicModule } from '@nestjs/common';
import { ListingsModule } from '../../../libs/listings/src/index.js';
import { MatchingModule } from '../../../libs/matching/src/index.js';
import { NotificationsModule } from '../../../libs/notifications/src/index.js';
import { OutboxModule } from '../../../libs/outbox/src/index.js';
import { SearchModule } from '../../../libs/search/src/index.js';
import { ConfigModule, type Env } from '../../../libs/shared/config/index.js';
import { DatabaseModule } from '../../../libs/shared/database/index.js';
import { OutboxRelayJob } from './outbox-relay.job.js';
import { ExchangeModule } from '../../../libs/exchange/src/index.js';
import { WebhookDeliveryJob } from './webhook-delivery.job.js';
import { ImportsModule } from '../../../libs/imports/src/index.js';
import { ImportJob } from './import.job.js';
import { ListingDeadlineJob } from './listing-deadline.job.js';
import { IdempotencyModule } from '../../../libs/shared/http/index.js';
import { HousekeepingJob } from './housekeeping.job.js';

/** Background processes: outbox relay, webhook delivery, imports, listing deadlines, housekeeping (old idempotency keys and relayed outbox rows). */
@Module({})
export class WorkerModule {
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule,
        OutboxModule,
        SearchModule,
        ListingsModule,
        ExchangeModule,
        MatchingModule,
        NotificationsModule,
        ImportsModule,
        IdempotencyModule,
      ],
      providers: [OutboxRelayJob, WebhookDeliveryJob, ImportJob, ListingDeadlineJob, HousekeepingJob],
    };
  }
}
