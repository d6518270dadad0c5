import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuctionsService } from '../../auctions/src/index.js';
import { SaleDealService } from '../../brokerage/src/index.js';
import { ContractsService } from '../../contracts/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import { SalesConfig } from '../../shared/config/index.js';
import { fenToYuan } from '../../shared/money/index.js';
import { pageOffset, toPage, type JsonView, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import {
  SaleSettlementRepository,
  type NoticeInput,
  type SaleNoticeRow,
  type SaleRoute,
} from './sale-settlement.repository.js';
import { SALE_SETTLED, saleSettled } from './sale.events.js';

/** One sale as the settlement needs it, from the selling lib's records. */
export interface Sale {
  route: SaleRoute;
  sourceId: string;
  title: string;
  sellerOrgId: string;
  sellerRegionCode: string;
  sellerUserId: string;
  buyerOrgId: string;
  buyerUserId: string;
  priceFen: bigint;
  achievementId: string | null;
  /** 'transfer' / 'licence' when the sale said which. */
  contractTypeCode: string | null;
  winnerShown: boolean;
}

/** A 成交公告 as shown; `winnerName` is null for 流拍/流标 and when the sale chose not to name its winner. */
export type SaleNoticeView = JsonView<SaleNoticeRow>;

const noticeView = (r: SaleNoticeRow): SaleNoticeView => ({
  ...r,
  publishedAt: r.publishedAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
});

/**
 * Turns a sale (a lot sold at auction, a 挂牌 listing with one buyer) into a signed deal between
 * the seller and the buyer and a draft technology contract at the sale's price, once: the
 * settlement row is claimed first in the same transaction, so a replayed event or a second
 * worker finds it and makes nothing. Every outcome (sold, 流拍, 流标) is published as a 成交公告
 * for SALE_NOTICE_DAYS.
 */
@Injectable()
export class SaleSettlementService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: SaleSettlementRepository,
    private readonly auctions: AuctionsService,
    private readonly deals: SaleDealService,
    private readonly contracts: ContractsService,
    private readonly listings: ListingReader,
    private readonly events: EventBus,
    private readonly config: SalesConfig,
  ) {}

  /** A closed lot (auction.closed): sold → deal, contract and notice; 流拍 → notice. Answers whether it did anything. */
  async settleAuction(lotId: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const lot = await this.auctions.saleRecord(em, lotId);
      if (!lot || (lot.status !== 'sold' && lot.status !== 'unsold')) return false;
      if (!(await this.repo.claim(em, 'auction', lotId))) return false;
      const sold = lot.status === 'sold' && lot.winnerOrgId !== null && lot.hammerPriceFen !== null;
      if (!sold) {
        await this.notice(em, {
          route: 'auction',
          sourceId: lotId,
          outcome: 'unsold',
          title: lot.title,
          sellerOrgId: lot.sellerOrgId,
          sellerRegionCode: lot.sellerRegionCode,
        });
        return true;
      }
      await this.settle(em, {
        route: 'auction',
        sourceId: lot.id,
        title: lot.title,
        sellerOrgId: lot.sellerOrgId,
        sellerRegionCode: lot.sellerRegionCode,
        sellerUserId: lot.createdBy,
        buyerOrgId: lot.winnerOrgId!,
        buyerUserId: lot.winnerUserId!,
        priceFen: BigInt(lot.hammerPriceFen!),
        achievementId: lot.achievementId,
        contractTypeCode: null,
        winnerShown: !lot.winnerAnonymous,
      });
      return true;
    });
  }

  /**
   * A sale in the caller's transaction (claimed here): the deal, the draft contract, the notice
   * and `sale.settled`. Answers the deal and contract, or undefined when it was settled before.
   */
  async settleIn(em: EntityManager, sale: Sale): Promise<{ dealId: string; contractId: string } | undefined> {
    if (!(await this.repo.claim(em, sale.route, sale.sourceId))) return undefined;
    return this.settle(em, sale);
  }

  /** 流标 / 流拍 of a listing in the caller's transaction: the notice only. */
  async unsoldIn(
    em: EntityManager,
    s: { route: SaleRoute; sourceId: string; title: string; sellerOrgId: string; sellerRegionCode: string },
  ): Promise<void> {
    await this.notice(em, { ...s, outcome: 'unsold' });
  }

  /** What a sale made (tests, the listing's view). */
  settlement(
    route: SaleRoute,
    sourceId: string,
  ): Promise<{ dealId: string | null; contractId: string | null } | undefined> {
    return this.repo.find(this.ds.manager, route, sourceId);
  }

  /** 成交公告 within their period, the newest first (public). */
  async notices(q: PageRequest): Promise<Page<SaleNoticeView>> {
    const [rows, total] = await this.repo.currentNotices(this.ds.manager, pageOffset(q), q.pageSize);
    return toPage(rows.map(noticeView), total, q);
  }

  private async settle(em: EntityManager, sale: Sale): Promise<{ dealId: string; contractId: string }> {
    const [achievement] = sale.achievementId
      ? await this.listings.publishedDocuments('achievement', [sale.achievementId], em)
      : [];
    const how = sale.route === 'auction' ? '网络竞价成交' : '挂牌交易成交';
    const dealId = await this.deals.open(em, {
      saleRef: `${sale.route}:${sale.sourceId}`,
      title: sale.title,
      achievementId: sale.achievementId,
      sellerOrgId: sale.sellerOrgId,
      sellerUserId: sale.sellerUserId,
      buyerOrgId: sale.buyerOrgId,
      buyerUserId: sale.buyerUserId,
      note: `${how}，成交价 ${fenToYuan(sale.priceFen)} 元；双方按成交规则签订技术合同`,
    });
    const contractId = await this.contracts.createFromSale(em, {
      route: sale.route,
      title: sale.title.length >= 2 ? sale.title : `${sale.title}技术合同`,
      sellerOrgId: sale.sellerOrgId,
      buyerOrgId: sale.buyerOrgId,
      priceFen: sale.priceFen,
      dealId,
      achievementId: sale.achievementId,
      contractTypeCode: sale.contractTypeCode,
      techFieldCode: achievement?.techFieldCode ?? null,
      createdBy: sale.sellerUserId,
    });
    await this.repo.record(em, sale.route, sale.sourceId, dealId, contractId);
    await this.notice(em, {
      route: sale.route,
      sourceId: sale.sourceId,
      outcome: 'sold',
      title: sale.title,
      sellerOrgId: sale.sellerOrgId,
      sellerRegionCode: sale.sellerRegionCode,
      priceFen: String(sale.priceFen),
      winnerOrgId: sale.buyerOrgId,
      winnerShown: sale.winnerShown,
    });
    await this.events.publish(
      em,
      SALE_SETTLED,
      saleSettled({
        route: sale.route,
        sourceId: sale.sourceId,
        dealId,
        contractId,
        sellerOrgId: sale.sellerOrgId,
        buyerOrgId: sale.buyerOrgId,
      }),
    );
    return { dealId, contractId };
  }

  private notice(
    em: EntityManager,
    n: Omit<NoticeInput, 'priceFen' | 'winnerOrgId' | 'winnerShown'> &
      Partial<Pick<NoticeInput, 'winnerShown'>> & { priceFen?: string; winnerOrgId?: string },
  ): Promise<void> {
    return this.repo.insertNotice(em, {
      ...n,
      priceFen: n.priceFen ?? null,
      winnerOrgId: n.winnerOrgId ?? null,
      winnerShown: n.winnerShown ?? false,
      days: this.config.saleNoticeDays,
    });
  }
}
