import { createHash } from 'node:crypto';
import type { FieldError } from '../../shared/errors/index.js';
import { chinaMinuteText } from '../../shared/labels/index.js';
import { fenToYuan, toFen } from '../../shared/money/index.js';
import type { LotStatus } from './bid.rules.js';

/** A lot as the seller writes it: money in fen as decimal strings, times as ISO 8601 instants. */
export interface LotInput {
  title: string;
  description: string;
  achievementId?: string | null;
  startingPriceFen: string;
  reservePriceFen?: string | null;
  reserveShown?: boolean;
  incrementFen: string;
  depositFen: string;
  startsAt: string;
  endsAt: string;
  antiSnipingMinutes?: number;
  /** The 成交公告 names no winner. */
  winnerAnonymous?: boolean;
}

/** The lot's terms, parsed. */
export interface LotTerms {
  startingPriceFen: bigint;
  reservePriceFen: bigint | null;
  incrementFen: bigint;
  depositFen: bigint;
  startsAt: Date;
  endsAt: Date;
  antiSnipingMinutes: number;
}

export const DEFAULT_ANTI_SNIPING_MINUTES = 5;
/** A start this little in the past still counts as "now" (the seller's clock and the request's trip). */
export const START_GRACE_MS = 60_000;
/** The longest auction: a lot is a live event, not a listing. */
export const MAX_DURATION_DAYS = 30;

const fen = (v: string | null | undefined): bigint | null => {
  if (v === null || v === undefined) return null;
  try {
    return toFen(v);
  } catch {
    return null;
  }
};

export function parseTerms(input: LotInput): LotTerms {
  return {
    startingPriceFen: fen(input.startingPriceFen) ?? 0n,
    reservePriceFen: fen(input.reservePriceFen),
    incrementFen: fen(input.incrementFen) ?? 0n,
    depositFen: fen(input.depositFen) ?? -1n,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    antiSnipingMinutes: input.antiSnipingMinutes ?? DEFAULT_ANTI_SNIPING_MINUTES,
  };
}

/** Everything wrong with a lot's terms, by field, judged at `now` (the start only while it is yet to come). */
export function lotProblems(t: LotTerms, now: Date, o: { checkStart: boolean }): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (t.startingPriceFen <= 0n) add('startingPriceFen', '起拍价必须大于 0');
  if (t.incrementFen <= 0n) add('incrementFen', '加价幅度必须大于 0');
  if (t.depositFen < 0n) add('depositFen', '保证金不能为负数');
  if (t.reservePriceFen !== null && t.reservePriceFen < t.startingPriceFen)
    add('reservePriceFen', '保留价不能低于起拍价');
  const start = t.startsAt.getTime();
  const end = t.endsAt.getTime();
  if (Number.isNaN(start)) add('startsAt', '开始时间不是有效的时间');
  else if (o.checkStart && start < now.getTime() - START_GRACE_MS) add('startsAt', '开始时间不能早于现在');
  if (Number.isNaN(end)) add('endsAt', '结束时间不是有效的时间');
  else if (!Number.isNaN(start) && end <= start) add('endsAt', '结束时间必须晚于开始时间');
  else if (!Number.isNaN(start) && end - start > MAX_DURATION_DAYS * 86_400_000)
    add('endsAt', `竞价时间不能超过 ${MAX_DURATION_DAYS} 天`);
  return problems;
}

/** What a seller may still change: everything in a draft; after publication only the text and, before the first bid, the reserve. */
export type EditRefusal = 'reserve-locked' | 'not-editable';

const AFTER_PUBLICATION = new Set(['title', 'description', 'reservePriceFen', 'reserveShown']);

export function editRefusal(status: LotStatus, bidCount: number, changed: readonly string[]): EditRefusal | null {
  if (status === 'sold' || status === 'unsold' || status === 'withdrawn') return 'not-editable';
  if (bidCount > 0 && changed.some((f) => f === 'reservePriceFen' || f === 'reserveShown')) return 'reserve-locked';
  if (status === 'published' && changed.some((f) => !AFTER_PUBLICATION.has(f))) return 'not-editable';
  return null;
}

/** Withdrawing is possible until the first bid (a bid binds the seller to the rules announced). */
export function withdrawAllowed(status: LotStatus, bidCount: number): boolean {
  return (status === 'draft' || status === 'published') && bidCount === 0;
}

const yuan = (v: bigint) => `${fenToYuan(v)} 元`;

/**
 * The rules a bidder accepts when registering (竞买须知), written from the lot's terms; stored
 * with the registration word for word, with its SHA-256, so what was accepted can be shown later.
 */
export function auctionTerms(
  lot: { title: string; reserveShown: boolean; winnerAnonymous: boolean } & LotTerms,
): string {
  return [
    `竞买须知：${lot.title}`,
    `一、竞价时间：${chinaMinuteText(lot.startsAt)} 至 ${chinaMinuteText(lot.endsAt)}（北京时间），以平台服务器时间为准。`,
    `二、起拍价 ${yuan(lot.startingPriceFen)}，每次加价不少于 ${yuan(lot.incrementFen)}；首次出价不低于起拍价，此后每次出价不低于当前价加上加价幅度。`,
    lot.reservePriceFen === null
      ? '三、本标的不设保留价，有人出价即可成交。'
      : lot.reserveShown
        ? `三、保留价 ${yuan(lot.reservePriceFen)}；竞价结束时最高出价未达保留价的，本次竞价流拍。`
        : '三、本标的设有保留价（不公开）；竞价结束时最高出价未达保留价的，本次竞价流拍。',
    `四、延时规则：结束前 ${lot.antiSnipingMinutes} 分钟内有人出价的，结束时间延长至该出价后 ${lot.antiSnipingMinutes} 分钟。`,
    `五、保证金 ${yuan(lot.depositFen)}，由竞买人按卖方所在地科技局的要求缴纳，经科技局确认（登记银行回单号）后方可出价；平台不收付资金。`,
    '六、出价一经提交不得撤回；出价记录按顺序写入哈希链，任何人可在平台上核验。',
    '七、竞价结束时最高出价者为买受人，须按成交价与卖方签订技术合同。',
    lot.winnerAnonymous
      ? '八、成交公告公布标的和成交价，不公布买受人名称。'
      : '八、成交公告公布标的、成交价和买受人名称。',
  ].join('\n');
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
