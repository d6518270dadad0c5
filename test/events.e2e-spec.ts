import { jest } from '@jest/globals';
import type request from 'supertest';
import { EventBus } from '../libs/shared/jobs/index.js';
import { bid, openLot, readyBidder } from './factories/auction.factory.js';
import { openDeal, dealBody } from './factories/deal.factory.js';
import { createOrgWithAdmin } from './factories/identity.factory.js';
import { createListing, submitListing } from './factories/listing.factory.js';
import { registryWorld, type RegistryWorld } from './factories/registry-world.factory.js';
import { api } from './http.js';

/**
 * The facts other libs will hear of (issue 17's notifications): each state change publishes its
 * event exactly once, in the transaction that makes the change, so a change that rolls back
 * after its event was written publishes nothing. One row per change: how to reach the state
 * before it, the change itself, and the event it must publish.
 */
type Arranged = Record<string, string | number>;

interface Case {
  topic: string;
  name: string;
  /** Sets up the state before the change; answers what the change and the event need. */
  arrange(): Promise<Arranged>;
  change(x: Arranged): request.Test;
  /** The event's key and payload, given the arrangement and the change's answer. */
  event(x: Arranged, body: Record<string, unknown>): { key: string; payload: object };
}

describe('events published by contracts, brokerage, listings review, identity and auctions (e2e)', () => {
  let w: RegistryWorld;
  beforeAll(async () => (w = await registryWorld()));
  afterAll(() => w.t.close());

  const as = (who: Parameters<typeof api>[1]) => api(w.t, who);
  const contract = async (stage: 'draft' | 'submitted' | 'certified'): Promise<Arranged> => {
    const c = stage === 'draft' ? await w.create(w.seller) : await w.submitted();
    if (stage !== 'certified') return { id: c.id, version: c.version };
    const cert = await w.certify(w.huaibei, c.id).expect(200);
    return { id: c.id, version: cert.body.version, certifiedOn: cert.body.registration.certifiedOn };
  };
  const contractEvent =
    (status: string, adjusted = false) =>
    (x: Arranged) => ({
      key: `contract:${x.id}`,
      payload: { contractId: x.id, status, ...(adjusted ? { adjustmentId: expect.any(String) } : {}) },
    });
  const deal = async () => {
    const d = await openDeal(w.t, w.seller, { seller: w.seller, buyer: w.buyer });
    return { id: d.id, version: d.version };
  };
  const submittedNeed = async () => {
    const l = await submitListing(w.t, w.seller, 'needs', await createListing(w.t, w.seller, 'needs'));
    expect(l.status).toBe('submitted'); // 淮北 reviews
    return { id: l.id, version: l.version };
  };
  const pendingOrg = async () => {
    const o = await createOrgWithAdmin(w.t, { type: 'enterprise', regionCode: '340602', verified: false });
    return { id: o.org.id };
  };
  const decided = (status: string) => (x: Arranged) => ({
    key: `organization:${x.id}`,
    payload: { organizationId: x.id, status, version: expect.any(Number) },
  });

  const cases: Case[] = [
    {
      topic: 'contract.submitted',
      name: 'a draft submitted',
      arrange: () => contract('draft'),
      change: (x) => w.submit(w.seller, String(x.id), Number(x.version)),
      event: contractEvent('submitted'),
    },
    {
      topic: 'contract.certified',
      name: 'certified by the registry',
      arrange: () => contract('submitted'),
      change: (x) => w.certify(w.huaibei, String(x.id)),
      event: contractEvent('certified'),
    },
    {
      topic: 'contract.rejected',
      name: 'not registered, back with the seller',
      arrange: () => contract('submitted'),
      change: (x) => as(w.huaibei).post(`/api/contracts/${x.id}/reject`, { reasonCode: 'incomplete_content' }),
      event: contractEvent('rejected'),
    },
    {
      topic: 'contract.amended',
      name: 'a certified contract amended',
      arrange: () => contract('certified'),
      change: (x) =>
        as(w.huaibei).post(`/api/contracts/${x.id}/amendments`, {
          effectiveDate: x.certifiedOn,
          contractAmountFen: '60000000',
          techAmountFen: '50000000',
          reason: '增加二期开发内容',
        }),
      event: contractEvent('certified', true),
    },
    {
      topic: 'contract.cancelled',
      name: 'a certified contract cancelled',
      arrange: () => contract('certified'),
      change: (x) =>
        as(w.huaibei).post(`/api/contracts/${x.id}/cancellation`, { effectiveDate: x.certifiedOn, reason: '协议解除' }),
      event: contractEvent('certified', true),
    },
    {
      topic: 'deal.changed',
      name: 'a deal opened, the other party invited',
      arrange: async () => ({}),
      change: () => as(w.seller).post('/api/deals', dealBody({ seller: w.seller, buyer: w.buyer })),
      event: (_x, body) => ({
        key: `deal:${body.id}`,
        payload: { dealId: body.id, stage: 'lead', change: 'opened', invitedOrgIds: [w.buyer.org.id] },
      }),
    },
    {
      topic: 'deal.changed',
      name: 'an invitation accepted',
      arrange: deal,
      change: (x) => as(w.buyer).post(`/api/deals/${x.id}/accept`),
      event: (x) => ({
        key: `deal:${x.id}`,
        payload: { dealId: x.id, stage: 'lead', change: 'accepted', partyOrgId: w.buyer.org.id },
      }),
    },
    ...(['contacted', 'dropped'] as const).map((to): Case => ({
      topic: 'deal.changed',
      name: `a deal moved to ${to}`,
      arrange: deal,
      change: (x) => as(w.seller).post(`/api/deals/${x.id}/stage`, { to, version: x.version }),
      event: (x) => ({
        key: `deal:${x.id}`,
        payload: { dealId: x.id, stage: to, change: 'stage', fromStage: 'lead' },
      }),
    })),
    ...(['approve', 'reject'] as const).map((decision): Case => ({
      topic: 'listing.reviewed',
      name: `a submitted need: ${decision}`,
      arrange: submittedNeed,
      change: (x) =>
        as(w.huaibei).post(`/api/listings/needs/${x.id}/${decision}`, {
          version: x.version,
          ...(decision === 'reject' ? { reason: '需求描述不完整' } : {}),
        }),
      event: (x) => ({
        key: `need:${x.id}`,
        payload: {
          kind: 'need',
          id: x.id,
          version: Number(x.version) + 1,
          status: decision === 'approve' ? 'published' : 'rejected',
        },
      }),
    })),
    {
      topic: 'organization.verification-decided',
      name: 'an organisation verified',
      arrange: pendingOrg,
      change: (x) => as(w.huaibei).post(`/api/organizations/${x.id}/verify`, {}),
      event: decided('verified'),
    },
    {
      topic: 'organization.verification-decided',
      name: 'an organisation rejected',
      arrange: pendingOrg,
      change: (x) => as(w.huaibei).post(`/api/organizations/${x.id}/reject`, { reason: '营业执照与填报名称不一致' }),
      event: decided('rejected'),
    },
    {
      topic: 'auction.bid-placed',
      name: 'a bid accepted',
      arrange: async () => {
        const lot = await openLot(w.t, w.seller);
        await readyBidder(w.t, lot.id, w.buyer, w.huaibei);
        return { id: lot.id };
      },
      change: (x) => bid(w.t, w.buyer, String(x.id), '10000000'),
      event: (x) => ({ key: `auction:${x.id}`, payload: { lotId: x.id, seq: 1 } }),
    },
  ];

  const published = async (topic: string): Promise<{ key: string; payload: object }[]> =>
    w.ds.query(`SELECT key, payload FROM job WHERE queue = '@events' AND topic = $1 ORDER BY id`, [topic]);

  it.each(cases.map((c) => [`${c.topic}: ${c.name}`, c] as const))(
    '%s — once per change, nothing when the change rolls back',
    async (_label, c) => {
      const x = await c.arrange();
      const before = await published(c.topic);

      // The change fails after its event was written, in the same transaction: both roll back.
      const bus = w.t.app.get(EventBus);
      const publish = bus.publish.bind(bus);
      const spy = jest.spyOn(bus, 'publish').mockImplementation(async (em, topic, events, opts) => {
        await publish(em, topic, events, opts);
        if (topic === c.topic) throw new Error('fails after publishing (test)');
      });
      try {
        expect((await c.change(x)).status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      expect(await published(c.topic)).toEqual(before);

      // The same change again (the state was rolled back with it): one event, naming the change.
      const res = await c.change(x);
      expect(res.status).toBeLessThan(300);
      const after = await published(c.topic);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length)).toEqual([c.event(x, res.body)]);
    },
  );
});
