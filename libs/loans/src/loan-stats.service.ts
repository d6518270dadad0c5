import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  OwnRegionFigures,
  RegionFiguresService,
  type FigureSheet,
  type RegionFigures,
} from '../../statistics/src/index.js';
import { LoanRepository, type LoanFigureRow } from './loan.repository.js';

export type LoanFigures = {
  filedCount: number;
  filedFen: string;
  filedEnterprises: number;
  repaidFen: string;
  defaultedCount: number;
  /** Principal outstanding when the defaults were recorded. */
  defaultedFen: string;
  settledCount: number;
};

export type LoanStatsResult = RegionFigures<LoanFigures>;

const figures = (r: LoanFigureRow): LoanFigures => ({
  filedCount: r.filed_count,
  filedFen: r.filed_fen,
  filedEnterprises: r.filed_enterprises,
  repaidFen: r.repaid_fen,
  defaultedCount: r.defaulted_count,
  defaultedFen: r.defaulted_fen,
  settledCount: r.settled_count,
});

const SHEET: FigureSheet<LoanFigures> = {
  subject: '成果转化贷款统计',
  ascii: 'loans',
  title: '科技成果转化贷款备案统计（按借款企业所在地区）',
  columns: [
    { key: 'filedCount', label: '备案（笔）', kind: 'count' },
    { key: 'filedFen', label: '备案金额（万元）', kind: 'fen' },
    { key: 'filedEnterprises', label: '借款企业（家）', kind: 'count' },
    { key: 'repaidFen', label: '还款金额（万元）', kind: 'fen' },
    { key: 'defaultedCount', label: '违约（笔）', kind: 'count' },
    { key: 'defaultedFen', label: '违约时未还本金（万元）', kind: 'fen' },
    { key: 'settledCount', label: '结清（笔）', kind: 'count' },
  ],
};

/**
 * Loan figures of a region subtree for a statistics period (the statistics lib's periods and
 * region rules), by the borrowing enterprise's region, with the region's children; exported
 * through the statistics export path as the voucher figures are.
 */
@Injectable()
export class LoanStatsService extends OwnRegionFigures<LoanFigures, 'count' | 'fen', LoanFigureRow> {
  constructor(ds: DataSource, regionFigures: RegionFiguresService, repo: LoanRepository) {
    super(ds, regionFigures, SHEET, repo, figures);
  }
}
