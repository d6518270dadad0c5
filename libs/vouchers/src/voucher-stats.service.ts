import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import {
  RegionFiguresService,
  type ExportFile,
  type ExportFormat,
  type FigureSheet,
  type RegionFigures,
} from '../../statistics/src/index.js';
import { VoucherRepository, type VoucherFigureRow } from './voucher.repository.js';

export type VoucherFigures = {
  approvedCount: number;
  approvedFen: string;
  redeemedCount: number;
  redeemedFen: string;
  redeemedEnterprises: number;
  /** 通用通兑: vouchers of other regions' programmes redeemed with this region's providers (charged to the issuer). */
  servedCount: number;
  servedFen: string;
};

export type VoucherStatsResult = RegionFigures<VoucherFigures>;

const figures = (r: VoucherFigureRow): VoucherFigures => ({
  approvedCount: r.approved_count,
  approvedFen: r.approved_fen,
  redeemedCount: r.redeemed_count,
  redeemedFen: r.redeemed_fen,
  redeemedEnterprises: r.redeemed_enterprises,
  servedCount: r.served_count,
  servedFen: r.served_fen,
});

const SHEET: FigureSheet<VoucherFigures> = {
  subject: '创新券统计',
  ascii: 'vouchers',
  title: '创新券统计（按发券地区）',
  columns: [
    { key: 'approvedCount', label: '批准（张）', kind: 'count' },
    { key: 'approvedFen', label: '批准金额（万元）', kind: 'fen' },
    { key: 'redeemedCount', label: '兑付（张）', kind: 'count' },
    { key: 'redeemedFen', label: '兑付金额（万元）', kind: 'fen' },
    { key: 'redeemedEnterprises', label: '兑付企业（家）', kind: 'count' },
    { key: 'servedCount', label: '本地服务机构承接外地券（张）', kind: 'count' },
    { key: 'servedFen', label: '承接外地券兑付金额（万元）', kind: 'fen' },
  ],
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
    private readonly regionFigures: RegionFiguresService,
  ) {}

  figures(principal: Principal, q: { region?: string; period: string }): Promise<VoucherStatsResult> {
    return this.regionFigures.of(principal, q, async (code, from, to) =>
      figures(await this.repo.figures(this.ds.manager, code, from, to)),
    );
  }

  async export(
    principal: Principal,
    q: { region?: string; period: string },
    format: ExportFormat,
  ): Promise<ExportFile> {
    return this.regionFigures.export(await this.figures(principal, q), SHEET, format);
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
