import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  OwnRegionFigures,
  RegionFiguresService,
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
export class VoucherStatsService extends OwnRegionFigures<
  VoucherFigures,
  'approved' | 'redeemed' | 'redeemed_fen',
  VoucherFigureRow
> {
  constructor(ds: DataSource, regionFigures: RegionFiguresService, repo: VoucherRepository) {
    super(ds, regionFigures, SHEET, repo, figures);
  }
}
