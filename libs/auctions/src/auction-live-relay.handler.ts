import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventBus, type Job, type JobHandler } from '../../shared/jobs/index.js';
import { AuctionBidRepository } from './auction-bid.repository.js';
import { AUCTION_CLOSED, type AuctionClosedEvent } from './auction.events.js';

export const AUCTION_LIVE_RELAY_QUEUE = 'auctions.live-closed';

/**
 * Tells the live view that a lot closed (auction.closed, published by the worker's close): a
 * NOTIFY on the live channel reaches every api process's watchers of the lot. Bids need no relay
 * (their transaction NOTIFYs itself); a close is a subscriber here so that the close stays the
 * closing code's alone. Sending it twice is harmless: a feed announces a close once.
 */
@Injectable()
export class AuctionLiveRelayHandler implements JobHandler, OnModuleInit {
  readonly queue = AUCTION_LIVE_RELAY_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly bids: AuctionBidRepository,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([AUCTION_CLOSED], this);
  }

  async handle(jobs: Job[]): Promise<void> {
    await this.ds.transaction(async (em) => {
      for (const job of jobs) {
        const e = job.payload as unknown as AuctionClosedEvent;
        await this.bids.announce(em, { t: 'closed', lotId: e.lotId, status: e.status });
      }
    });
  }
}
