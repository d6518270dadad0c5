import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuctionsService } from '../../auctions/src/index.js';
import { WorkCalendarService } from '../../contracts/src/index.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { ListedSaleRepository, type ListedSaleRow } from './listed-sale.repository.js';
import { conversionIncrementFen, conversionWindow, endOutcome } from './listed-sale.rules.js';
import { LISTED_SALE_ENDED, listedSaleEnded } from './sale.events.js';
import { SaleSettlementService } from './sale-settlement.service.js';
import { chinaDayText } from '../../shared/labels/index.js';

const BATCH = 20;

/**
 * Ends 挂牌 listings past their period, on the worker's schedule: one qualified buyer buys at
 * the listed price (deal and draft contract, as an auction sale does), several are put into an
 * auction among exactly them on the rules the listing announced, none is 流标. A qualified
 * buyer declared intent during the period and is still a verified organisation at the end.
 *
 * Each batch locks its listings FOR NO KEY UPDATE SKIP LOCKED: an intent in flight (which holds
 * the listing's lock and checks the end itself) is decided first, and two workers never end
 * the same listing.
 */
@Injectable()
export class ListedSaleClosing {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ListedSaleRepository,
    private readonly directory: OrgDirectoryService,
    private readonly auctions: AuctionsService,
    private readonly calendar: WorkCalendarService,
    private readonly settlement: SaleSettlementService,
    private readonly events: EventBus,
  ) {}

  async closeDue(): Promise<{ sold: number; auctioned: number; failed: number }> {
    const total = { sold: 0, auctioned: 0, failed: 0 };
    for (;;) {
      const n = await this.ds.transaction(async (em) => {
        const due = await this.repo.lockDue(em, BATCH);
        for (const row of due) total[await this.end(em, row)]++;
        return due.length;
      });
      if (n < BATCH) return total;
    }
  }

  private async end(em: EntityManager, row: ListedSaleRow): Promise<'sold' | 'auctioned' | 'failed'> {
    const intents = await this.repo.intents(em, row.id);
    const orgs = await this.directory.summaries(
      intents.map((i) => i.buyerOrgId),
      em,
    );
    const qualified = intents.filter((i) => orgs.get(i.buyerOrgId)?.verified === true);
    const outcome = endOutcome(qualified.map((i) => i.buyerOrgId));
    if (outcome.kind === 'sold') {
      const buyer = qualified[0]!;
      await this.settlement.settleIn(em, {
        route: 'listing',
        sourceId: row.id,
        title: row.title,
        sellerOrgId: row.sellerOrgId,
        sellerRegionCode: row.sellerRegionCode,
        sellerUserId: row.createdBy,
        buyerOrgId: buyer.buyerOrgId,
        buyerUserId: buyer.declaredBy,
        priceFen: BigInt(row.priceFen),
        achievementId: row.achievementId,
        contractTypeCode: row.mode,
        winnerShown: true,
      });
      await this.repo.end(em, row.id, { status: 'sold', buyerOrgId: buyer.buyerOrgId });
    } else if (outcome.kind === 'auction') {
      // The first working day after today: the window is always ahead, however late this run is.
      const day = await this.calendar.addWorkingDays(em, chinaDayText(new Date()), 1);
      const lotId = await this.auctions.openForListing(
        em,
        { orgId: row.sellerOrgId, regionCode: row.sellerRegionCode, userId: row.createdBy },
        {
          title: row.title,
          description: `${row.description}\n（由挂牌转为竞价，仅限挂牌期内登记意向的受让方参加。）`
            .trim()
            .slice(0, 5000),
          achievementId: row.achievementId,
          startingPriceFen: row.priceFen,
          incrementFen: String(conversionIncrementFen(BigInt(row.priceFen))),
          depositFen: row.depositFen,
          ...conversionWindow(day),
          antiSnipingMinutes: 5,
        },
        outcome.buyerOrgIds,
      );
      await this.repo.end(em, row.id, { status: 'auctioned', auctionLotId: lotId });
    } else {
      await this.settlement.unsoldIn(em, {
        route: 'listing',
        sourceId: row.id,
        title: row.title,
        sellerOrgId: row.sellerOrgId,
        sellerRegionCode: row.sellerRegionCode,
      });
      await this.repo.end(em, row.id, { status: 'failed' });
    }
    const status = outcome.kind === 'auction' ? 'auctioned' : outcome.kind;
    await this.events.publish(em, LISTED_SALE_ENDED, listedSaleEnded({ listingId: row.id, outcome: status }));
    return status;
  }
}
