import { Module, type OnModuleInit } from '@nestjs/common';
import { IdentityModule } from '../../identity/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { MatchmakingSources, StatisticsModule } from '../../statistics/src/index.js';
import { MatchAlertHandler } from './alerts/match-alert.handler.js';
import { MatchAlertService } from './alerts/match-alert.service.js';
import { MatchFeedbackService } from './feedback/match-feedback.service.js';
import { MatchFeedbackRepository } from './feedback/match-feedback.repository.js';
import { MatchAlertRepository } from './alerts/match-alert.repository.js';
import { MatchAnalyzer } from './service/match-analyzer.js';
import { MatchTermsRepository } from './terms/match-terms.repository.js';
import { MatchTermsService } from './terms/match-terms.service.js';
import { TermAnalysisPool } from './terms/term-analysis-pool.js';
import { MatchingService } from './service/matching.service.js';

/**
 * Need ↔ achievement matching (term statistics kept in PostgreSQL by a hook of the search
 * indexer), match alerts (a subscriber of `listing.indexed`, run by the worker's job runner) and
 * feedback on matches (SearchModule, for the SearchIndex port, and
 * JobsModule are global).
 */
@Module({
  imports: [ListingsModule, IdentityModule, ReferenceModule, NotificationsModule, StatisticsModule],
  providers: [
    MatchAlertRepository,
    MatchFeedbackRepository,
    MatchTermsRepository,
    MatchAnalyzer,
    TermAnalysisPool,
    MatchTermsService,
    MatchingService,
    MatchAlertService,
    MatchAlertHandler,
    MatchFeedbackService,
  ],
  exports: [MatchingService, MatchAlertService, MatchFeedbackService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly feedback: MatchFeedbackService,
    private readonly sources: MatchmakingSources,
  ) {}

  /** Feeds "matches made" and feedback by verdict to the quarterly matchmaking report. */
  onModuleInit(): void {
    this.sources.register({
      name: 'matching',
      counts: (regionCode, from, toExclusive) => this.feedback.figures(regionCode, from, toExclusive),
    });
  }
}
