import dayjs from 'dayjs';
import {
  bookTitle,
  chinaDayText,
  chinaMinuteText,
  chinaSecondText,
  DEAL_STAGE_NAMES,
  quoted,
} from '../../../libs/shared/labels/index.js';
import {
  FEN_PER_WAN,
  fenToWanExact,
  fenToYuan,
  formatWan,
  groupThousands,
  scaledAmountText,
  toFen,
  trimZeros,
  WAN_STEP_FEN,
  wanToFen as wanToFenExact,
  yuanToFen,
  type FenLike,
} from '../../../libs/shared/money/index.js';

/**
 * Fen → 万元 with two decimals, grouped, without the unit (a table whose header names it: the
 * reports, whose PDF and XLSX print the same figure); rounded once by the shared rule.
 */
export function wanFigure(fen: FenLike): string {
  return formatWan(fen, { fixed: true });
}

/**
 * Fen → 万元 (two decimals at most, rounded once by the shared rule), the unit bureau staff read
 * amounts in; an amount too small to show in 万元 (under 50 元, which would read 0 万元) in 元.
 */
export function wanYuan(fen: FenLike | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  const wan = formatWan(fen);
  const f = toFen(fen);
  if (/^-?0$/.test(wan) && f !== 0n) return `${groupThousands(trimZeros(fenToYuan(f)))} 元`;
  return `${wan} 万元`;
}

/**
 * An amount to the fen in 元, the unit a contract states it in, with its 万元 beside it:
 * "2,234,258 元（约 223.43 万元）" (约 only where the 万元 figure is rounded). Where a clerk checks
 * an amount against the contract and edits it in 万元 (认定登记, 变更登记): the 万元 field below
 * spells out the same 元 (WanInput), so the two read alike.
 */
export function yuanWithWan(fen: FenLike | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  const f = toFen(fen);
  const yuan = `${groupThousands(trimZeros(fenToYuan(f)))} 元`;
  if (f < FEN_PER_WAN) return yuan;
  return `${yuan}（${f % WAN_STEP_FEN === 0n ? '' : '约 '}${formatWan(f)} 万元）`;
}

/** Yuan text (as the targets table stores them, numeric with two decimals) → 元, 万元 or 亿元. */
export function yuanText(yuan: string): string {
  return scaledAmountText(yuanToFen(yuan));
}

export const dateText = (d: string | number | Date | null | undefined): string =>
  d ? dayjs(d).format('YYYY年M月D日') : '—';
/** An instant to the minute in China time, "2026-12-18 14:00" (libs/shared/labels/china-time: the one form). */
export const dateTimeText = (d: string | number | Date | null | undefined): string => (d ? chinaMinuteText(d) : '—');

/** An instant to the second in China time (北京时间: bids, auction ends), whatever the reader's time zone; '—' for none. */
export const chinaTime = (iso: string | null | undefined): string => (iso ? chinaSecondText(iso) : '—');
export { chinaDayText, chinaMinuteText };

/** A time span as a countdown shows it: "3 天 04:05:06", "00:00:59"; never negative. */
export function spanText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const hh = String(Math.floor((s % 86_400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `${d} 天 ` : ''}${hh}:${mm}:${ss}`;
}

export const ORG_TYPE_NAMES: Record<string, string> = {
  enterprise: '企业',
  university: '高等院校',
  research_institute: '科研院所',
  broker_agency: '技术转移机构',
  financial_institution: '金融机构',
  bureau: '科技管理部门',
  platform: '平台运营方',
};

export const KIND_NAMES: Record<string, string> = { need: '技术需求', achievement: '科技成果', challenge: '揭榜挂帅' };

export const TRANSFER_MODE_NAMES: Record<string, string> = {
  self_implementation: '自行实施',
  transfer: '转让',
  licence: '许可',
  cooperation: '合作',
  equity: '作价入股',
  other: '其他',
};

export const COOPERATION_MODE_NAMES: Record<string, string> = {
  commissioned_development: '委托开发',
  cooperative_development: '合作开发',
  transfer: '技术转让',
  licence: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
  other: '其他',
};

export const ACHIEVEMENT_TYPE_NAMES: Record<string, string> = {
  applied: '应用技术',
  basic: '基础理论',
  soft: '软科学',
};

/**
 * 技术成熟度 (technology readiness level) 1–9 as GB/T 22900-2022 defines them: the level alone
 * (TRL 6) means nothing to most users, so every place that shows a level shows its meaning.
 */
export const TRL_LEVELS: readonly { level: number; meaning: string }[] = [
  { level: 1, meaning: '基本原理被发现和报告' },
  { level: 2, meaning: '形成技术概念或应用方案' },
  { level: 3, meaning: '关键功能和特性通过分析和实验验证' },
  { level: 4, meaning: '部件或功能模块在实验室环境中验证' },
  { level: 5, meaning: '部件或功能模块在相关环境中验证' },
  { level: 6, meaning: '系统或子系统原型在相关环境中演示' },
  { level: 7, meaning: '系统原型在实际使用环境中演示' },
  { level: 8, meaning: '实际系统完成并通过试验验证' },
  { level: 9, meaning: '实际系统通过实际应用检验' },
];

/** "6 级 · 系统或子系统原型在相关环境中演示" (shown under the name 技术成熟度); "—" without a level. */
export function trlText(level: number | null | undefined): string {
  const t = TRL_LEVELS.find((x) => x.level === level);
  return t ? `${t.level} 级 · ${t.meaning}` : '—';
}

export const ROLE_NAMES: Record<string, string> = {
  org_admin: '机构管理员',
  member: '成员',
  broker: '技术经纪人',
  bureau_staff: '科技局工作人员',
  bureau_admin: '科技局管理员',
  platform_admin: '平台管理员',
};

export const STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  rejected: '已驳回',
  withdrawn: '已撤回',
  closed: '已关闭',
  pending: '待审核',
  verified: '已认证',
};

/** 万元 as typed (up to 6 decimals) → integer fen as a decimal string, exact; undefined when not a number. */
export function wanToFen(wan: string | number | null | undefined): string | undefined {
  return wanToFenExact(wan)?.toString();
}

/** Integer fen → 万元 as a plain decimal string for an input box (exact, no grouping). */
export function fenToWanInput(fen: FenLike | null | undefined): string | undefined {
  if (fen === null || fen === undefined || fen === '') return undefined;
  return fenToWanExact(fen);
}

export const STAGE_NAMES: Record<string, string> = DEAL_STAGE_NAMES;

export const PARTY_STATUS_NAMES: Record<string, string> = { invited: '待接受', accepted: '已接受', declined: '已谢绝' };

/** How a contract's price was set (the server records it from the contract's origin). */
export const PRICE_ROUTE_NAMES: Record<string, string> = {
  agreement: '协议定价',
  listing: '挂牌交易',
  auction: '拍卖（网络竞价）',
  unknown: '未记录',
};

/** What a draft made from a sale still lacks, by field. */
export const INCOMPLETE_NAMES: Record<string, string> = {
  contractSubtypeCode: '合同类型',
  techFieldCode: '技术领域',
  signedOn: '签订日期',
};

/** 挂牌 listings: statuses and modes. */
export const LISTED_SALE_STATUS_NAMES: Record<string, string> = {
  listed: '挂牌中',
  sold: '已成交',
  auctioned: '已转竞价',
  failed: '流标',
  withdrawn: '已撤回',
};
export const LISTING_MODE_NAMES: Record<string, string> = { transfer: '转让', licence: '许可' };

export const CONTRACT_STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  submitted: '待登记',
  rejected: '不予登记',
  certified: '已登记',
};

export const LISTING_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  rejected: 'error',
  withdrawn: 'warning',
  closed: 'default',
};

/** A fresh Idempotency-Key (also outside secure contexts, where crypto.randomUUID is missing). */
export function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export { quoted };

/**
 * A plan document as readers know it, in its one pair of 《》 (bookTitle: never 《《…》》): a plan
 * target's source (the seed's file name before "|" is ours, not the reader's) or the document a
 * reported figure cites, as the clerk typed it.
 */
export const documentTitle = (sourceDoc: string): string => bookTitle(sourceDoc.replace(/^[\w.-]+\s*\|\s*/, ''));
