import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaToday } from '../../../reference/src/index.js';
import type { Principal } from '../../../shared/auth/index.js';
import { NATION_SCOPE, type Perspective } from '../ledger-entry.js';
import { parsePeriod, type Period } from '../period.js';
import { StatsPeriodInvalidError, StatsReportPeriodFutureError } from '../statistics.errors.js';
import { StatisticsService, type RegionRef } from '../statistics.service.js';
import { addTotals, ZERO, type Totals } from '../stats-query.repository.js';
import { TargetProgressService } from '../target-progress.service.js';
import {
  ReportRepository,
  type ContractGroupRaw,
  type OrganisationRaw,
  type ReportFreezeRow,
} from './report.repository.js';
import {
  periodClosed,
  periodEndExclusive,
  periodStarted,
  REPORT_STATE_TEXT,
  REPORT_TITLE,
  reportAsOf,
  reportState,
  type ReportBasis,
  type ReportKind,
} from './report.rules.js';
import {
  DEAL_STAGE_TEXT,
  ROADSHOW_TEXT,
  targetGoalText,
  targetStatusText,
  targetValueText,
  VERDICT_TEXT,
} from './report-text.js';
import type {
  RegionReport,
  ReportActivity,
  ReportContractRow,
  ReportOrganisation,
  ReportTarget,
} from './report.types.js';

export interface ReportQuery {
  kind: ReportKind;
  region?: string;
  period: string;
  basis: ReportBasis;
}

const TOP_ORGANISATIONS = 10;
const PERIOD_KIND: Record<ReportKind, Period['kind']> = { quarterly: 'quarter', annual: 'year' };

/**
 * The reports a bureau hands upward: 技术转移对接季度通报 (a region and quarter) and
 * 年度科技成果转化报告 (a region and year), for bureau staff within their region subtree and
 * platform administrators.
 *
 * Reproducible ("按报送口径"): the first report of a region and CLOSED period freezes it —
 * stats_report_freeze keeps the database snapshot of that moment and the non-ledger sections as
 * counted then. Every later "reported" run sums only the ledger rows committed at the freeze
 * (their recorded_xid visible in that snapshot), so amendments and cancellations recorded later
 * change nothing; "按最新更正" sums every row, as /api/stats/summary does. While a period runs the
 * report is preliminary and freezes nothing.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly ds: DataSource,
    private readonly stats: StatisticsService,
    private readonly targetProgress: TargetProgressService,
    private readonly repo: ReportRepository,
  ) {}

  async report(principal: Principal, q: ReportQuery): Promise<RegionReport> {
    const today = chinaToday();
    const period = parsePeriod(q.period, today);
    if (period.kind !== PERIOD_KIND[q.kind]) throw new StatsPeriodInvalidError(q.period);
    if (!periodStarted(period, today)) throw new StatsReportPeriodFutureError(period.label);
    const region = await this.stats.resolveRegion(principal, q.region);
    const closed = periodClosed(period, today);
    const state = reportState(q.basis, closed);
    let frozen: ReportFreezeRow | undefined;
    let activity: ReportActivity;
    if (state === 'frozen') {
      const key = [q.kind, region.code ?? NATION_SCOPE, period.code] as const;
      frozen = await this.repo.findFreeze(this.ds.manager, ...key);
      frozen ??= await this.repo.freeze(
        this.ds.manager,
        ...key,
        principal.userId,
        await this.activity(principal, region, period, today),
      );
      // a report frozen before roadshows were counted shows them as not available, not as zero
      const unknownRoadshows = Object.entries(ROADSHOW_TEXT).map(([key, name]) => ({ key, name, count: null }));
      const stored = frozen.activity as Partial<ReportActivity> & Omit<ReportActivity, 'roadshows'>;
      activity = { ...stored, roadshows: stored.roadshows ?? unknownRoadshows };
    } else {
      activity = await this.activity(principal, region, period, today);
    }
    const scope = {
      regionCode: region.code,
      from: period.fromMonth,
      toExclusive: periodEndExclusive(period),
      snapshot: frozen?.snapshot ?? null,
    };
    const [groups, sellers, buyers] = await Promise.all([
      this.repo.contractGroups(this.ds.manager, scope),
      this.repo.topOrganisations(this.ds.manager, scope, 'seller', TOP_ORGANISATIONS),
      this.repo.topOrganisations(this.ds.manager, scope, 'buyer', TOP_ORGANISATIONS),
    ]);
    const byType = sideBySide(groups.filter((g) => g.dimension === 'type'));
    const total = (p: Perspective) => byType.reduce((acc, r) => addTotals(acc, r[p]), ZERO);
    return {
      kind: q.kind,
      title: `${region.name}${period.label}${REPORT_TITLE[q.kind]}`,
      region,
      period,
      basis: q.basis,
      state,
      stateText: REPORT_STATE_TEXT[state],
      frozenAt: frozen?.frozenAt ?? null,
      generatedAt: new Date().toISOString(),
      ...activity,
      contractTotals: { absorption: total('absorption'), output: total('output'), registered: total('registered') },
      byType,
      byField: sideBySide(groups.filter((g) => g.dimension === 'field')),
      topSellers: ranked(sellers),
      topBuyers: ranked(buyers),
    };
  }

  /** Listings, matching, deals and targets: what the freeze stores as counted at that moment. */
  private async activity(
    principal: Principal,
    region: RegionRef,
    period: Period,
    today: string,
  ): Promise<ReportActivity> {
    const asOf = reportAsOf(period, today);
    const [mm, progress] = await Promise.all([
      this.stats.matchmaking(principal, { region: region.code ?? undefined, period: period.code }),
      this.targetProgress.progress(principal, region.code ?? undefined, asOf),
    ]);
    const counts = (m: Record<string, number> | null, names: Record<string, string>) =>
      Object.entries(names).map(([key, name]) => ({ key, name, count: m ? (m[key] ?? 0) : null }));
    const targets: ReportTarget[] = progress.items
      .filter((t) => t.fromYear <= period.year && period.year <= t.targetYear)
      .map((t) => ({
        indicatorName: t.indicatorName,
        group: t.accumulation === 'annual' ? 'period' : 'span',
        goal: targetGoalText(t),
        actual: t.actual === null ? null : targetValueText(t, t.actual),
        percentReached: t.percentReached,
        status: t.status,
        statusText: targetStatusText(t),
        source: t.source.label,
      }));
    return {
      needsCollected: mm.needsCollected.value,
      achievementsRegistered: mm.achievementsRegistered.value,
      matchesMade: mm.matchesMade.value,
      matchFeedback: counts(mm.matchFeedback, VERDICT_TEXT),
      dealsByStage: counts(mm.dealsByStage, DEAL_STAGE_TEXT),
      roadshows: counts(mm.roadshows, ROADSHOW_TEXT),
      targetsAsOf: asOf,
      targets,
    };
  }
}

/** One row per type (or field) with the three perspectives, in the code table's order. */
function sideBySide(groups: ContractGroupRaw[]): ReportContractRow[] {
  const rows = new Map<string, ReportContractRow>();
  for (const g of groups) {
    const row = rows.get(g.key) ?? {
      key: g.key,
      name: g.name,
      absorption: ZERO,
      output: ZERO,
      registered: ZERO,
    };
    const totals: Totals = { count: g.count, contractAmountFen: g.contractAmountFen, techAmountFen: g.techAmountFen };
    row[g.perspective] = totals;
    rows.set(g.key, row);
  }
  return [...rows.values()];
}

function ranked(rows: OrganisationRaw[]): ReportOrganisation[] {
  return rows.map((r, i) => ({ rank: i + 1, ...r }));
}
