/**
 * The rules of bidding, pure: the next lowest acceptable bid, whether a bid may be placed, the
 * anti-sniping extension and the outcome at the close. Amounts are integer fen (bigint), times
 * are the database's clock read under the lot's row lock (bidding.service.ts).
 */

export type LotStatus = 'draft' | 'published' | 'sold' | 'unsold' | 'withdrawn';
/** Where a lot stands now: a published lot is scheduled, open or ended (awaiting its close) by time. */
export type AuctionPhase = 'draft' | 'scheduled' | 'open' | 'ended' | 'sold' | 'unsold' | 'withdrawn';

export interface PriceState {
  startingPriceFen: bigint;
  incrementFen: bigint;
  /** null before the first bid. */
  currentPriceFen: bigint | null;
}

/** The lowest bid accepted next: the starting price first, then the current price plus the increment. */
export function nextMinimumBid(s: PriceState): bigint {
  return s.currentPriceFen === null ? s.startingPriceFen : s.currentPriceFen + s.incrementFen;
}

export function phaseOf(status: LotStatus, startsAt: Date, endsAt: Date, now: Date): AuctionPhase {
  if (status !== 'published') return status;
  if (now.getTime() < startsAt.getTime()) return 'scheduled';
  return now.getTime() < endsAt.getTime() ? 'open' : 'ended';
}

/**
 * Anti-sniping: a bid placed within the last `minutes` before the end moves the end to `minutes`
 * after the bid, so that every bidder always has that long to answer the last bid.
 */
export function extendedEnd(endsAt: Date, placedAt: Date, minutes: number): Date {
  const windowMs = minutes * 60_000;
  const answerBy = placedAt.getTime() + windowMs;
  return answerBy > endsAt.getTime() ? new Date(answerBy) : endsAt;
}

export interface BidContext extends PriceState {
  status: LotStatus;
  startsAt: Date;
  endsAt: Date;
  sellerOrgId: string;
}

export interface BidderState {
  orgId: string;
  registered: boolean;
  depositConfirmed: boolean;
}

export type BidRefusal =
  | { kind: 'seller' }
  | { kind: 'not-open'; phase: AuctionPhase }
  | { kind: 'ended' }
  | { kind: 'not-registered' }
  | { kind: 'deposit-unconfirmed' }
  | { kind: 'too-low'; minimumFen: bigint };

/** Why `amount` may not be bid now by `bidder`, or null when it may (checked in this order). */
export function bidRefusal(lot: BidContext, bidder: BidderState, amount: bigint, now: Date): BidRefusal | null {
  if (bidder.orgId === lot.sellerOrgId) return { kind: 'seller' };
  const phase = phaseOf(lot.status, lot.startsAt, lot.endsAt, now);
  if (phase === 'ended') return { kind: 'ended' };
  if (phase !== 'open') return { kind: 'not-open', phase };
  if (!bidder.registered) return { kind: 'not-registered' };
  if (!bidder.depositConfirmed) return { kind: 'deposit-unconfirmed' };
  const minimumFen = nextMinimumBid(lot);
  return amount < minimumFen ? { kind: 'too-low', minimumFen } : null;
}

/**
 * The close: sold to the leader at the current price when there is a bid and it meets the reserve
 * (or there is none); otherwise 流拍 (unsold).
 */
export function closingOutcome(lot: {
  bidCount: number;
  currentPriceFen: bigint | null;
  reservePriceFen: bigint | null;
}): 'sold' | 'unsold' {
  if (lot.bidCount === 0 || lot.currentPriceFen === null) return 'unsold';
  return lot.reservePriceFen === null || lot.currentPriceFen >= lot.reservePriceFen ? 'sold' : 'unsold';
}

/** How the public names a bidder: by its registration order on the lot. */
export const bidderLabel = (no: number): string => `竞买人 ${no}`;
