import { Module } from '@nestjs/common';
import { ReferenceModule } from '../../reference/src/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { MatchmakingSources } from './matchmaking-sources.js';
import { IndicatorSources } from './indicator-sources.js';
import { TargetProgressService } from './target-progress.service.js';
import { StatsExportService } from './stats-export.service.js';
import { StatsQueryRepository } from './stats-query.repository.js';
import { statisticsErrorStatus } from './statistics.errors.js';
import { StatisticsLedger } from './statistics-ledger.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { StatisticsService } from './statistics.service.js';

registerErrorStatuses(statisticsErrorStatus);

/** Technology-contract statistics: the ledger, its rollups, queries and exports. */
@Module({
  imports: [ReferenceModule],
  providers: [
    LedgerRepository,
    StatisticsLedger,
    StatsQueryRepository,
    StatisticsService,
    StatsExportService,
    MatchmakingSources,
    IndicatorSources,
    TargetProgressService,
  ],
  exports: [
    StatisticsLedger,
    StatisticsService,
    StatsExportService,
    MatchmakingSources,
    IndicatorSources,
    TargetProgressService,
  ],
})
export class StatisticsModule {}
