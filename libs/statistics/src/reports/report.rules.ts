import type { Period } from '../period.js';

export type ReportKind = 'quarterly' | 'annual';
export const REPORT_KINDS: readonly ReportKind[] = ['quarterly', 'annual'];

/**
 * reported (按报送口径): the figures as first issued for a closed period; amended (按最新更正):
 * every amendment and cancellation recorded since, as /api/stats/summary shows them.
 */
export type ReportBasis = 'reported' | 'amended';
export const REPORT_BASES: readonly ReportBasis[] = ['reported', 'amended'];

/**
 * preliminary: the period has not ended, the figures are today's (nothing frozen yet);
 * frozen: as first issued after the period ended; amended: with every later correction.
 */
export type ReportState = 'preliminary' | 'frozen' | 'amended';

export const REPORT_TITLE: Record<ReportKind, string> = {
  quarterly: '技术转移对接季度通报',
  annual: '年度科技成果转化报告',
};

/** The last day of a period (YYYY-MM-DD). */
export function periodLastDay(p: Period): string {
  const [y, m] = p.toMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${p.toMonth.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The first day after a period (YYYY-MM-DD), the exclusive end of its dates. */
export function periodEndExclusive(p: Period): string {
  const [y, m] = p.toMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** A period is closed once its last day has passed (China date). */
export function periodClosed(p: Period, today: string): boolean {
  return today > periodLastDay(p);
}

/** A period that has not begun has nothing to report. */
export function periodStarted(p: Period, today: string): boolean {
  return today >= p.fromMonth;
}

/** The date target progress is read on: the period's last day, or today while it runs. */
export function reportAsOf(p: Period, today: string): string {
  const last = periodLastDay(p);
  return today < last ? today : last;
}

/**
 * Which figures a report shows. The cut-off rule: the first report of a region and closed period
 * freezes the ledger as committed at that moment; "reported" reads that, "amended" reads
 * everything. A period still running is preliminary whatever was asked: nothing is frozen before
 * the period is over.
 */
export function reportState(basis: ReportBasis, closed: boolean): ReportState {
  if (basis === 'amended') return 'amended';
  return closed ? 'frozen' : 'preliminary';
}

export const REPORT_STATE_TEXT: Record<ReportState, string> = {
  preliminary: '初步数据：本期尚未结束，数字随登记变化；期末后首次生成时定稿',
  frozen: '按报送口径：本期首次生成时定稿，之后的变更、撤销不改变本报告',
  amended: '按最新更正：含定稿后登记的全部变更、撤销',
};
