import { Module, type OnModuleInit } from '@nestjs/common';
import { AuctionsModule } from '../../auctions/src/index.js';
import { AuditModule } from '../../audit/src/index.js';
import { BrokerageModule } from '../../brokerage/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { MatchmakingSources, StatisticsModule } from '../../statistics/src/index.js';
import { RoadshowFactsReader } from './roadshow-facts.js';
import { RoadshowParticipationService } from './roadshow-participation.service.js';
import { RoadshowRepository } from './roadshow.repository.js';
import { RoadshowsService } from './roadshows.service.js';

/** Roadshows (路演): events presenting achievements and auction lots, registrations, attendance, follow-up deals. */
@Module({
  imports: [AuditModule, IdempotencyModule, ListingsModule, AuctionsModule, BrokerageModule, StatisticsModule],
  providers: [RoadshowRepository, RoadshowsService, RoadshowParticipationService, RoadshowFactsReader],
  exports: [RoadshowsService, RoadshowParticipationService, RoadshowFactsReader],
})
export class RoadshowsModule implements OnModuleInit {
  constructor(
    private readonly participation: RoadshowParticipationService,
    private readonly sources: MatchmakingSources,
  ) {}

  /** Feeds "roadshows held" to the quarterly report without statistics reading our tables. */
  onModuleInit(): void {
    this.sources.register({
      name: 'roadshows',
      counts: async (regionCode, from, toExclusive) => ({
        roadshows: await this.participation.counts(regionCode, from, toExclusive),
      }),
    });
  }
}
