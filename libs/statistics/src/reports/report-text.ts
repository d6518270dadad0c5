import { formatWan, groupThousands, scaledAmountText, trimZeros, yuanToFen } from '../../../shared/money/index.js';
import { DEAL_STAGE_NAMES } from '../../../shared/labels/index.js';
import type { TargetProgress } from '../target-progress.service.js';
import type { TargetStatus } from '../target-progress.rules.js';

/** Chinese names the report prints (page, XLSX and PDF alike). */
export const DEAL_STAGE_TEXT: Record<string, string> = DEAL_STAGE_NAMES;

export const ROADSHOW_TEXT: Record<string, string> = {
  held: '举办路演（场）',
  registrations: '报名参加（家次）',
  attended: '到场参加（家次）',
  followUpDeals: '路演后达成对接项目（项）',
};

export const VERDICT_TEXT: Record<string, string> = {
  relevant: '认为相关',
  not_relevant: '认为不相关',
  contacted: '已联系对方',
};

export const PERSPECTIVE_TEXT = { absorption: '吸纳', output: '输出', registered: '登记' } as const;
export const PERSPECTIVE_BASIS = {
  absorption: '按买方所在地',
  output: '按卖方所在地',
  registered: '按登记机构所在地',
} as const;

const STATUS_TEXT: Record<TargetStatus, [string, string]> = {
  not_started: ['未开始', '未开始'],
  on_track: ['进度正常', '进度正常'],
  behind: ['进度落后', '进度落后'],
  achieved: ['已达成', '期末已达成'],
  missed: ['未达成', '期末未达成'],
  awaiting: ['待填报', '待填报'],
};

const COMPARISON = { gt: '超过', gte: '不少于', eq: '达到' } as const;

/** A value in the target's unit: 100亿元 / 300 项 / 3.5%. */
export function targetValueText(t: TargetProgress, v: string): string {
  if (t.unit === 'yuan') return scaledAmountText(yuanToFen(v));
  if (t.unit === 'percent') return `${trimZeros(v)}%`;
  return `${groupThousands(v)} ${t.countWord ?? '个'}`;
}

/** What the plan asks, with its period: 2023—2025年累计不少于 300 项. */
export function targetGoalText(t: TargetProgress): string {
  const span =
    t.accumulation === 'annual'
      ? `${t.targetYear}年`
      : t.accumulation === 'cumulative'
        ? `${t.fromYear}—${t.targetYear}年累计`
        : t.fromYear === t.targetYear
          ? `${t.targetYear}年`
          : `${t.fromYear}—${t.targetYear}年，至${t.targetYear}年末`;
  return `${span}${t.lowerIsBetter ? '不超过' : COMPARISON[t.comparison]}${targetValueText(t, t.targetValue)}`;
}

export function targetStatusText(t: TargetProgress): string {
  const [open, closed] = STATUS_TEXT[t.status];
  return t.closed ? closed : open;
}

/**
 * 万元 with two decimals, grouped: 1,254.44 — each figure rounded once from its own fen (the one
 * rule, libs/shared/money), as every page shows 万元; the page, the PDF and the XLSX cells agree.
 */
export function wanText(fen: string): string {
  return formatWan(fen, { fixed: true });
}

/** The unit line of the report (page, PDF and the XLSX cover alike). */
export const AMOUNT_UNIT_TEXT = '金额单位：万元（各项按精确金额四舍五入保留两位小数）';
