export { StatisticsModule } from './statistics.module.js';
export { StatisticsLedger } from './statistics-ledger.service.js';
export {
  PERSPECTIVES,
  validateLedgerEntries,
  type CertifiedSource,
  type LedgerEntry,
  type LedgerEntryKind,
  type LedgerSource,
  type Perspective,
} from './ledger-entry.js';
export {
  RegionFiguresService,
  OwnRegionFigures,
  addFigures,
  type FigureRecord,
  type FigureSheet,
  type RegionFigures,
} from './region-figures.js';
export {
  StatisticsService,
  type StatsQuery,
  type SummaryResult,
  type FlowsResult,
  type RoutesResult,
  type MatchmakingReport,
  type RegionRef,
} from './statistics.service.js';
export { StatsExportService, type ExportFile, type ExportFormat, type ExportTable } from './stats-export.service.js';
export { MatchmakingSources, type MatchmakingSource, type MatchmakingCounts } from './matchmaking-sources.js';
export { parsePeriod, PERIOD_PATTERN, PERIOD_FORMAT, type Period } from './period.js';
export { GROUP_BYS, type GroupBy, type StatsFilter, type Totals, type GroupRow } from './stats-query.repository.js';
export { StatisticsErrorCode } from './statistics.errors.js';
export { safeText } from './spreadsheet-safety.js';
export { StatsRegionForbiddenError } from './statistics.errors.js';
export { TargetProgressService, type TargetProgress, type TargetsResult } from './target-progress.service.js';
export { IndicatorSources, type IndicatorRecordSource } from './indicator-sources.js';
export {
  INDICATORS,
  indicatorDef,
  RECORD_MEASURES,
  REGISTRY_MEASURES,
  VOUCHER_MEASURES,
  LOAN_MEASURES,
  type RegistryMeasure,
  type VoucherMeasure,
  type LoanMeasure,
  type IndicatorDef,
  type IndicatorSource,
  type RecordMeasure,
} from './indicator-catalogue.js';
export { PROJECTION_METHOD_TEXT, type TargetStatus, type ProjectionMethod } from './target-progress.rules.js';
export {
  ReportedFiguresService,
  type ReportedFigureView,
  type ReportedListQuery,
  type ApprovedFigure,
} from './reported-figures.service.js';
export { ReportedFigureFactsReader } from './reported-figure-facts.js';
export { type ReportedFigureInput, ATTACHMENT_MAX_BYTES } from './reported-figure.rules.js';
export type { ReportedStatus } from './reported-figure.repository.js';
export {
  ReportedFigureNotFoundError,
  ReportedFigureOutOfRegionError,
  ReportedFigureSelfApprovalError,
} from './statistics.errors.js';
export {
  PublicFiguresService,
  type PublicFigures,
  type PublicSetting,
  type PublicTarget,
  type PublicYear,
  type PublicPerspective,
} from './public-figures.service.js';
export { MIN_CONTRACTS, type PublicTotals } from './public-figures.rules.js';
export { ReportService, type ReportQuery } from './reports/report.service.js';
export { ReportExportService, REPORT_FORMATS, type ReportFormat } from './reports/report-export.service.js';
export {
  REPORT_KINDS,
  REPORT_BASES,
  type ReportKind,
  type ReportBasis,
  type ReportState,
} from './reports/report.rules.js';
export type {
  RegionReport,
  ReportActivity,
  ReportContractRow,
  ReportCount,
  ReportOrganisation,
  ReportTarget,
} from './reports/report.types.js';
export { ROUTE_KEYS, ROUTE_NAMES, type RouteKey, type RouteRow } from './route-breakdown.repository.js';
