import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { toFen } from '../../shared/money/index.js';
import { AuctionLotRepository } from './auction-lot.repository.js';
import { AUCTION_CLOSED, auctionEventKey, type AuctionClosedEvent } from './auction.events.js';
import { closingOutcome } from './bid.rules.js';

const BATCH = 50;

/**
 * Closes published lots past their end: sold to the leader at the current price when it meets
 * the reserve (or there is none and someone bid), else 流拍. The worker runs it on a schedule
 * (the worker.auction-closing schedule in apps/worker/src/schedules.ts).
 *
 * Each batch locks its lots FOR NO KEY UPDATE SKIP LOCKED and re-reads the end under the lock,
 * so a bid in flight (which holds the lot's lock and may extend the end) is decided first and the
 * lot is taken again next round if still due. Every close publishes `auction.closed`: a sale is
 * where the next slice makes the deal and the draft contract at the hammer price (not done here).
 */
@Injectable()
export class AuctionClosing {
  constructor(
    private readonly ds: DataSource,
    private readonly lots: AuctionLotRepository,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  /** Closes every lot due now; answers how many. */
  async closeDue(): Promise<{ sold: number; unsold: number }> {
    const total = { sold: 0, unsold: 0 };
    for (;;) {
      const batch = await this.ds.transaction(async (em) => {
        const due = await this.lots.lockDue(em, BATCH);
        for (const lot of due) {
          const status = closingOutcome({
            bidCount: lot.bidCount,
            currentPriceFen: lot.currentPriceFen === null ? null : toFen(lot.currentPriceFen),
            reservePriceFen: lot.reservePriceFen === null ? null : toFen(lot.reservePriceFen),
          });
          const sold = status === 'sold';
          await this.lots.close(em, lot.id, {
            status,
            hammerPriceFen: sold ? lot.currentPriceFen : null,
            winnerOrgId: sold ? lot.leaderOrgId : null,
          });
          const event: AuctionClosedEvent = { lotId: lot.id, status };
          await this.events.publish(em, AUCTION_CLOSED, { key: auctionEventKey(lot.id), payload: { ...event } });
          await this.audit.record(em, {
            actor: null,
            action: sold ? 'auction.sold' : 'auction.unsold',
            targetType: 'auction_lot',
            targetId: lot.id,
            regionCode: lot.sellerRegionCode,
            before: { status: 'published' },
            after: { status, hammerPriceFen: sold ? lot.currentPriceFen : null, bids: lot.bidCount },
          });
          total[status]++;
        }
        return due.length;
      });
      if (batch < BATCH) return total;
    }
  }
}
