import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { toFen } from '../../shared/money/index.js';
import { AuctionOverviewRepository } from './auction-overview.repository.js';
import { nextMinimumBid, phaseOf, type AuctionPhase, type LotStatus } from './bid.rules.js';

/** 我的竞拍: a registration of the caller's organisation, its lot and its own bids. */
export interface MyBiddingView {
  lotId: string;
  title: string;
  sellerName: string;
  status: LotStatus;
  phase: AuctionPhase;
  startsAt: string;
  endsAt: string;
  currentPriceFen: string | null;
  nextMinimumBidFen: string;
  hammerPriceFen: string | null;
  bidderNo: number;
  depositFen: string;
  depositConfirmed: boolean;
  myBidCount: number;
  myHighestFen: string | null;
  /** The caller's organisation leads now (open lot) … */
  leading: boolean;
  /** … or won (sold lot). */
  won: boolean;
}

/** A published lot a bureau supervises, with the deposits still to confirm. */
export interface SupervisedLotView {
  lotId: string;
  title: string;
  sellerName: string;
  sellerRegionCode: string;
  phase: AuctionPhase;
  startsAt: string;
  endsAt: string;
  depositFen: string;
  bidderCount: number;
  pendingDeposits: number;
}

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
      rows.map((r) => ({
        lotId: r.lotId,
        title: r.title,
        sellerName: r.sellerName,
        status: r.status,
        phase: phaseOf(r.status, r.startsAt, r.endsAt, now),
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        currentPriceFen: r.currentPriceFen,
        nextMinimumBidFen: String(
          nextMinimumBid({
            startingPriceFen: toFen(r.startingPriceFen),
            incrementFen: toFen(r.incrementFen),
            currentPriceFen: r.currentPriceFen === null ? null : toFen(r.currentPriceFen),
          }),
        ),
        hammerPriceFen: r.hammerPriceFen,
        bidderNo: r.bidderNo,
        depositFen: r.depositFen,
        depositConfirmed: r.depositConfirmed,
        myBidCount: r.myBidCount,
        myHighestFen: r.myHighestFen,
        leading: r.leading && r.status === 'published',
        won: r.won,
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
      rows.map((r) => ({
        lotId: r.lotId,
        title: r.title,
        sellerName: r.sellerName,
        sellerRegionCode: r.sellerRegionCode,
        phase: phaseOf(r.status, r.startsAt, r.endsAt, now),
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        depositFen: r.depositFen,
        bidderCount: r.bidderCount,
        pendingDeposits: r.pendingDeposits,
      })),
      total,
      q,
    );
  }
}
