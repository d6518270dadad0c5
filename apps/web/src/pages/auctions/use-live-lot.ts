import { useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import { queryClient, queryKey } from '../../api/query';
import type { Bid, BidHistory, Lot } from '../../api/types';

/** The bid history the lot page shows (and the live view appends to). */
export const HISTORY_QUERY = { limit: 500 };

/** A bid as the live view sends it (apps/api/src/auctions/auctions.gateway.ts): bidders only as 竞买人 N. */
interface LiveBid {
  lotId: string;
  seq: number;
  amountFen: string;
  bidder: string;
  bidderNo: number;
  placedAt: string;
  endsAt: string | null;
  extended: boolean;
  prevHash: string;
  hash: string;
}

type JoinAck = { ok: true; lastSeq: number } | { ok: false; error: { code: string; message: string } };

const lotKey = (id: string) => queryKey(`/auctions/${id}`);
const bidsKey = (id: string) => queryKey(`/auctions/${id}/bids`, HISTORY_QUERY);

/**
 * The lot's bids as they are accepted, over socket.io (/api/live, namespace /auctions). On every
 * (re)connection it joins with the last seq the page has, so the server sends what was missed
 * before the live ones; each bid goes straight into the cached history and price, and the lot is
 * read again for what only the server words (leader, names for those who may see them). Answers
 * whether the socket is live: while it is not, the page polls.
 */
export function useLiveLot(lotId: string, active: boolean, myBidderNo: number | null): boolean {
  const [live, setLive] = useState(false);
  const mine = useRef(myBidderNo);
  mine.current = myBidderNo;

  useEffect(() => {
    if (!active) return;
    const socket = io('/auctions', { path: '/api/live', transports: ['websocket'] });
    const lastSeq = () => {
      const items = queryClient.getQueryData<BidHistory>(bidsKey(lotId))?.items ?? [];
      return items.length ? items[items.length - 1]!.seq : 0;
    };
    socket.on('connect', () => {
      // Before the history has loaded, the join asks for everything (and the history's own answer is then ignored).
      socket.emit('join', { lotId, afterSeq: lastSeq() }, (ack: JoinAck) => setLive(ack.ok));
    });
    socket.on('disconnect', () => setLive(false));
    socket.on('connect_error', () => setLive(false));
    socket.on('bid', (b: LiveBid) => {
      if (b.lotId !== lotId) return;
      const history = queryClient.getQueryData<BidHistory>(bidsKey(lotId));
      const last = history?.items.length ? history.items[history.items.length - 1]!.seq : 0;
      if (b.seq <= last) return;
      // Before the history has loaded, its own answer holds this bid (and a later gap is repaired).
      if (history && b.seq === last + 1) {
        const bid: Bid = {
          seq: b.seq,
          bidder: b.bidder,
          bidderOrgId: null,
          mine: mine.current !== null && b.bidderNo === mine.current,
          amountFen: b.amountFen,
          placedAt: b.placedAt,
          prevHash: b.prevHash,
          hash: b.hash,
        };
        queryClient.setQueryData<BidHistory>(bidsKey(lotId), {
          ...history,
          bidCount: b.seq,
          items: [...history.items, bid],
        });
      } else if (history) void queryClient.invalidateQueries({ queryKey: bidsKey(lotId), exact: true });
      queryClient.setQueryData<Lot>(lotKey(lotId), (l) =>
        l
          ? {
              ...l,
              currentPriceFen: b.amountFen,
              bidCount: Math.max(l.bidCount, b.seq),
              nextMinimumBidFen: String(BigInt(b.amountFen) + BigInt(l.incrementFen)),
              endsAt: b.endsAt ?? l.endsAt,
            }
          : l,
      );
      void queryClient.invalidateQueries({ queryKey: lotKey(lotId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKey(`/auctions/${lotId}/bids/verify`), exact: true });
    });
    socket.on('closed', () => {
      void queryClient.invalidateQueries({ queryKey: ['auctions', lotId] });
    });
    return () => {
      socket.disconnect();
      setLive(false);
    };
  }, [lotId, active]);

  return live;
}
