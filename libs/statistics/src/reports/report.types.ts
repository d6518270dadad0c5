import type { Period } from '../period.js';
import type { RegionRef } from '../statistics.service.js';
import type { Totals } from '../stats-query.repository.js';
import type { TargetStatus } from '../target-progress.rules.js';
import type { ReportBasis, ReportKind, ReportState } from './report.rules.js';

/** A counted item with its Chinese name (a deal stage, a feedback verdict). */
export interface ReportCount {
  key: string;
  name: string;
  count: number | null;
}

/** One line of contracts by type or field: the three perspectives side by side. */
export interface ReportContractRow {
  key: string;
  name: string;
  absorption: Totals;
  output: Totals;
  registered: Totals;
}

export interface ReportOrganisation extends Totals {
  rank: number;
  name: string;
}

/** A plan target as the report prints it: texts already in the target's unit. */
export interface ReportTarget {
  indicatorName: string;
  /** period: a target of the report's year (annual); span: cumulative or a state over several years. */
  group: 'period' | 'span';
  goal: string;
  actual: string | null;
  percentReached: string | null;
  status: TargetStatus;
  statusText: string;
  source: string;
}

/** The sections that are not ledger sums: counted live, or as stored when the report froze. */
export interface ReportActivity {
  needsCollected: number | null;
  achievementsRegistered: number | null;
  matchesMade: number | null;
  matchFeedback: ReportCount[];
  dealsByStage: ReportCount[];
  /** Roadshows held in the period: held, registrations, attended, deals that followed (null counts: no source). */
  roadshows: ReportCount[];
  targetsAsOf: string;
  targets: ReportTarget[];
}

export interface RegionReport extends ReportActivity {
  kind: ReportKind;
  title: string;
  region: RegionRef;
  period: Period;
  basis: ReportBasis;
  state: ReportState;
  stateText: string;
  /** When the figures were frozen (the cut-off); null while preliminary or as amended. */
  frozenAt: string | null;
  generatedAt: string;
  contractTotals: { absorption: Totals; output: Totals; registered: Totals };
  byType: ReportContractRow[];
  byField: ReportContractRow[];
  /** Sellers in the region (输出) and buyers in it (吸纳) with the largest contract amounts. */
  topSellers: ReportOrganisation[];
  topBuyers: ReportOrganisation[];
}
