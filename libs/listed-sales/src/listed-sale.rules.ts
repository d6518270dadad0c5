import type { FieldError } from '../../shared/errors/index.js';
import { fenToYuan, groupThousands, toFen, trimZeros } from '../../shared/money/index.js';

/**
 * The listing period when the seller's region sets none, in working days: the 20 working days
 * of formal information disclosure that 企业国有资产交易监督管理办法 (国资委、财政部令第32号)
 * sets for listed transfers on an exchange (README of this lib: the source and its caveat).
 */
export const DEFAULT_LISTING_WORKING_DAYS = 20;
/** The longest period a seller may choose, and the range a bureau may set as its minimum. */
export const MAX_LISTING_WORKING_DAYS = 60;
export const MIN_REGION_LISTING_WORKING_DAYS = 5;

export const LISTING_MODES = ['transfer', 'licence'] as const;
export type ListingMode = (typeof LISTING_MODES)[number];
export const LISTED_SALE_STATUSES = ['listed', 'sold', 'auctioned', 'failed', 'withdrawn'] as const;
export type ListedSaleStatus = (typeof LISTED_SALE_STATUSES)[number];

/** What a seller writes: a version of the listing. Money in fen as decimal strings. */
export interface ListingTermsInput {
  title: string;
  description: string;
  mode: ListingMode;
  priceFen: string;
  depositFen?: string;
  terms: string;
}

export interface ListingTerms {
  title: string;
  description: string;
  mode: ListingMode;
  priceFen: bigint;
  depositFen: bigint;
  terms: string;
}

const fen = (v: string | undefined, fallback: bigint): bigint => {
  if (v === undefined) return fallback;
  try {
    return toFen(v);
  } catch {
    return -1n;
  }
};

/** The terms parsed, or the fields that are wrong (400). */
export function parseListingTerms(i: ListingTermsInput): { terms: ListingTerms; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  const priceFen = fen(i.priceFen, -1n);
  const depositFen = fen(i.depositFen, 0n);
  if (priceFen <= 0n) add('priceFen', '挂牌价必须大于 0');
  if (depositFen < 0n) add('depositFen', '保证金不能为负数');
  if (!i.title.trim()) add('title', '须填写挂牌名称');
  return {
    terms: {
      title: i.title.trim(),
      description: i.description.trim(),
      mode: i.mode,
      priceFen,
      depositFen,
      terms: i.terms.trim(),
    },
    problems,
  };
}

/** A period below the region's minimum (or above the maximum) is refused with the field (400). */
export function periodProblems(days: number, minimum: number): FieldError[] {
  if (!Number.isInteger(days) || days < minimum)
    return [{ field: 'periodWorkingDays', messages: [`挂牌期不能少于 ${minimum} 个工作日`] }];
  if (days > MAX_LISTING_WORKING_DAYS)
    return [{ field: 'periodWorkingDays', messages: [`挂牌期不能超过 ${MAX_LISTING_WORKING_DAYS} 个工作日`] }];
  return [];
}

/** Fields a seller may still change once an organisation declared intent: the text, not the deal it agreed to. */
export const AFTER_INTENT = new Set<keyof ListingTerms>(['title', 'description']);

export type IntentRefusal = 'own' | 'not-listed' | 'ended' | 'twice';

/** Why an organisation may not declare intent now (null: it may). */
export function intentRefusal(l: {
  status: ListedSaleStatus;
  endsAt: Date;
  now: Date;
  sellerOrgId: string;
  callerOrgId: string;
  already: boolean;
}): IntentRefusal | null {
  if (l.sellerOrgId === l.callerOrgId) return 'own';
  if (l.status !== 'listed') return 'not-listed';
  if (l.now.getTime() >= l.endsAt.getTime()) return 'ended';
  if (l.already) return 'twice';
  return null;
}

export type EndOutcome =
  { kind: 'sold'; buyerOrgId: string } | { kind: 'auction'; buyerOrgIds: string[] } | { kind: 'failed' };

/** The end of a period: one qualified buyer buys at the listed price, several bid against each other, none is 流标. */
export function endOutcome(qualified: readonly string[]): EndOutcome {
  if (qualified.length === 1) return { kind: 'sold', buyerOrgId: qualified[0]! };
  if (qualified.length > 1) return { kind: 'auction', buyerOrgIds: [...qualified] };
  return { kind: 'failed' };
}

/** The auction's increment: 1 % of the listed price, rounded up to whole yuan, at least 100 元. */
export function conversionIncrementFen(priceFen: bigint): bigint {
  const onePercent = (priceFen + 99n) / 100n;
  const wholeYuan = ((onePercent + 99n) / 100n) * 100n;
  return wholeYuan < 10_000n ? 10_000n : wholeYuan;
}

/** Hours (China time) of the converted auction's day. */
export const CONVERSION_START_HOUR = 9;
export const CONVERSION_END_HOUR = 16;

/** The converted auction runs on `day` (the first working day after the period), 09:00–16:00 China time. */
export function conversionWindow(day: string): { startsAt: string; endsAt: string } {
  const at = (h: number) => `${day}T${String(h).padStart(2, '0')}:00:00+08:00`;
  return { startsAt: at(CONVERSION_START_HOUR), endsAt: at(CONVERSION_END_HOUR) };
}

/** The end of the period: midnight after its last working day, China time. */
export function periodEnd(lastDay: string): Date {
  const d = new Date(`${lastDay}T00:00:00+08:00`);
  return new Date(d.getTime() + 86_400_000);
}

const yuan = (v: bigint) => `${groupThousands(trimZeros(fenToYuan(v)))} 元`;

/** The rules of the end, announced on the listing from its first day (the same text every buyer reads). */
export function listingRules(t: { priceFen: bigint; depositFen: bigint }): string {
  return [
    '一、挂牌期满，只有一家符合条件的意向受让方的，按挂牌价与其成交，平台生成对接项目和技术合同草稿。',
    `二、有两家及以上符合条件的意向受让方的，转为网络竞价，仅限这些意向受让方参加：起拍价为挂牌价 ${yuan(t.priceFen)}，加价幅度 ${yuan(conversionIncrementFen(t.priceFen))}，保证金 ${yuan(t.depositFen)}（经卖方所在地科技局确认后方可出价），于挂牌期满后的第一个工作日 ${CONVERSION_START_HOUR}:00 至 ${CONVERSION_END_HOUR}:00（北京时间）进行，结束前 5 分钟内有出价的顺延 5 分钟。`,
    '三、没有符合条件的意向受让方的，本次挂牌流标，卖方可以重新挂牌。',
    '四、符合条件的意向受让方：挂牌期内登记意向、接受挂牌价，且期满时仍为平台认证机构；卖方机构不能登记意向。',
  ].join('\n');
}
