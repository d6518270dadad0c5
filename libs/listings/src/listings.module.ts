import { ListingNoticesHandler } from './listing-notices.handler.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/src/index.js';
import { IdentityModule } from '../../identity/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { IndicatorSources, MatchmakingSources, StatisticsModule } from '../../statistics/src/index.js';
import { Achievement } from './achievement.entity.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import { ChallengeApplicationService } from './challenge-application.service.js';
import { Challenge } from './challenge.entity.js';
import { ListingAccess } from './listing-access.js';
import { ListingDeadlines } from './listing-deadlines.js';
import { ListingIndexHooks } from './listing-index-hooks.js';
import { ListingIndexer } from './listing-indexer.js';
import { ListingPublication } from './listing-publication.js';
import { ListingReader } from './listing-reader.js';
import { ListingSearchService } from './listing-search.service.js';
import { ListingStatistics } from './listing-statistics.js';
import { ListingStore } from './listing-store.js';
import { ListingsService } from './listings.service.js';
import { TechNeed } from './tech-need.entity.js';
import { ListingFactsReader } from './listing-facts.js';
import { ListingRepository } from './listing.repository.js';
import { ChallengeApplicationRepository } from './challenge-application.repository.js';

/** What other modules use. */
const EXPORTED = [
  ListingFactsReader,
  ListingsService,
  ChallengeApplicationService,
  ListingReader,
  ListingIndexer,
  ListingIndexHooks,
  ListingSearchService,
  ListingPublication,
  ListingDeadlines,
];

/**
 * Needs, achievements, challenges and applications; their search documents follow the
 * `listing.changed` event (ListingIndexer; JobsModule and SearchModule are global and imported by the app).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([TechNeed, Achievement, Challenge, ChallengeApplication]),
    ReferenceModule,
    IdentityModule,
    NotificationsModule,
    StatisticsModule,
    AuditModule,
  ],
  providers: [
    ListingNoticesHandler,
    ListingRepository,
    ChallengeApplicationRepository,
    ListingStore,
    ListingAccess,
    ListingStatistics,
    ...EXPORTED,
  ],
  exports: EXPORTED,
})
export class ListingsModule implements OnModuleInit {
  constructor(
    private readonly statistics: ListingStatistics,
    private readonly sources: MatchmakingSources,
    private readonly indicators: IndicatorSources,
  ) {}

  /**
   * Feeds "needs collected" and "achievements registered" to the quarterly matchmaking report,
   * and 揭榜挂帅 to the plan indicators: projects organised (技术攻关) and awarded projects,
   * which count as achievements converted.
   */
  onModuleInit(): void {
    this.sources.register({
      name: 'listings',
      counts: (regionCode, from, toExclusive) => this.statistics.matchmakingCounts(regionCode, from, toExclusive),
    });
    this.indicators.register({
      measure: 'challenges_published',
      label: '发布的揭榜挂帅项目（按首次发布月份）',
      monthly: (region, from, to) => this.statistics.challengesByMonth('published', region, from, to),
    });
    this.indicators.register({
      measure: 'achievements_converted',
      label: '揭榜挂帅立项项目（按立项月份）',
      monthly: (region, from, to) => this.statistics.challengesByMonth('awarded', region, from, to),
    });
  }
}
