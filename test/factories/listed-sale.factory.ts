/**
 * 挂牌 listings built through the API: a seller's published achievement listed at a price, an
 * intent, and the end of the period (only the clock is moved in SQL: a test cannot wait out 20
 * working days).
 */
import { DataSource } from 'typeorm';
import { ListedSaleClosing } from '../../libs/listed-sales/src/index.js';
import { JobRunner } from '../../libs/shared/jobs/index.js';
import { api, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';
import { publishedListing } from './listing.factory.js';

export interface ListedSaleView {
  id: string;
  version: number;
  status: string;
  currentVersion: number;
  priceFen: string;
  auctionLotId: string | null;
  [field: string]: unknown;
}

/** A valid listing of `achievementId`: 50 万元, transfer. */
export const listedSaleBody = (achievementId: string, overrides: Record<string, unknown> = {}) => ({
  achievementId,
  title: '一种生物质硬碳负极材料的制备方法（专利权转让）',
  description: '发明专利的专利权转让，含 6 个月技术指导。',
  mode: 'transfer',
  priceFen: '50000000',
  terms: '一次性付款；合同生效后 30 日内办理专利权转移登记。',
  ...overrides,
});

/** A published achievement of `seller` (approved by `reviewer`, a bureau over its region). */
export async function saleableAchievement(t: TestApp, seller: Bearer, reviewer: Bearer): Promise<string> {
  return (await publishedListing(t, seller, 'achievements', { techFieldCode: '05' }, { reviewer })).id;
}

export async function createListedSale(
  t: TestApp,
  seller: Bearer,
  achievementId: string,
  overrides: Record<string, unknown> = {},
): Promise<ListedSaleView> {
  return (await api(t, seller).post('/api/listed-sales', listedSaleBody(achievementId, overrides)).expect(201)).body;
}

export function declareIntent(t: TestApp, buyer: Bearer, listingId: string, terms = '接受挂牌价，一次性付款。') {
  return api(t, buyer).post(`/api/listed-sales/${listingId}/intents`, { terms });
}

/** Moves the listing's end into the past and runs the close (as the worker's schedule does), then the job queue. */
export async function endListedSale(t: TestApp, listingId: string): Promise<void> {
  await t.app
    .get(DataSource)
    .query(
      `UPDATE listed_sale SET starts_at = now() - interval '1 hour', ends_at = now() - interval '1 second' WHERE id = $1`,
      [listingId],
    );
  await t.app.get(ListedSaleClosing).closeDue();
  await t.app.get(JobRunner).drainUntilIdle();
}
