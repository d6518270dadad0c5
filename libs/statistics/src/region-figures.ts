import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../shared/database/index.js';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { parsePeriod, periodEnd } from './period.js';
import { StatisticsService, type RegionRef } from './statistics.service.js';
import { StatsExportService, type ExportFile, type ExportFormat } from './stats-export.service.js';

/** Counts (numbers) and amounts in fen (decimal strings) of one region and period. */
export type FigureRecord = Record<string, number | string>;

export interface RegionFigures<F extends FigureRecord> {
  region: RegionRef;
  period: { code: string; label: string };
  totals: F;
  children: (F & { regionCode: string; regionName: string })[];
}

/** Adds figures key by key: counts as numbers, fen exactly (as BigInt, back to a decimal string). */
export function addFigures<F extends FigureRecord>(all: F[]): F {
  const out: FigureRecord = {};
  for (const f of all)
    for (const [k, v] of Object.entries(f))
      out[k] =
        typeof v === 'number' ? ((out[k] as number | undefined) ?? 0) + v : String(BigInt(out[k] ?? 0) + BigInt(v));
  return out as F;
}

/**
 * How a lib's figures are exported: the file is named `<region><period><subject>` (ASCII
 * `<ascii>-<region code>-<period code>`), titled `<region><period><title>`, one column per figure
 * after the region's name, the total first.
 */
export interface FigureSheet<F extends FigureRecord> {
  subject: string;
  ascii: string;
  title: string;
  columns: { key: keyof F & string; label: string; kind: 'count' | 'fen' }[];
}

/**
 * A lib's own figures (vouchers, loans, …) over the statistics' periods and region rules: the
 * region a caller may read, its total and one row per child region, read by `read(regionCode,
 * fromDay, toDayExclusive)` for the region's subtree. The nation's total is its provinces' sum.
 */
@Injectable()
export class RegionFiguresService {
  constructor(
    private readonly stats: StatisticsService,
    private readonly regions: RegionService,
    private readonly exports: StatsExportService,
  ) {}

  /** The figures as an XLSX or CSV table (amounts in 万元, exactly as the statistics exports show them). */
  export<F extends FigureRecord>(r: RegionFigures<F>, sheet: FigureSheet<F>, format: ExportFormat): ExportFile {
    const row = (label: string, f: F) => [label, ...sheet.columns.map((c) => f[c.key]!)];
    return this.exports.table(
      {
        name: `${r.region.name}${r.period.label}${sheet.subject}`,
        ascii: `${sheet.ascii}-${r.region.code ?? 'national'}-${r.period.code}`,
        title: `${r.region.name}${r.period.label}${sheet.title}`,
        columns: [{ label: '地区', kind: 'text' }, ...sheet.columns.map(({ label, kind }) => ({ label, kind }))],
        rows: [row(`${r.region.name}（合计）`, r.totals), ...r.children.map((c) => row(c.regionName, c))],
      },
      format,
    );
  }

  async of<F extends FigureRecord>(
    principal: Principal,
    q: { region?: string; period: string },
    read: (regionCode: string, from: string, toExclusive: string) => Promise<F>,
  ): Promise<RegionFigures<F>> {
    const period = parsePeriod(q.period, chinaToday());
    const region = await this.stats.resolveRegion(principal, q.region);
    const from = period.fromMonth;
    const to = periodEnd(period);
    const children: RegionFigures<F>['children'] = [];
    for (const r of this.regions.all().filter((x) => x.parentCode === region.code))
      children.push({ regionCode: r.code, regionName: r.name, ...(await read(r.code, from, to)) });
    const totals =
      region.code === null
        ? addFigures(children.map(({ regionCode: _c, regionName: _n, ...f }) => f as unknown as F))
        : await read(region.code, from, to);
    return { region, period: { code: period.code, label: period.label }, totals, children };
  }
}

/** How a lib reads its own figures: its repository's totals of a region subtree and period, and a monthly series. */
export interface FigureSource<Row, M extends string> {
  /** The figures of `root`'s subtree from `from` (a day) up to `toExclusive`. */
  figures(db: Queryable, root: string, from: string, toExclusive: string): Promise<Row>;
  /** One measure by China month ('YYYY-MM' → a count, or an amount in fen). */
  monthly(
    db: Queryable,
    measure: M,
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; value: string }[]>;
}

/**
 * A lib's service for its own figures by region (loans, vouchers): it names its repository (the
 * `FigureSource`), how a row becomes its figures, and its export sheet; the periods, regions,
 * children rows, exports and plan-indicator series are the same for all.
 */
export abstract class OwnRegionFigures<F extends FigureRecord, M extends string, Row> {
  protected constructor(
    private readonly ds: DataSource,
    private readonly regionFigures: RegionFiguresService,
    private readonly sheet: FigureSheet<F>,
    private readonly source: FigureSource<Row, M>,
    private readonly toFigures: (row: Row) => F,
  ) {}

  figures(principal: Principal, q: { region?: string; period: string }): Promise<RegionFigures<F>> {
    return this.regionFigures.of(principal, q, async (code, from, to) =>
      this.toFigures(await this.source.figures(this.ds.manager, code, from, to)),
    );
  }

  async export(
    principal: Principal,
    q: { region?: string; period: string },
    format: ExportFormat,
  ): Promise<ExportFile> {
    return this.regionFigures.export(await this.figures(principal, q), this.sheet, format);
  }

  /** A monthly series for the plan indicators. */
  async monthly(measure: M, regionCode: string, fromMonth: string, toMonth: string): Promise<Map<string, number>> {
    const rows = await this.source.monthly(this.ds.manager, measure, regionCode, fromMonth, toMonth);
    return new Map(rows.map((r) => [r.month, Number(r.value)]));
  }
}
