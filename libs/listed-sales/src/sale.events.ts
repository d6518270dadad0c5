import type { EventInput } from '../../shared/jobs/index.js';

/**
 * Facts this lib publishes (libs/shared/jobs README, "Events"): a sale was settled into a deal
 * and a draft contract; a 挂牌 listing ended (sold, converted to an auction, 流标). Keyed by
 * the listing or lot, so one sale's facts arrive in order.
 */
export const SALE_SETTLED = 'sale.settled';
export const LISTED_SALE_ENDED = 'listed-sale.ended';

export interface SaleSettledEvent {
  route: 'listing' | 'auction';
  sourceId: string;
  dealId: string;
  contractId: string;
  sellerOrgId: string;
  buyerOrgId: string;
}

export interface ListedSaleEndedEvent {
  listingId: string;
  outcome: 'sold' | 'auctioned' | 'failed';
}

export const saleSettled = (e: SaleSettledEvent): EventInput => ({ key: `sale:${e.sourceId}`, payload: { ...e } });
export const listedSaleEnded = (e: ListedSaleEndedEvent): EventInput => ({
  key: `sale:${e.listingId}`,
  payload: { ...e },
});
