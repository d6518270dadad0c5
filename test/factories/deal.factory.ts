/**
 * Brokerage deals through the API:
 *
 *   const deal = await openDeal(t, broker, { seller, buyer });          // lead, parties invited
 *   const ready = await acceptedDeal(t, broker, { seller, buyer });     // both parties accepted
 *   const signed = await signedDeal(t, broker, { seller, buyer });      // …and moved to signed
 */
import { api, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';
import type { TestOrg } from './identity.factory.js';

export interface DealView {
  id: string;
  version: number;
  stage: string;
  [field: string]: unknown;
}

export interface DealParties {
  seller: TestOrg;
  buyer: TestOrg;
}

/** The stages a deal passes through before it can be signed, in order. */
export const STAGES_BEFORE_SIGNING = ['contacted', 'introduced', 'negotiating'] as const;

/** A valid body opening a deal between the parties, with `overrides`. */
export const dealBody = (parties: DealParties, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '技术对接（测试）',
  matchRef: 'test:match',
  parties: [
    { orgId: parties.seller.org.id, role: 'seller' },
    { orgId: parties.buyer.org.id, role: 'buyer' },
  ],
  ...overrides,
});

/** A deal opened by `broker` (a broker, or a party brokering its own deal). */
export async function openDeal(
  t: TestApp,
  broker: Bearer,
  parties: DealParties,
  overrides: Record<string, unknown> = {},
): Promise<DealView> {
  return (await api(t, broker).post('/api/deals').send(dealBody(parties, overrides)).expect(201)).body;
}

/** Each party accepts; answers with the deal after the last acceptance. */
export async function acceptDeal(t: TestApp, deal: { id: string }, ...parties: Bearer[]): Promise<DealView> {
  let view: DealView | undefined;
  for (const p of parties) view = (await api(t, p).post(`/api/deals/${deal.id}/accept`).expect(200)).body;
  return view!;
}

/** Moves the deal through `stages` in order, as `who`; answers with the deal at the last one. */
export async function moveDeal(
  t: TestApp,
  who: Bearer,
  deal: { id: string; version: number },
  stages: readonly string[],
): Promise<DealView> {
  let version = deal.version;
  let view: DealView | undefined;
  for (const to of stages) {
    view = (await api(t, who).post(`/api/deals/${deal.id}/stage`).send({ to, version }).expect(200)).body;
    version = view!.version;
  }
  return view!;
}

/** A deal both parties accepted. */
export async function acceptedDeal(
  t: TestApp,
  broker: Bearer,
  parties: DealParties,
  overrides: Record<string, unknown> = {},
): Promise<DealView> {
  const deal = await openDeal(t, broker, parties, overrides);
  return acceptDeal(t, deal, ...[parties.seller, parties.buyer].filter((p) => p.accessToken !== broker.accessToken));
}

/** A deal both parties accepted, moved by `broker` through every stage to signed. */
export async function signedDeal(
  t: TestApp,
  broker: Bearer,
  parties: DealParties,
  overrides: Record<string, unknown> = {},
): Promise<DealView> {
  const deal = await acceptedDeal(t, broker, parties, overrides);
  return moveDeal(t, broker, deal, [...STAGES_BEFORE_SIGNING, 'signed']);
}
