import { bidderLabel } from './bid.rules.js';

/**
 * What the live view of a lot carries (issue 19, WebSocket slice). Each accepted bid is sent with
 * NOTIFY on AUCTION_LIVE_CHANNEL inside the bid's own transaction, so every api process hears it
 * exactly when it commits, in commit order — whichever process placed it. The message is what the
 * public may read: bidders are 竞买人 N, never named.
 */
export const AUCTION_LIVE_CHANNEL = 'auction_live';

/** One accepted bid as every watcher of the lot receives it. */
export interface LiveBid {
  lotId: string;
  seq: number;
  amountFen: string;
  /** 竞买人 N: the bidder's registration number, the only way the public room names it. */
  bidder: string;
  bidderNo: number;
  placedAt: string;
  /** The lot's end after this bid (later than before when the bid fell in the anti-sniping window); null when replayed. */
  endsAt: string | null;
  extended: boolean;
  /** The bid's link of the lot's hash chain (public: GET /api/auctions/:id/bids lists the same). */
  prevHash: string;
  hash: string;
}

/** A lot closed (sold or 流拍) or was withdrawn: watchers read the result from the lot. */
export interface LiveLotClosed {
  lotId: string;
  status: LiveClosedStatus;
}

export type LiveClosedStatus = 'sold' | 'unsold' | 'withdrawn';
const CLOSED_STATUSES: readonly unknown[] = ['sold', 'unsold', 'withdrawn'];
export const isClosedStatus = (s: unknown): s is LiveClosedStatus => CLOSED_STATUSES.includes(s);

export type LiveMessage = ({ t: 'bid' } & LiveBid) | ({ t: 'closed' } & LiveLotClosed);

export function liveBid(b: Omit<LiveBid, 'bidder'>): LiveBid {
  return { ...b, bidder: bidderLabel(b.bidderNo) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A NOTIFY payload back into a message; anything else on the channel is ignored (null). */
export function parseLiveMessage(payload: string): LiveMessage | null {
  let m: unknown;
  try {
    m = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  if (typeof o.lotId !== 'string' || !UUID.test(o.lotId)) return null;
  if (o.t === 'closed' && isClosedStatus(o.status)) return { t: 'closed', lotId: o.lotId, status: o.status };
  if (
    o.t === 'bid' &&
    Number.isSafeInteger(o.seq) &&
    (o.seq as number) > 0 &&
    typeof o.amountFen === 'string' &&
    /^\d+$/.test(o.amountFen) &&
    Number.isSafeInteger(o.bidderNo) &&
    typeof o.placedAt === 'string' &&
    (o.endsAt === null || typeof o.endsAt === 'string') &&
    typeof o.prevHash === 'string' &&
    typeof o.hash === 'string'
  )
    return {
      t: 'bid',
      ...liveBid({
        lotId: o.lotId,
        seq: o.seq as number,
        amountFen: o.amountFen,
        bidderNo: o.bidderNo as number,
        placedAt: o.placedAt,
        endsAt: o.endsAt as string | null,
        extended: o.extended === true,
        prevHash: o.prevHash,
        hash: o.hash,
      }),
    };
  return null;
}
