import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaToday, TargetService, type PolicyTarget } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { bookTitle } from '../../shared/labels/index.js';
import { indicatorDef, sourceLabel, type IndicatorDef, type IndicatorSource } from './indicator-catalogue.js';
import { IndicatorSources } from './indicator-sources.js';
import { stepsText, toSteps } from './indicator-values.js';
import { ReportedFiguresService } from './reported-figures.service.js';
import { StatisticsService, type RegionRef } from './statistics.service.js';
import { StatsQueryRepository, type GroupRow } from './stats-query.repository.js';
import {
  addMonths,
  monthLastDay,
  percentOf,
  PROJECTION_METHOD_TEXT,
  reportedProgress,
  seriesProgress,
  stockProgress,
  targetMonths,
  type Progress,
  type ProjectionMethod,
  type TargetSpec,
  type TargetStatus,
} from './target-progress.rules.js';

export interface TargetProgress {
  id: number;
  regionCode: string;
  indicatorCode: string;
  indicatorName: string;
  fromYear: number;
  targetYear: number;
  accumulation: PolicyTarget['accumulation'];
  baseYear: number | null;
  unit: PolicyTarget['unit'];
  /** The word a count is read with (项, 家, 个, 人, 次); null for amounts and percentages. */
  countWord: string | null;
  comparison: PolicyTarget['comparison'];
  lowerIsBetter: boolean;
  sourceDoc: string;
  sourceQuote: string;
  /** In the unit: yuan with two decimals, a whole count, a percentage. */
  targetValue: string;
  /** measure: the record count behind a 'records' figure (a registry's kind, for its entry link). */
  source: { kind: IndicatorSource['kind']; label: string; parts: string[]; measure: string | null };
  /** A ledger figure: how many certified contracts stand behind it (within the target period, to date). */
  contracts: number | null;
  /** The target's months ('YYYY-MM') and how many of them had passed on the as-of date. */
  fromMonth: string;
  toMonth: string;
  elapsedMonths: number;
  totalMonths: number;
  closed: boolean;
  actual: string | null;
  percentReached: string | null;
  projection: { value: string; method: ProjectionMethod; methodText: string } | null;
  status: TargetStatus;
  /** Who is to enter the figure, when it is awaited. */
  awaiting: { role: 'bureau_staff'; roleName: string } | null;
}

export interface TargetsResult {
  region: RegionRef;
  asOf: string;
  items: TargetProgress[];
}

const specOf = (t: PolicyTarget, def: IndicatorDef): TargetSpec => ({
  accumulation: t.accumulation,
  fromYear: t.fromYear,
  targetYear: t.targetYear,
  comparison: t.comparison,
  lowerIsBetter: def.lowerIsBetter === true,
  target: toSteps(t.unit, t.value),
});

/**
 * Progress of the plans' targets for a region: each target's figure from the source its
 * indicator has in INDICATORS (ledger, platform records or reported), judged within the
 * target's own period as of a date (target-progress.rules.ts).
 */
@Injectable()
export class TargetProgressService {
  constructor(
    private readonly ds: DataSource,
    private readonly stats: StatisticsService,
    private readonly targets: TargetService,
    private readonly repo: StatsQueryRepository,
    private readonly sources: IndicatorSources,
    private readonly reported: ReportedFiguresService,
  ) {}

  async progress(principal: Principal, regionCode: string | undefined, asOf = chinaToday()): Promise<TargetsResult> {
    return this.progressOf(await this.stats.resolveRegion(principal, regionCode), asOf);
  }

  /** The progress of a region already authorised (or public: PublicFiguresService). */
  async progressOf(region: RegionRef, asOf: string): Promise<TargetsResult> {
    if (region.code === null) return { region, asOf, items: [] };
    const page = await this.targets.list(region.code, false, { page: 1, pageSize: 100 });
    const items: TargetProgress[] = [];
    for (const t of page.items) items.push(await this.one(region.code, t, asOf));
    return { region, asOf, items };
  }

  private async one(regionCode: string, t: PolicyTarget, asOf: string): Promise<TargetProgress> {
    const asOfMonth = asOf.slice(0, 7);
    // Read on a month's last day once it has passed (a report on a closed period): that month is complete.
    const monthOver = asOf === monthLastDay(asOfMonth) && asOf < chinaToday();
    const def = indicatorDef(t.indicatorCode, t.unit);
    const spec = specOf(t, def);
    const [fromMonth, toMonth] = targetMonths(spec);
    // Last year's months too: an annual target's projection uses last year's seasonal share.
    const window: [string, string] = [addMonths(fromMonth, -12), asOfMonth < toMonth ? asOfMonth : toMonth];
    let progress: Progress;
    let parts: string[] = [];
    let contracts: number | null = null;
    const src = def.source;
    if (src.kind === 'ledger') {
      const perspective = t.perspective ?? src.perspective;
      const rows = await this.ledgerMonthly(regionCode, perspective, window);
      progress = seriesProgress(spec, new Map(rows.map((r) => [r.key, BigInt(r[src.measure])])), asOfMonth, monthOver);
      const upTo = asOfMonth < progress.toMonth ? asOfMonth : progress.toMonth;
      contracts = rows.filter((r) => r.key >= progress.fromMonth && r.key <= upTo).reduce((n, r) => n + r.count, 0);
    } else if (src.kind === 'records' && t.accumulation === 'level') {
      // A state (certificates in force): the count on the day before the period and at its end or today.
      const found = this.sources.partsOf(src.measure);
      parts = found.map((p) => p.label);
      const dayBefore = `${t.fromYear - 1}-12-31`;
      const end = asOfMonth > toMonth ? `${t.targetYear}-12-31` : asOf;
      let opening = 0n;
      let atEnd = 0n;
      for (const part of found) {
        opening += BigInt((await part.inForce?.(regionCode, dayBefore)) ?? 0);
        atEnd += BigInt((await part.inForce?.(regionCode, end)) ?? 0);
      }
      progress = stockProgress(spec, opening, atEnd, asOfMonth, monthOver);
    } else if (src.kind === 'records') {
      const monthly = new Map<string, bigint>();
      const found = this.sources.partsOf(src.measure);
      parts = found.map((p) => p.label);
      for (const part of found) {
        if (window[1] < window[0]) break;
        for (const [m, n] of await part.monthly(regionCode, window[0], window[1]))
          monthly.set(m, (monthly.get(m) ?? 0n) + BigInt(n));
      }
      progress = seriesProgress(spec, monthly, asOfMonth, monthOver);
    } else {
      const figures = await this.reported.approvedByYear(regionCode, t.indicatorCode, t.unit);
      progress = reportedProgress(spec, new Map([...figures].map(([y, f]) => [y, f.steps])), asOfMonth, monthOver);
      // The figure's own source: the latest approved year the progress reads.
      const years = [...figures.keys()].filter((y) => y <= t.targetYear && `${y}-12` >= progress.fromMonth);
      const latest = years.length ? figures.get(Math.max(...years)) : undefined;
      if (progress.actual !== null && latest)
        parts = [...figures]
          .filter(([y]) => years.includes(y))
          .map(([y, f]) => `${y}年：${f.department}${bookTitle(f.document)}（第 ${f.version} 版，已审核）`);
    }
    const text = (v: bigint) => stepsText(t.unit, v);
    const label =
      src.kind === 'ledger' && t.perspective && t.perspective !== src.perspective
        ? sourceLabel({ ...src, perspective: t.perspective })
        : sourceLabel(src);
    return {
      id: t.id,
      regionCode: t.regionCode,
      indicatorCode: t.indicatorCode,
      indicatorName: t.indicatorName,
      fromYear: t.fromYear,
      targetYear: t.targetYear,
      accumulation: t.accumulation,
      baseYear: t.baseYear,
      unit: t.unit,
      countWord: t.unit === 'count' ? (def.countWord ?? '个') : null,
      comparison: t.comparison,
      lowerIsBetter: spec.lowerIsBetter,
      sourceDoc: t.sourceDoc,
      sourceQuote: t.sourceQuote,
      targetValue: text(spec.target),
      source: { kind: src.kind, label, parts, measure: src.kind === 'records' ? src.measure : null },
      contracts,
      fromMonth: progress.fromMonth,
      toMonth: progress.toMonth,
      elapsedMonths: progress.elapsedMonths,
      totalMonths: progress.totalMonths,
      closed: progress.closed,
      actual: progress.actual === null ? null : text(progress.actual),
      percentReached: progress.actual === null || spec.lowerIsBetter ? null : percentOf(progress.actual, spec.target),
      projection: progress.projection
        ? {
            value: text(progress.projection.value),
            method: progress.projection.method,
            methodText: PROJECTION_METHOD_TEXT[progress.projection.method],
          }
        : null,
      status: progress.status,
      awaiting: progress.status === 'awaiting' ? { role: 'bureau_staff', roleName: '科技局工作人员' } : null,
    };
  }

  private async ledgerMonthly(
    regionCode: string,
    perspective: NonNullable<PolicyTarget['perspective']>,
    [from, to]: [string, string],
  ): Promise<GroupRow[]> {
    if (to < from) return [];
    return this.repo.groups(
      this.ds.manager,
      { perspective, regionCode, fromMonth: `${from}-01`, toMonth: `${to}-01` },
      'month',
    );
  }
}
