import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { ReferenceModule, TargetIndicatorUnits } from '../../reference/src/index.js';
import { INDICATORS } from './indicator-catalogue.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { MatchmakingSources } from './matchmaking-sources.js';
import { IndicatorSources } from './indicator-sources.js';
import { TargetProgressService } from './target-progress.service.js';
import { ReportedFigureRepository } from './reported-figure.repository.js';
import { ReportedFiguresService } from './reported-figures.service.js';
import { ReportedFigureFactsReader } from './reported-figure-facts.js';
import { StatsExportService } from './stats-export.service.js';
import { StatsQueryRepository } from './stats-query.repository.js';
import { StatisticsLedger } from './statistics-ledger.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { RouteBreakdownRepository } from './route-breakdown.repository.js';
import { RegionFiguresService } from './region-figures.js';
import { StatisticsService } from './statistics.service.js';
import { PublicFiguresRepository } from './public-figures.repository.js';
import { PublicFiguresService } from './public-figures.service.js';
import { ReportRepository } from './reports/report.repository.js';
import { ReportService } from './reports/report.service.js';
import { ReportExportService } from './reports/report-export.service.js';

/** What other modules use. */
const EXPORTED = [
  StatisticsLedger,
  StatisticsService,
  RegionFiguresService,
  StatsExportService,
  MatchmakingSources,
  IndicatorSources,
  TargetProgressService,
  ReportedFiguresService,
  ReportedFigureFactsReader,
  PublicFiguresService,
  ReportService,
  ReportExportService,
];

/** Technology-contract statistics: the ledger, its rollups, queries and exports. */
@Module({
  imports: [ReferenceModule, AuditModule, IdempotencyModule],
  providers: [
    LedgerRepository,
    StatsQueryRepository,
    RouteBreakdownRepository,
    ReportedFigureRepository,
    PublicFiguresRepository,
    ReportRepository,
    ...EXPORTED,
  ],
  exports: EXPORTED,
})
export class StatisticsModule implements OnModuleInit {
  constructor(private readonly units: TargetIndicatorUnits) {}

  /** Targets are added in the unit their indicator's figures come in (INDICATORS). */
  onModuleInit(): void {
    this.units.provide((code) => INDICATORS[code]?.unit);
  }
}
