/**
 * Auction lots and their bidders built through the API: a draft, a published lot open for bids
 * now, a bidder registered with its deposit confirmed by the supervising bureau. Only the
 * clock is moved in SQL (`setLotEnd`): a test cannot wait out an auction.
 */
import { DataSource } from 'typeorm';
import type { TestOrg } from './identity.factory.js';
import { api, idempotencyKey, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';

export interface LotView {
  id: string;
  version: number;
  status: string;
  phase: string;
  startsAt: string;
  endsAt: string;
  currentPriceFen: string | null;
  reservePriceFen: string | null;
  bidCount: number;
  [field: string]: unknown;
}

const HOUR = 3_600_000;

/** A valid lot: 10 万元 to start, 5,000 元 steps, 1 万元 deposit, from now for two hours. */
export const lotBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '一种生物质硬碳负极材料的制备方法（专利权转让）',
  description: '发明专利的专利权转让，含技术秘密与 6 个月技术指导。',
  startingPriceFen: '10000000',
  incrementFen: '500000',
  depositFen: '1000000',
  startsAt: new Date().toISOString(),
  endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  ...overrides,
});

/** A draft of `seller`'s organisation. */
export async function createLot(t: TestApp, seller: Bearer, overrides: Record<string, unknown> = {}): Promise<LotView> {
  return (await api(t, seller).post('/api/auctions', lotBody(overrides)).expect(201)).body;
}

/** Created and published, starting now: open for bids. */
export async function openLot(t: TestApp, seller: Bearer, overrides: Record<string, unknown> = {}): Promise<LotView> {
  const draft = await createLot(t, seller, overrides);
  const res = await api(t, seller).post(`/api/auctions/${draft.id}/publish`, { version: draft.version }).expect(200);
  return res.body;
}

/** `bidder` registers for the lot and `bureau` (over the seller's region) confirms its deposit. */
export async function readyBidder(t: TestApp, lotId: string, bidder: TestOrg, bureau: Bearer): Promise<void> {
  await api(t, bidder).post(`/api/auctions/${lotId}/registrations`, { acceptTerms: true }).expect(201);
  await api(t, bureau)
    .post(`/api/auctions/${lotId}/deposits`, {
      bidderOrgId: bidder.org.id,
      reference: `HD${Date.now()}${bidder.org.id.slice(0, 6)}`,
    })
    .expect(200);
}

/** A bid request with a fresh Idempotency-Key (or the one given). */
export function bid(t: TestApp, who: Bearer, lotId: string, amountFen: string, key = idempotencyKey()) {
  return api(t, who).post(`/api/auctions/${lotId}/bids`, { amountFen }).set('Idempotency-Key', key);
}

/** Moves the lot's clock: it started an hour ago and ends `msFromNow` from now (negative: has ended). */
export async function setLotEnd(t: TestApp, lotId: string, msFromNow: number): Promise<void> {
  await t.app.get(DataSource).query(
    `UPDATE auction_lot SET starts_at = now() - interval '1 hour',
       scheduled_ends_at = now() + $2 * interval '1 millisecond', ends_at = now() + $2 * interval '1 millisecond'
     WHERE id = $1`,
    [lotId, msFromNow],
  );
}
