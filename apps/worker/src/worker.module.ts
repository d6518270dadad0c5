import { Module, type DynamicModule } from '@nestjs/common';
import { ListingsModule } from '../../../libs/listings/src/index.js';
import { OutboxModule } from '../../../libs/outbox/src/index.js';
import { SearchModule } from '../../../libs/search/src/index.js';
import { ConfigModule, type Env } from '../../../libs/shared/config/index.js';
import { DatabaseModule } from '../../../libs/shared/database/index.js';
import { OutboxRelayJob } from './outbox-relay.job.js';

/** Background processes: outbox relay, scheduled jobs, alerts. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(env), DatabaseModule, OutboxModule, SearchModule, ListingsModule],
      providers: [OutboxRelayJob],
    };
  }
}
