import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type JsonView, type Page, type PageRequest } from '../../shared/http/index.js';
import { toFen } from '../../shared/money/index.js';
import { AuctionOverviewRepository, type MyBiddingRow, type SupervisedLotRow } from './auction-overview.repository.js';
import { nextMinimumBid, phaseOf, type AuctionPhase } from './bid.rules.js';

/**
 * 我的竞拍: a registration of the caller's organisation, its lot and its own bids; `leading`: the
 * caller's organisation leads now (open lot), `won`: it won (sold lot).
 */
export type MyBiddingView = JsonView<Omit<MyBiddingRow, 'incrementFen' | 'startingPriceFen'>> & {
  phase: AuctionPhase;
  nextMinimumBidFen: string;
};

/** A published lot a bureau supervises, with the deposits still to confirm. */
export type SupervisedLotView = JsonView<Omit<SupervisedLotRow, 'status'>> & { phase: AuctionPhase };

/** Lists across lots: a bidder's registrations, a bureau's lots with deposits to confirm (results: 成交公告 in libs/listed-sales). */
@Injectable()
export class AuctionOverviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly overview: AuctionOverviewRepository,
  ) {}

  async myBidding(principal: Principal, q: PageRequest): Promise<Page<MyBiddingView>> {
    const [rows, total] = await this.overview.myBidding(this.ds.manager, principal.orgId, pageOffset(q), q.pageSize);
    const now = new Date();
    return toPage(
      rows.map(({ incrementFen, startingPriceFen, ...r }) => ({
        ...r,
        phase: phaseOf(r.status, r.startsAt, r.endsAt, now),
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        nextMinimumBidFen: String(
          nextMinimumBid({
            startingPriceFen: toFen(startingPriceFen),
            incrementFen: toFen(incrementFen),
            currentPriceFen: r.currentPriceFen === null ? null : toFen(r.currentPriceFen),
          }),
        ),
        leading: r.leading && r.status === 'published',
      })),
      total,
      q,
    );
  }

  /** A bureau's lots (its region subtree, from its record) or, for the platform, every region's. */
  async supervised(principal: Principal, q: PageRequest & { pendingOnly?: boolean }): Promise<Page<SupervisedLotView>> {
    const root = principal.roles.includes('platform_admin') ? null : principal.regionCode;
    const [rows, total] = await this.overview.supervised(
      this.ds.manager,
      root,
      q.pendingOnly === true,
      pageOffset(q),
      q.pageSize,
    );
    const now = new Date();
    return toPage(
      rows.map(({ status, ...r }) => ({
        ...r,
        phase: phaseOf(status, r.startsAt, r.endsAt, now),
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
      })),
      total,
      q,
    );
  }
}
