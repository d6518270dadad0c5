import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ListingEventHandler, WebhookDispatcher } from '../libs/exchange/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import type { TestOrg } from './factories/identity.factory.js';
import { publishedListing } from './factories/listing.factory.js';
import { api, refused } from './http.js';
import { exchangeWorld } from './factories/exchange-world.factory.js';
import type { TestApp } from './test-app.js';

/**
 * Webhooks of the partner exchange: a local receiver that fails the first two attempts of every
 * delivery, subscribed in beforeAll; each test follows its own listings' deliveries.
 */
describe('partner exchange webhooks (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let jobs: JobRunner;
  let platform: TestOrg;
  let enterprise: TestOrg; // 丹东 (review off): submissions publish directly
  let university: TestOrg;
  let hook: { id: string; secret: string };

  beforeAll(async () => ({ t, ds, jobs, platform, enterprise, university } = await exchangeWorld()));
  afterAll(async () => {
    await t.close();
  });

  let server: Server;
  let url: string;
  const received: { headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
  const attemptsByDelivery = new Map<string, number>();
  const secret = 'whsec-测试-0123456789abcdef';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const delivery = String(req.headers['x-techmarket-delivery']);
        const n = (attemptsByDelivery.get(delivery) ?? 0) + 1;
        attemptsByDelivery.set(delivery, n);
        // Fails the first two attempts of every delivery.
        const answered = n <= 2 ? 500 : 204;
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.statusCode = answered;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    // The subscriber every delivery test watches (each its own listings only).
    hook = (
      await api(t, platform)
        .post('/api/exchange/webhooks', {
          url,
          events: ['listing.published', 'listing.changed', 'listing.withdrawn'],
          secret,
          description: '测试接收端',
        })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const dispatchUntil = async (done: () => boolean) => {
    const dispatcher = t.app.get(WebhookDispatcher);
    const until = Date.now() + 30_000;
    while (!done() && Date.now() < until) {
      await jobs.drainUntilIdle();
      await dispatcher.deliverDue();
      await new Promise((r) => setTimeout(r, 30));
    }
  };

  it('rejects non-http URLs and is admin-only', async () => {
    for (const bad of ['ftp://partner.example.cn/hook', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const res = await api(t, platform)
        .post('/api/exchange/webhooks', { url: bad, events: ['listing.published'] })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    await api(t, enterprise)
      .post('/api/exchange/webhooks', { url, events: ['listing.published'] })
      .expect(403);
    await refused(
      api(t, platform).post('/api/exchange/webhooks', { url, events: ['listing.deleted'] }),
      400,
      'VALIDATION_FAILED',
    );
    await api(t, platform).get('/api/exchange/webhooks/00000000-0000-4000-8000-000000000000/deliveries').expect(404);
  });

  it('delivers a publication once after two failures, with one delivery id, valid signatures, and no second event on redelivery', async () => {
    // Shown once at creation, stored sealed.
    expect(hook.secret).toBe(secret);
    const [{ sealed }] = await ds.query(`SELECT secret_sealed AS sealed FROM exchange_webhook WHERE id = $1`, [
      hook.id,
    ]);
    expect(sealed).not.toContain(secret);

    const listing = await publishedListing(t, enterprise, 'needs', { title: 'Webhook 测试需求' });
    const forListing = () => received.filter((r) => JSON.parse(r.body).listing.id === listing.id);
    await dispatchUntil(() => forListing().some((r) => r.answered === 204));

    const attempts = forListing();
    expect(attempts.map((a) => a.answered)).toEqual([500, 500, 204]);
    const deliveryIds = new Set(attempts.map((a) => a.headers['x-techmarket-delivery']));
    expect(deliveryIds.size).toBe(1);
    for (const a of attempts) {
      expect(a.headers['x-techmarket-event']).toBe('listing.published');
      const ts = String(a.headers['x-techmarket-timestamp']);
      expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
      const expected = `sha256=${createHmac('sha256', secret).update(`${ts}.${a.body}`).digest('hex')}`;
      expect(a.headers['x-techmarket-signature']).toBe(expected);
      expect(createHmac('sha256', 'wrong-secret-000000').update(`${ts}.${a.body}`).digest('hex')).not.toBe(
        expected.slice(7),
      );
    }
    const payload = JSON.parse(attempts[0]!.body);
    expect(payload).toMatchObject({
      id: [...deliveryIds][0],
      event: 'listing.published',
      listing: { id: listing.id, kind: 'need', deleted: false, title: 'Webhook 测试需求' },
    });
    expect(attempts[2]!.body).toBe(attempts[0]!.body);

    const log = await api(t, platform)
      .get(`/api/exchange/webhooks/${hook.id}/deliveries?page=1&pageSize=100`)
      .expect(200);
    const entries = log.body.items.filter((d: { listingId: string }) => d.listingId === listing.id);
    expect(entries).toEqual([
      expect.objectContaining({
        id: [...deliveryIds][0],
        event: 'listing.published',
        status: 'delivered',
        attempts: 3,
        lastStatusCode: 204,
        lastError: null,
        deliveredAt: expect.any(String),
      }),
    ]);

    // The event is delivered again (a crash after handling, before the job was marked done): no second webhook event.
    const [, reset] = await ds.query(
      `UPDATE job SET done_at = NULL, run_at = now(), locked_until = NULL WHERE queue = 'exchange.listing-feed' AND key = $1`,
      [`need:${listing.id}`],
    );
    expect(reset).toBeGreaterThan(0);
    await jobs.drainUntilIdle();
    expect(await t.app.get(ListingEventHandler).announce('need', listing.id)).toBeNull();
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM exchange_webhook_delivery WHERE listing_id = $1`, [
      listing.id,
    ]);
    expect(n).toBe(1);

    // A withdrawal is announced once as listing.withdrawn with a tombstone.
    await api(t, enterprise)
      .post(`/api/listings/needs/${listing.id}/withdraw`, { version: listing.version })
      .expect(200);
    await dispatchUntil(() =>
      forListing().some((r) => r.answered === 204 && r.headers['x-techmarket-event'] === 'listing.withdrawn'),
    );
    const withdrawn = forListing().filter((r) => r.headers['x-techmarket-event'] === 'listing.withdrawn');
    expect(withdrawn.map((a) => a.answered)).toEqual([500, 500, 204]);
    expect(JSON.parse(withdrawn[0]!.body).listing).toEqual({
      id: listing.id,
      kind: 'need',
      deleted: true,
      version: listing.version + 1,
      updatedAt: expect.any(String),
    });
  });

  it('keeps one listing’s events in order for a subscriber: a withdrawal waits for its publication', async () => {
    const listing = await publishedListing(t, enterprise, 'needs', { title: 'Webhook 顺序测试需求' });
    await jobs.drainUntilIdle();
    await api(t, enterprise)
      .post(`/api/listings/needs/${listing.id}/withdraw`, { version: listing.version })
      .expect(200);
    await jobs.drainUntilIdle();
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM exchange_webhook_delivery WHERE listing_id = $1 AND status = 'pending'`,
      [listing.id],
    );
    expect(n).toBe(2);
    const forListing = () => received.filter((r) => JSON.parse(r.body).listing.id === listing.id);
    await dispatchUntil(() =>
      forListing().some((r) => r.answered === 204 && r.headers['x-techmarket-event'] === 'listing.withdrawn'),
    );
    expect(forListing().map((r) => `${r.headers['x-techmarket-event']} ${r.answered}`)).toEqual([
      'listing.published 500',
      'listing.published 500',
      'listing.published 204',
      'listing.withdrawn 500',
      'listing.withdrawn 500',
      'listing.withdrawn 204',
    ]);
  });

  it('gives up after the configured number of attempts and shows the error in the log', async () => {
    const deadUrl = `http://127.0.0.1:1/unreachable`;
    const dead = await api(t, platform)
      .post('/api/exchange/webhooks', { url: deadUrl, events: ['listing.published'] })
      .expect(201);
    expect(dead.body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listing = await publishedListing(t, university, 'achievements', { title: 'Webhook 放弃测试成果' });
    let entry: { status: string; attempts: number; lastError: string | null; deliveredAt: string | null } | undefined;
    // Ten attempts take ~2 s of backoff; the budget is for a machine loaded by the rest of the suite.
    const until = Date.now() + 60_000;
    const dispatcher = t.app.get(WebhookDispatcher);
    while (Date.now() < until) {
      await jobs.drainUntilIdle();
      await dispatcher.deliverDue();
      const log = await api(t, platform).get(`/api/exchange/webhooks/${dead.body.id}/deliveries`).expect(200);
      entry = log.body.items.find((d: { listingId: string }) => d.listingId === listing.id);
      if (entry?.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(entry).toMatchObject({ status: 'failed', attempts: 10, deliveredAt: null });
    expect(entry!.lastError).toBeTruthy();
    await api(t, platform).delete(`/api/exchange/webhooks/${dead.body.id}`).expect(200);
  }, 90_000);
});
