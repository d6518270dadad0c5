import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import {
  parsePeriod,
  StatisticsService,
  StatsExportService,
  type ExportFile,
  type ExportFormat,
  type RegionRef,
} from '../../statistics/src/index.js';
import { VoucherRepository, type VoucherFigureRow } from './voucher.repository.js';

export interface VoucherFigures {
  approvedCount: number;
  approvedFen: string;
  redeemedCount: number;
  redeemedFen: string;
  redeemedEnterprises: number;
  /** 通用通兑: vouchers of other regions' programmes redeemed with this region's providers (charged to the issuer). */
  servedCount: number;
  servedFen: string;
}

export interface VoucherStatsResult {
  region: RegionRef;
  period: { code: string; label: string };
  totals: VoucherFigures;
  children: (VoucherFigures & { regionCode: string; regionName: string })[];
}

const figures = (r: VoucherFigureRow): VoucherFigures => ({
  approvedCount: r.approved_count,
  approvedFen: r.approved_fen,
  redeemedCount: r.redeemed_count,
  redeemedFen: r.redeemed_fen,
  redeemedEnterprises: r.redeemed_enterprises,
  servedCount: r.served_count,
  servedFen: r.served_fen,
});

const sum = (all: VoucherFigures[]): VoucherFigures => ({
  approvedCount: all.reduce((n, f) => n + f.approvedCount, 0),
  approvedFen: String(all.reduce((n, f) => n + BigInt(f.approvedFen), 0n)),
  redeemedCount: all.reduce((n, f) => n + f.redeemedCount, 0),
  redeemedFen: String(all.reduce((n, f) => n + BigInt(f.redeemedFen), 0n)),
  redeemedEnterprises: all.reduce((n, f) => n + f.redeemedEnterprises, 0),
  servedCount: all.reduce((n, f) => n + f.servedCount, 0),
  servedFen: String(all.reduce((n, f) => n + BigInt(f.servedFen), 0n)),
});

/** The day after the last month of a period ('YYYY-MM-01' → the first of the next month). */
const nextMonth = (first: string): string => {
  const d = new Date(`${first}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Voucher figures of a region subtree for a statistics period (the statistics lib's periods and
 * region rules), by the issuing programme's region, with the region's children; exported through
 * the statistics export path.
 */
@Injectable()
export class VoucherStatsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: VoucherRepository,
    private readonly regions: RegionService,
    private readonly stats: StatisticsService,
    private readonly exports: StatsExportService,
  ) {}

  async figures(principal: Principal, q: { region?: string; period: string }): Promise<VoucherStatsResult> {
    const period = parsePeriod(q.period, chinaToday());
    const region = await this.stats.resolveRegion(principal, q.region);
    const from = period.fromMonth;
    const to = nextMonth(period.toMonth);
    const childCodes = this.regions
      .all()
      .filter((r) => r.parentCode === region.code)
      .map((r) => r.code);
    const children = [];
    for (const code of childCodes) {
      const f = figures(await this.repo.figures(this.ds.manager, code, from, to));
      children.push({ regionCode: code, regionName: this.regions.find(code)?.name ?? code, ...f });
    }
    const totals =
      region.code === null ? sum(children) : figures(await this.repo.figures(this.ds.manager, region.code, from, to));
    return { region, period: { code: period.code, label: period.label }, totals, children };
  }

  async export(
    principal: Principal,
    q: { region?: string; period: string },
    format: ExportFormat,
  ): Promise<ExportFile> {
    const r = await this.figures(principal, q);
    const row = (label: string, f: VoucherFigures) => [
      label,
      f.approvedCount,
      f.approvedFen,
      f.redeemedCount,
      f.redeemedFen,
      f.redeemedEnterprises,
      f.servedCount,
      f.servedFen,
    ];
    return this.exports.table(
      {
        name: `${r.region.name}${r.period.label}创新券统计`,
        ascii: `vouchers-${r.region.code ?? 'national'}-${r.period.code}`,
        title: `${r.region.name}${r.period.label}创新券统计（按发券地区）`,
        columns: [
          { label: '地区', kind: 'text' },
          { label: '批准（张）', kind: 'count' },
          { label: '批准金额（万元）', kind: 'fen' },
          { label: '兑付（张）', kind: 'count' },
          { label: '兑付金额（万元）', kind: 'fen' },
          { label: '兑付企业（家）', kind: 'count' },
          { label: '本地服务机构承接外地券（张）', kind: 'count' },
          { label: '承接外地券兑付金额（万元）', kind: 'fen' },
        ],
        rows: [row(`${r.region.name}（合计）`, r.totals), ...r.children.map((c) => row(c.regionName, c))],
      },
      format,
    );
  }

  /** A monthly series for the plan indicators ('YYYY-MM' → count, or fen for the subsidy). */
  async monthly(
    measure: 'approved' | 'redeemed' | 'redeemed_fen',
    regionCode: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<Map<string, number>> {
    const rows = await this.repo.monthly(this.ds.manager, measure, regionCode, fromMonth, toMonth);
    return new Map(rows.map((r) => [r.month, Number(r.value)]));
  }
}
