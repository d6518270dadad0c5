import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { IdentityModule } from '../../identity/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { MatchmakingSources, StatisticsModule } from '../../statistics/src/index.js';
import { DealService } from './deal.service.js';
import { SaleDealService } from './sale-deal.service.js';
import { DealNoticesHandler } from './deal-notices.handler.js';
import { DealFactsReader } from './deal-facts.js';
import { DealBoardRepository } from './deal-board.repository.js';
import { DealRepository } from './deal.repository.js';

/** Technology brokerage: deals from match to signature, and the notices of their changes to the people in them. */
@Module({
  imports: [ReferenceModule, AuditModule, IdentityModule, NotificationsModule, StatisticsModule, ListingsModule],
  providers: [DealRepository, DealBoardRepository, DealFactsReader, DealService, SaleDealService, DealNoticesHandler],
  exports: [DealFactsReader, DealService, SaleDealService],
})
export class BrokerageModule implements OnModuleInit {
  constructor(
    private readonly deals: DealService,
    private readonly sources: MatchmakingSources,
  ) {}

  /** Feeds "deals by stage" to the quarterly matchmaking report without statistics reading our tables. */
  onModuleInit(): void {
    this.sources.register({
      name: 'brokerage',
      counts: async (regionCode, from, toExclusive) => ({
        dealsByStage: await this.deals.stageCounts(regionCode, from, toExclusive),
      }),
    });
  }
}
