import { toFen } from '../../shared/money/index.js';
import type { BidRow, RegistrationRow } from './auction-bid.repository.js';
import type { LotRow } from './auction-lot.repository.js';
import { bidderLabel, nextMinimumBid, phaseOf, type AuctionPhase, type LotStatus } from './bid.rules.js';
import type { JsonView } from '../../shared/http/index.js';

/**
 * Who reads a lot decides what it shows: the supervising bureau (the seller's region subtree)
 * and the platform see bidders by name and the reserve; the seller sees its reserve, and its
 * bidders by name once the lot has closed; everyone else sees bidders as 竞买人 1, 2, … (their
 * registration order) and the reserve only if the seller chose to show it.
 */
export type Audience = 'supervisor' | 'seller' | 'public';

/** The lot as this reader may see it: the stored lot without who leads or won (named per audience below). */
export type LotView = JsonView<Omit<LotRow, HiddenLotFields>> & {
  phase: AuctionPhase;
  hasReserve: boolean;
  nextMinimumBidFen: string;
  /** The leader and the winner as this audience may name them (竞买人 N, or the name; a sold lot's winner as its 成交公告 does). */
  leader: string | null;
  winner: string | null;
  /** A lot converted from a 挂牌 listing: only the organisations that declared intent may register. */
  restricted: boolean;
  /** The server's clock when answering: countdowns run from it, not from the reader's clock. */
  serverTime: string;
  /** The caller's own registration, when it has one. */
  myRegistration: { bidderNo: number; depositConfirmed: boolean } | null;
};
type HiddenLotFields = 'leaderOrgId' | 'headHash' | 'winnerOrgId' | 'createdAt' | 'createdBy' | 'eligibleOrgIds';

export interface BidView {
  seq: number;
  bidder: string;
  bidderOrgId: string | null;
  mine: boolean;
  amountFen: string;
  placedAt: string;
  prevHash: string;
  hash: string;
}

export interface RegistrationView {
  bidder: string;
  bidderOrgId: string | null;
  bidderNo: number;
  registeredAt: string;
  termsSha256: string;
  depositConfirmed: boolean;
  depositReference: string | null;
  depositConfirmedAt: string | null;
}

const CLOSED: readonly LotStatus[] = ['sold', 'unsold'];

/** The audience of a caller on a lot; `within` is the region subtree check (RegionService, from memory). */
export function audienceOf(
  lot: { sellerOrgId: string; sellerRegionCode: string },
  caller: { orgId: string; orgType: string; regionCode: string; roles: readonly string[] } | undefined,
  within: (code: string, ancestor: string) => boolean,
): Audience {
  if (!caller) return 'public';
  if (caller.roles.includes('platform_admin')) return 'supervisor';
  const bureau = caller.orgType === 'bureau' && caller.roles.some((r) => r === 'bureau_admin' || r === 'bureau_staff');
  if (bureau && within(lot.sellerRegionCode, caller.regionCode)) return 'supervisor';
  return caller.orgId === lot.sellerOrgId ? 'seller' : 'public';
}

/** Whether this audience reads bidders' names on this lot. */
export function namesBidders(audience: Audience, status: LotStatus): boolean {
  return audience === 'supervisor' || (audience === 'seller' && CLOSED.includes(status));
}

export function lotView(
  l: LotRow,
  o: {
    audience: Audience;
    now: Date;
    bidderNos: Map<string, { no: number; name: string }>;
    mine: RegistrationRow | null;
  },
): LotView {
  const named = namesBidders(o.audience, l.status);
  const who = (orgId: string | null): string | null => {
    if (orgId === null) return null;
    const b = o.bidderNos.get(orgId);
    if (!b) return null;
    return named ? b.name : bidderLabel(b.no);
  };
  // Once sold, the 成交公告 names the winner for everyone unless the seller chose an anonymous
  // notice; the lot's page says the same, with the number its bid history shows.
  const winner = (orgId: string | null): string | null => {
    const b = orgId === null ? undefined : o.bidderNos.get(orgId);
    if (!b || named || l.status !== 'sold' || l.winnerAnonymous) return who(orgId);
    return `${b.name}（${bidderLabel(b.no)}）`;
  };
  const reserveVisible = l.reserveShown || o.audience !== 'public';
  const { leaderOrgId, headHash: _hash, winnerOrgId, createdAt: _at, createdBy: _by, eligibleOrgIds, ...shown } = l;
  return {
    ...shown,
    phase: phaseOf(l.status, l.startsAt, l.endsAt, o.now),
    // The reserve: for the supervising bureau and the seller always, for the public if the seller shows it.
    reservePriceFen: reserveVisible ? l.reservePriceFen : null,
    hasReserve: l.reservePriceFen !== null,
    startsAt: l.startsAt.toISOString(),
    scheduledEndsAt: l.scheduledEndsAt.toISOString(),
    endsAt: l.endsAt.toISOString(),
    nextMinimumBidFen: String(
      nextMinimumBid({
        startingPriceFen: toFen(l.startingPriceFen),
        incrementFen: toFen(l.incrementFen),
        currentPriceFen: l.currentPriceFen === null ? null : toFen(l.currentPriceFen),
      }),
    ),
    leader: who(leaderOrgId),
    winner: winner(winnerOrgId),
    restricted: eligibleOrgIds !== null,
    closedAt: l.closedAt ? l.closedAt.toISOString() : null,
    serverTime: o.now.toISOString(),
    myRegistration: o.mine ? { bidderNo: o.mine.bidderNo, depositConfirmed: o.mine.depositConfirmedAt !== null } : null,
  };
}

/**
 * A bid as this audience reads it. The bidder's organisation id stays in the chain entry
 * everyone may verify (bidHash covers it): ids are opaque, the name is what is withheld.
 */
export function bidView(b: BidRow, audience: Audience, status: LotStatus, callerOrgId: string | undefined): BidView {
  return {
    seq: b.seq,
    bidder: namesBidders(audience, status) ? b.bidderName : bidderLabel(b.bidderNo),
    bidderOrgId: b.bidderOrgId,
    mine: callerOrgId !== undefined && b.bidderOrgId === callerOrgId,
    amountFen: b.amountFen,
    placedAt: b.placedAt.toISOString(),
    prevHash: b.prevHash,
    hash: b.hash,
  };
}

export function registrationView(r: RegistrationRow, audience: Audience, status: LotStatus): RegistrationView {
  const named = namesBidders(audience, status);
  return {
    bidder: named ? r.bidderName : bidderLabel(r.bidderNo),
    bidderOrgId: named ? r.bidderOrgId : null,
    bidderNo: r.bidderNo,
    registeredAt: r.registeredAt.toISOString(),
    termsSha256: r.termsSha256,
    depositConfirmed: r.depositConfirmedAt !== null,
    depositReference: audience === 'supervisor' ? r.depositReference : null,
    depositConfirmedAt: r.depositConfirmedAt ? r.depositConfirmedAt.toISOString() : null,
  };
}
