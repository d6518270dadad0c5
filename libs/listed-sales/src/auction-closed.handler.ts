import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AUCTION_CLOSED, type AuctionClosedEvent } from '../../auctions/src/index.js';
import { EventBus, type Job, type JobHandler } from '../../shared/jobs/index.js';
import { SaleSettlementService } from './sale-settlement.service.js';

export const AUCTION_SETTLEMENT_QUEUE = 'listed-sales.auction-settlement';

/**
 * Settles every closed lot (auction.closed): a sale becomes a deal and a draft contract, a
 * 流拍 a notice. Each settlement claims its row first, so a redelivered event does nothing.
 */
@Injectable()
export class AuctionClosedHandler implements JobHandler, OnModuleInit {
  readonly queue = AUCTION_SETTLEMENT_QUEUE;

  constructor(
    private readonly bus: EventBus,
    private readonly settlement: SaleSettlementService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([AUCTION_CLOSED], this);
  }

  async handle(jobs: Job[]): Promise<void> {
    for (const job of jobs) {
      const e = job.payload as unknown as AuctionClosedEvent;
      await this.settlement.settleAuction(e.lotId);
    }
  }
}
