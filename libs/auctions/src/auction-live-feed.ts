import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../../shared/config/index.js';
import { PgListener } from '../../shared/database/index.js';
import { AuctionBidRepository, type BidRow } from './auction-bid.repository.js';
import {
  AUCTION_LIVE_CHANNEL,
  isClosedStatus,
  liveBid,
  parseLiveMessage,
  type LiveBid,
  type LiveClosedStatus,
  type LiveLotClosed,
} from './auction-live.rules.js';
import { AuctionLotRepository } from './auction-lot.repository.js';
import { AuctionNotFoundError } from './auctions.errors.js';
import { MAX_BIDS_PAGE } from './bidding.service.js';
import { phaseOf, type AuctionPhase } from './bid.rules.js';

/** How long a join waits for this process's LISTEN connection (its first start). */
const LISTEN_WAIT_MS = 5000;

/** How this process delivers to the watchers of a lot it holds (the gateway's socket.io room). */
export interface LiveSink {
  bid(lotId: string, bid: LiveBid): void;
  closed(lotId: string, closed: LiveLotClosed): void;
}

/** A watcher joining: its missed bids first, then it enters the lot's room. */
export interface LiveWatcher {
  replay(bids: LiveBid[]): void;
  enter(): void;
}

/** The lot as a watcher finds it on joining. */
export interface LiveLotState {
  lotId: string;
  /** The last bid this watcher now has (replayed or earlier): live bids continue from seq + 1. */
  lastSeq: number;
  phase: AuctionPhase;
  endsAt: string;
  serverTime: string;
}

interface LotFeed {
  /** The last seq delivered to this lot's room in this process. */
  lastSeq: number;
  watchers: number;
  closed: boolean;
}

/**
 * The live view of lots in this api process. Bids are committed in whichever process took the
 * request; each bid's transaction NOTIFYs AUCTION_LIVE_CHANNEL, and every process LISTENs on one
 * connection of its own and hands the message to the watchers it holds. Nothing is kept in one
 * process's memory that another needs.
 *
 * Per lot, everything happens in one queue (`run`): joins and deliveries never interleave. A
 * join replays from the database the bids after the watcher's seq up to the room's `lastSeq` and
 * enters the room in the same step, so the next bid the room receives is `lastSeq + 1`: no gap
 * and no duplicate. A message whose seq is not `lastSeq + 1` (a notification lost while the
 * LISTEN connection was down) makes the feed read the missing bids from the table first, and a
 * reconnected listener catches every lot up the same way.
 */
@Injectable()
export class AuctionLiveFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(AuctionLiveFeed.name);
  private readonly feeds = new Map<string, LotFeed>();
  private readonly queues = new Map<string, Promise<void>>();
  private listener?: PgListener;
  private listening?: Promise<void>;
  private sink?: LiveSink;

  constructor(
    private readonly ds: DataSource,
    private readonly db: DatabaseConfig,
    private readonly lots: AuctionLotRepository,
    private readonly bids: AuctionBidRepository,
  ) {}

  /** The transport delivering to this process's watchers (one: the gateway). */
  attach(sink: LiveSink): void {
    this.sink = sink;
  }

  /** Lots this process holds watchers of (health, tests). */
  get lotsWatched(): number {
    return this.feeds.size;
  }

  /** A watcher joins a published lot's live view having seen bids up to `afterSeq`. */
  async join(lotId: string, afterSeq: number, w: LiveWatcher): Promise<LiveLotState> {
    // Without the LISTEN connection a watcher would miss bids: refuse (the page polls) rather than wait.
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('live bids connection not ready')), LISTEN_WAIT_MS);
    });
    await Promise.race([this.listen(), gaveUp]).finally(() => clearTimeout(timer));
    return this.run(lotId, async () => {
      const lot = await this.lots.find(this.ds.manager, lotId);
      // Drafts are the seller's alone (the public GET answers 404 too).
      if (!lot || lot.status === 'draft') throw new AuctionNotFoundError(lotId);
      let feed = this.feeds.get(lotId);
      if (!feed) {
        // Listening already: every bid after this count arrives as a message.
        feed = { lastSeq: lot.bidCount, watchers: 0, closed: false };
        this.feeds.set(lotId, feed);
      }
      const now = await this.lots.clock(this.ds.manager);
      for (let from = afterSeq; from < feed.lastSeq;) {
        const page = (await this.bids.bids(this.ds.manager, lotId, from, MAX_BIDS_PAGE)).filter(
          (b) => b.seq <= feed.lastSeq,
        );
        if (page.length === 0) break;
        w.replay(page.map((b) => replayed(lotId, b)));
        from = page[page.length - 1]!.seq;
      }
      w.enter();
      feed.watchers++;
      return {
        lotId,
        lastSeq: Math.max(afterSeq, feed.lastSeq),
        phase: phaseOf(lot.status, lot.startsAt, lot.endsAt, now),
        endsAt: lot.endsAt.toISOString(),
        serverTime: now.toISOString(),
      };
    });
  }

  /** A watcher left (or disconnected); the last one out drops the lot's feed. */
  leave(lotId: string): Promise<void> {
    return this.run(lotId, async () => {
      const feed = this.feeds.get(lotId);
      if (feed && --feed.watchers <= 0) this.feeds.delete(lotId);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    this.listener = undefined;
    this.listening = undefined;
  }

  /** Starts LISTEN on first use (the worker imports this lib but never watches). */
  private listen(): Promise<void> {
    if (this.listening) return this.listening;
    this.listening = new Promise<void>((ready) => {
      this.listener = new PgListener(this.db.url, AUCTION_LIVE_CHANNEL, {
        message: (payload) => this.heard(payload),
        listening: () => {
          ready();
          this.catchUpAll();
        },
        error: (err) => this.logger.warn(`live bids connection lost, reconnecting: ${String(err)}`),
      });
      this.listener.start();
    });
    return this.listening;
  }

  private heard(payload: string): void {
    const m = parseLiveMessage(payload);
    if (!m) return;
    const lotId = m.lotId;
    void this.run(lotId, async () => {
      const feed = this.feeds.get(lotId);
      if (!feed) return;
      if (m.t === 'closed') {
        await this.catchUp(lotId, feed, Number.MAX_SAFE_INTEGER);
        this.announceClosed(lotId, feed, m.status);
        return;
      }
      const { t: _t, ...bid } = m;
      if (bid.seq <= feed.lastSeq) return;
      await this.catchUp(lotId, feed, bid.seq);
      this.sink?.bid(lotId, bid);
      feed.lastSeq = bid.seq;
    }).catch((err: unknown) => this.logger.error(`live delivery failed for lot ${lotId}: ${String(err)}`));
  }

  /** Delivers, from the table, the bids after the room's last one and before `beforeSeq`. */
  private async catchUp(lotId: string, feed: LotFeed, beforeSeq: number): Promise<void> {
    while (feed.lastSeq + 1 < beforeSeq) {
      const page = (await this.bids.bids(this.ds.manager, lotId, feed.lastSeq, MAX_BIDS_PAGE)).filter(
        (b) => b.seq < beforeSeq,
      );
      if (page.length === 0) return;
      for (const b of page) {
        this.sink?.bid(lotId, replayed(lotId, b));
        feed.lastSeq = b.seq;
      }
    }
  }

  /** After (re)connecting: what was notified while nobody listened is read from the tables. */
  private catchUpAll(): void {
    for (const lotId of this.feeds.keys())
      void this.run(lotId, async () => {
        const feed = this.feeds.get(lotId);
        if (!feed) return;
        await this.catchUp(lotId, feed, Number.MAX_SAFE_INTEGER);
        const lot = await this.lots.find(this.ds.manager, lotId);
        if (lot && isClosedStatus(lot.status)) this.announceClosed(lotId, feed, lot.status);
      }).catch((err: unknown) => this.logger.error(`live catch-up failed for lot ${lotId}: ${String(err)}`));
  }

  private announceClosed(lotId: string, feed: LotFeed, status: LiveClosedStatus): void {
    if (feed.closed) return;
    feed.closed = true;
    this.sink?.closed(lotId, { lotId, status });
  }

  /** Runs `work` after everything queued before it for this lot. */
  private run<T>(lotId: string, work: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(lotId) ?? Promise.resolve()).then(work);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(lotId, tail);
    void tail.then(() => {
      if (this.queues.get(lotId) === tail) this.queues.delete(lotId);
    });
    return next;
  }
}

/** A bid read back from the table: its end-time effect is not stored (the lot's current end is what counts). */
function replayed(lotId: string, b: BidRow): LiveBid {
  return liveBid({
    lotId,
    seq: b.seq,
    amountFen: b.amountFen,
    bidderNo: b.bidderNo,
    placedAt: b.placedAt.toISOString(),
    endsAt: null,
    extended: false,
    prevHash: b.prevHash,
    hash: b.hash,
  });
}
