import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import type { Perspective } from './ledger-entry.js';
import { PublicFiguresRepository } from './public-figures.repository.js';
import { MIN_CONTRACTS, monthsToWithhold, needsWithholding, shown, type PublicTotals } from './public-figures.rules.js';
import { PublicFiguresNotPublishedError } from './statistics.errors.js';
import { addTotals, StatsQueryRepository, ZERO, type Totals } from './stats-query.repository.js';
import { TargetProgressService, type TargetProgress } from './target-progress.service.js';
import type { RegionRef } from './statistics.service.js';

export interface PublicSetting {
  regionCode: string;
  regionName: string;
  published: boolean;
  updatedAt: string | null;
}

export interface PublicYear {
  year: number;
  total: PublicTotals;
  months: { month: string; totals: PublicTotals }[];
}

export interface PublicPerspective {
  perspective: Extract<Perspective, 'absorption' | 'output'>;
  /** The year before and the current year to date, month by month (zero months included). */
  years: PublicYear[];
}

export interface PublicTarget extends TargetProgress {
  /** The figure sums fewer than MIN_CONTRACTS contracts: its value is not published. */
  withheld: boolean;
}

export interface PublicFigures {
  region: { code: string; name: string };
  asOf: string;
  minContracts: number;
  perspectives: PublicPerspective[];
  targets: PublicTarget[];
}

const PUBLIC_PERSPECTIVES = ['absorption', 'output'] as const;

/**
 * Figures a bureau chooses to publish for its region (淮北's plan: "动态发布我市科技成果转化各项指标"):
 * aggregates of the ledger and the plans' target progress, for anyone, without login. Never a
 * single contract: amounts summing fewer than MIN_CONTRACTS contracts are withheld
 * (public-figures.rules.ts).
 */
@Injectable()
export class PublicFiguresService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: PublicFiguresRepository,
    private readonly queries: StatsQueryRepository,
    private readonly regions: RegionService,
    private readonly targets: TargetProgressService,
    private readonly audit: AuditService,
  ) {}

  /** The region's setting (the policy table lets bureaus of the region and above read it). */
  async setting(regionCode: string): Promise<PublicSetting> {
    const region = await this.regions.assertExists(regionCode);
    const row = await this.repo.setting(this.ds.manager, regionCode);
    return {
      regionCode,
      regionName: region.name,
      published: row?.published ?? false,
      updatedAt: row?.updated_at.toISOString() ?? null,
    };
  }

  async setPublished(principal: Principal, regionCode: string, published: boolean): Promise<PublicSetting> {
    const region = await this.regions.assertExists(regionCode);
    return this.ds.transaction(async (em) => {
      const before = await this.repo.setting(em, regionCode);
      const row = await this.repo.save(em, regionCode, published, principal.userId);
      await this.audit.record(em, {
        actor: principal,
        action: 'stats.publication',
        targetType: 'region',
        targetId: regionCode,
        regionCode,
        before: { published: before?.published ?? false },
        after: { published },
      });
      return { regionCode, regionName: region.name, published: row.published, updatedAt: row.updated_at.toISOString() };
    });
  }

  /** The regions whose figures anyone may open. */
  async publishing(): Promise<{ code: string; name: string }[]> {
    const codes = await this.repo.published(this.ds.manager);
    return Promise.all(codes.map(async (code) => ({ code, name: (await this.regions.assertExists(code)).name })));
  }

  async figures(regionCode: string, asOf = chinaToday()): Promise<PublicFigures> {
    const setting = await this.repo.setting(this.ds.manager, regionCode);
    if (!setting?.published) throw new PublicFiguresNotPublishedError(regionCode);
    const region: RegionRef & { code: string } = {
      code: regionCode,
      name: (await this.regions.assertExists(regionCode)).name,
    };
    const year = Number(asOf.slice(0, 4));
    const perspectives: PublicPerspective[] = [];
    for (const perspective of PUBLIC_PERSPECTIVES) {
      const rows = await this.queries.groups(
        this.ds.manager,
        { perspective, regionCode, fromMonth: `${year - 1}-01-01`, toMonth: `${asOf.slice(0, 7)}-01` },
        'month',
      );
      const byMonth = new Map<string, Totals>(rows.map((r) => [r.key, r]));
      perspectives.push({
        perspective,
        years: [year - 1, year].map((y) => publicYear(y, y < year ? 12 : Number(asOf.slice(5, 7)), byMonth)),
      });
    }
    const progress = await this.targets.progressOf(region, asOf);
    const targets = progress.items.map((t): PublicTarget => {
      if (t.contracts === null || !needsWithholding(t.contracts)) return { ...t, withheld: false };
      return { ...t, actual: null, percentReached: null, projection: null, withheld: true };
    });
    return { region, asOf, minContracts: MIN_CONTRACTS, perspectives, targets };
  }
}

function publicYear(year: number, lastMonth: number, byMonth: ReadonlyMap<string, Totals>): PublicYear {
  const keys = Array.from({ length: lastMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const totals = keys.map((k) => byMonth.get(k) ?? ZERO);
  const withheld = monthsToWithhold(totals);
  return {
    year,
    total: shown(totals.reduce(addTotals, ZERO)),
    months: keys.map((month, i) => ({ month, totals: shown(totals[i]!, withheld[i]) })),
  };
}
