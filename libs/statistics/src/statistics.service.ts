import { ReadDatabase } from '../../shared/database/index.js';
import { Injectable } from '@nestjs/common';
import { chinaToday, CodeTableService, RegionNotFoundError, RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import type { Perspective } from './ledger-entry.js';
import { MatchmakingSources, type MatchmakingCounts } from './matchmaking-sources.js';
import { parsePeriod, periodEnd, type Period } from './period.js';
import { RouteBreakdownRepository, type RouteRow } from './route-breakdown.repository.js';
import {
  addTotals,
  StatsQueryRepository,
  ZERO,
  type FlowAxisEntry,
  type FlowCell,
  type GroupBy,
  type GroupRow,
  type RegionTotalsRow,
  type Scope,
  type StatsFilter,
  type Totals,
} from './stats-query.repository.js';
import { StatsFilterUnknownError, StatsRegionForbiddenError, StatsRegionUnknownError } from './statistics.errors.js';

export interface StatsQuery {
  region?: string;
  period: string;
  perspective: Perspective;
  filter?: StatsFilter;
  /** China date the statistics are read on (year-to-date, projections); default today. */
  asOf?: string;
}

export interface RegionRef {
  code: string | null;
  name: string;
}

export interface SummaryResult {
  region: RegionRef;
  period: Period;
  perspective: Perspective;
  groupBy: GroupBy;
  filter: StatsFilter;
  rows: GroupRow[];
  total: Totals;
}

export interface RoutesResult {
  region: RegionRef;
  period: Period;
  perspective: Perspective;
  rows: RouteRow[];
  total: Totals;
}

export interface FlowsResult {
  region: RegionRef;
  period: Period;
  axis: FlowAxisEntry[];
  cells: FlowCell[];
  total: Totals;
}

export interface MatchmakingFigure {
  value: number | null;
  reason?: string;
}

export interface MatchmakingReport {
  region: RegionRef;
  period: Period;
  needsCollected: MatchmakingFigure;
  achievementsRegistered: MatchmakingFigure;
  matchesMade: MatchmakingFigure;
  dealsByStage: Record<string, number> | null;
  dealsByStageReason?: string;
  matchFeedback: Record<string, number> | null;
  matchFeedbackReason?: string;
  roadshows: Record<string, number> | null;
  /** Certified contracts registered in the region (登记), by type. */
  contractsByType: GroupRow[];
}

/**
 * Regional statistics for bureau staff (their region's subtree) and platform administrators
 * (everything). Reads only the rollups kept by StatisticsLedger.
 */
@Injectable()
export class StatisticsService {
  constructor(
    /** Statistics read the replica when there is one (DATABASE_READ_URL). */
    private readonly ds: ReadDatabase,
    private readonly repo: StatsQueryRepository,
    private readonly regions: RegionService,
    private readonly codes: CodeTableService,
    private readonly matchmakingSources: MatchmakingSources,
    private readonly routeRepo: RouteBreakdownRepository,
  ) {}

  /** Certified contracts of a region subtree and period by pricing route (协议定价 / 挂牌 / 拍卖). */
  async routes(principal: Principal, q: Omit<StatsQuery, 'filter'>): Promise<RoutesResult> {
    const period = parsePeriod(q.period, q.asOf ?? chinaToday());
    const region = await this.resolveRegion(principal, q.region);
    const toExclusive = periodEnd(period);
    const rows = await this.routeRepo.routes(this.ds.manager, {
      perspective: q.perspective,
      regionCode: region.code,
      from: period.fromMonth,
      toExclusive,
    });
    return { region, period, perspective: q.perspective, rows, total: rows.reduce(addTotals, ZERO) };
  }

  /**
   * The region a caller may read: platform admins any region (none = the nation); bureau staff
   * their own region's subtree (none = their region); nobody else. Unknown codes are 400.
   */
  async resolveRegion(principal: Principal, region: string | undefined): Promise<RegionRef> {
    let name = '全国';
    if (region !== undefined) {
      try {
        name = (await this.regions.assertExists(region)).name;
      } catch (err) {
        if (err instanceof RegionNotFoundError) throw new StatsRegionUnknownError(region);
        throw err;
      }
    }
    if (isPlatformAdmin(principal)) return { code: region ?? null, name };
    if (!isBureau(principal)) throw new StatsRegionForbiddenError(region ?? '全国', null);
    const target = region ?? principal.regionCode;
    if (!(await this.regions.isWithin(target, principal.regionCode)))
      throw new StatsRegionForbiddenError(target, principal.regionCode);
    if (region === undefined) name = (await this.regions.assertExists(target)).name;
    return { code: target, name };
  }

  private async checkFilter(filter: StatsFilter | undefined, period: Period): Promise<StatsFilter> {
    const f = filter ?? {};
    const at = `${period.toMonth.slice(0, 7)}-28`;
    if (f.contractTypeCode !== undefined || f.contractSubtypeCode !== undefined) {
      const types = await this.codes.contractTypes(at);
      if (f.contractTypeCode !== undefined && !types.some((t) => t.code === f.contractTypeCode)) {
        throw new StatsFilterUnknownError('contractType', f.contractTypeCode);
      }
      if (
        f.contractSubtypeCode !== undefined &&
        !types.some((t) => t.subtypes.some((s) => s.code === f.contractSubtypeCode))
      ) {
        throw new StatsFilterUnknownError('contractSubtype', f.contractSubtypeCode);
      }
    }
    if (f.techFieldCode !== undefined && !(await this.codes.isTechFieldInForce(f.techFieldCode, at))) {
      throw new StatsFilterUnknownError('techField', f.techFieldCode);
    }
    return f;
  }

  /** Parses and authorises a query; everything the exports need before a byte is sent. */
  async prepare(
    principal: Principal,
    q: StatsQuery,
  ): Promise<{ region: RegionRef; period: Period; filter: StatsFilter; scope: Scope }> {
    const period = parsePeriod(q.period, q.asOf ?? chinaToday());
    const region = await this.resolveRegion(principal, q.region);
    const filter = await this.checkFilter(q.filter, period);
    const scope = {
      perspective: q.perspective,
      regionCode: region.code,
      fromMonth: period.fromMonth,
      toMonth: period.toMonth,
      filter,
    };
    return { region, period, filter, scope };
  }

  async summary(principal: Principal, q: StatsQuery, groupBy: GroupBy): Promise<SummaryResult> {
    const { region, period, filter, scope } = await this.prepare(principal, q);
    const rows = await this.repo.groups(this.ds.manager, scope, groupBy);
    return { region, period, perspective: q.perspective, groupBy, filter, rows, total: rows.reduce(addTotals, ZERO) };
  }

  /** Totals of the region and every region below it, for the indented export. */
  async regionTree(
    region: RegionRef,
    period: Period,
    perspective: Perspective,
    filter: StatsFilter,
  ): Promise<RegionTotalsRow[]> {
    return this.repo.regionTree(this.ds.manager, {
      perspective,
      regionCode: region.code,
      fromMonth: period.fromMonth,
      toMonth: period.toMonth,
      filter,
    });
  }

  async groupsFor(
    region: RegionRef,
    period: Period,
    perspective: Perspective,
    filter: StatsFilter,
    groupBy: GroupBy,
  ): Promise<GroupRow[]> {
    return this.repo.groups(
      this.ds.manager,
      { perspective, regionCode: region.code, fromMonth: period.fromMonth, toMonth: period.toMonth, filter },
      groupBy,
    );
  }

  async flows(principal: Principal, q: Omit<StatsQuery, 'perspective' | 'filter'>): Promise<FlowsResult> {
    const period = parsePeriod(q.period, q.asOf ?? chinaToday());
    const region = await this.resolveRegion(principal, q.region);
    const { axis, cells } = await this.repo.flows(this.ds.manager, region.code, period.fromMonth, period.toMonth);
    return { region, period, axis, cells, total: cells.reduce(addTotals, ZERO) };
  }

  async matchmaking(
    principal: Principal,
    q: { region?: string; period: string; asOf?: string },
  ): Promise<MatchmakingReport> {
    const period = parsePeriod(q.period, q.asOf ?? chinaToday());
    const region = await this.resolveRegion(principal, q.region);
    const toExclusive = periodEnd(period);
    const merged: MatchmakingCounts = {};
    for (const s of this.matchmakingSources.all())
      Object.assign(merged, await s.counts(region.code, period.fromMonth, toExclusive));
    const missing = '提供该数据的模块尚未接入统计（MatchmakingSources 端口）';
    const figure = (v: number | undefined): MatchmakingFigure =>
      v === undefined ? { value: null, reason: missing } : { value: v };
    const contractsByType = await this.groupsFor(region, period, 'registered', {}, 'type');
    return {
      region,
      period,
      needsCollected: figure(merged.needsCollected),
      achievementsRegistered: figure(merged.achievementsRegistered),
      matchesMade: figure(merged.matchesMade),
      dealsByStage: merged.dealsByStage ?? null,
      ...(merged.dealsByStage ? {} : { dealsByStageReason: missing }),
      matchFeedback: merged.matchFeedback ?? null,
      ...(merged.matchFeedback ? {} : { matchFeedbackReason: missing }),
      roadshows: merged.roadshows ?? null,
      contractsByType,
    };
  }
}
