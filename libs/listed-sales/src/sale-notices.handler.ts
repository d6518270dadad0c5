import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../../notifications/src/index.js';
import { EventBus, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { ListedSaleRepository } from './listed-sale.repository.js';
import { LISTED_SALE_ENDED, SALE_SETTLED, type ListedSaleEndedEvent, type SaleSettledEvent } from './sale.events.js';

export const SALE_NOTICES_QUEUE = 'listed-sales.notices';

/**
 * Tells the parties of a sale that it was settled (both: the deal and the draft contract are
 * theirs to complete), and the seller and intending buyers how a 挂牌 listing ended.
 */
@Injectable()
export class SaleNoticesHandler implements JobHandler, OnModuleInit {
  readonly queue = SALE_NOTICES_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly listings: ListedSaleRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe([SALE_SETTLED, LISTED_SALE_ENDED], this);
  }

  handle(jobs: Job[], ctx: JobContext): Promise<void> {
    return this.notifications.notifyEach(ctx, jobs, (job) =>
      job.topic === SALE_SETTLED
        ? this.settled(job, job.payload as unknown as SaleSettledEvent)
        : this.ended(job, job.payload as unknown as ListedSaleEndedEvent),
    );
  }

  private settled(job: Job, e: SaleSettledEvent): Promise<NotificationInput[]> {
    const how = e.route === 'auction' ? '网络竞价' : '挂牌交易';
    return Promise.resolve(
      [e.sellerOrgId, e.buyerOrgId].map((org) => ({
        recipientOrgId: org,
        kind: 'sale_concluded',
        title: `${how}已成交`,
        body: `${how}已成交，平台已生成对接项目和技术合同草稿。请卖方补充合同类型、技术领域和签订日期后提交登记。`,
        link: `/contracts/${e.contractId}`,
        payload: { dealId: e.dealId, contractId: e.contractId },
        mail: true,
        dedupeKey: `${SALE_SETTLED}:${job.id}:${org}`,
      })),
    );
  }

  private async ended(job: Job, e: ListedSaleEndedEvent): Promise<NotificationInput[]> {
    const listing = await this.listings.find(this.ds.manager, e.listingId);
    if (!listing || e.outcome === 'sold') return [];
    const intents = await this.listings.intents(this.ds.manager, e.listingId);
    const text =
      e.outcome === 'failed'
        ? `挂牌「${listing.title}」期满没有符合条件的意向受让方，已流标；可以重新挂牌。`
        : `挂牌「${listing.title}」期满有 ${intents.length} 家意向受让方，已转为网络竞价（仅限这些意向受让方参加）。`;
    const to = [listing.sellerOrgId, ...(e.outcome === 'auctioned' ? intents.map((i) => i.buyerOrgId) : [])];
    return to.map((org) => ({
      recipientOrgId: org,
      kind: 'listing_ended',
      title: e.outcome === 'failed' ? `挂牌流标：${listing.title}` : `挂牌转为竞价：${listing.title}`,
      body: text,
      link:
        e.outcome === 'auctioned' && listing.auctionLotId
          ? `/auctions/${listing.auctionLotId}`
          : `/listed-sales/${listing.id}`,
      payload: { listingId: listing.id },
      mail: true,
      dedupeKey: `${LISTED_SALE_ENDED}:${job.id}:${org}`,
    }));
  }
}
