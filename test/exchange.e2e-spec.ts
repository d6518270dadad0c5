import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ListingEventHandler, WebhookDispatcher } from '../libs/exchange/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import {
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

interface FeedItem {
  id: string;
  kind: string;
  deleted: boolean;
  updatedAt: string;
  orgId?: string | null;
  orgName?: string | null;
  title?: string;
}

/** The partner exchange API: keys and scopes, incremental sync, pushes, rate limit, webhooks. */
describe('partner exchange API (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let jobs: JobRunner;
  let platform: TestOrg;
  let enterprise: TestOrg; // 丹东 (review off): submissions publish directly
  let university: TestOrg;
  let pending: TestOrg; // unverified enterprise

  const need = (o: Record<string, unknown> = {}) => ({
    title: '数控机床主轴热误差补偿技术',
    description: '寻求数控机床主轴热变形在线补偿方案',
    techFieldCode: '03',
    keywords: ['数控机床'],
    budgetMaxFen: 80_000_000,
    ...o,
  });
  const achievement = (o: Record<string, unknown> = {}) => ({
    title: '农作物秸秆生物质颗粒燃料成型技术',
    description: '秸秆粉碎、调质与环模成型一体化工艺',
    techFieldCode: '09',
    achievementType: 'applied',
    trl: 7,
    transferModes: ['licence'],
    priceFen: 150_000_000,
    ...o,
  });

  async function createKey(body: Record<string, unknown>): Promise<{ id: string; key: string }> {
    const res = await request(t.http).post('/api/exchange/keys').set(bearer(platform.accessToken)).send(body);
    if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function publish(
    who: TestOrg,
    path: 'needs' | 'achievements',
    body: Record<string, unknown>,
  ): Promise<{ id: string; version: number }> {
    const c = await request(t.http).post(`/api/listings/${path}`).set(bearer(who.accessToken)).send(body).expect(201);
    const s = await request(t.http)
      .post(`/api/listings/${path}/${c.body.id}/submit`)
      .set(bearer(who.accessToken))
      .send({ version: c.body.version })
      .expect(200);
    expect(s.body.status).toBe('published');
    return s.body;
  }

  const feed = (key: string, query: Record<string, string | number>) =>
    request(t.http).get('/api/exchange/listings').set('X-Api-Key', key).query(query);

  beforeAll(async () => {
    t = await createTestApp({
      EXCHANGE_SYNC_LAG_MS: '0',
      EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: '50',
      EXCHANGE_WEBHOOK_BACKOFF_MAX_MS: '200',
      EXCHANGE_WEBHOOK_TIMEOUT_MS: '3000',
    });
    ds = t.app.get(DataSource);
    jobs = t.app.get(JobRunner);
    const bureau = await createBureauStaff(t, '210600');
    await ds.query(`UPDATE organization SET review_listings = false WHERE id = $1`, [bureau.org.id]);
    [platform, enterprise, university, pending] = await Promise.all([
      createPlatformAdmin(t),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602', name: '丹东匿名测试精密机械有限公司' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '210602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602', verified: false }),
    ]);
  });

  afterAll(async () => {
    await t.app.get(SearchIndex).dropAll();
    await t.close();
  });

  it('lets only the platform admin manage keys; the secret is shown once, stored hashed, and revocation is final', async () => {
    await request(t.http)
      .post('/api/exchange/keys')
      .set(bearer(enterprise.accessToken))
      .send({ partner: '羚羊平台', scopes: ['listings:read'] })
      .expect(403);
    const noOrg = await request(t.http)
      .post('/api/exchange/keys')
      .set(bearer(platform.accessToken))
      .send({ partner: '羚羊平台', scopes: ['listings:push'] })
      .expect(400);
    expect(noOrg.body.code).toBe('API_KEY_ORG_REQUIRED');
    const badScope = await request(t.http)
      .post('/api/exchange/keys')
      .set(bearer(platform.accessToken))
      .send({ partner: '羚羊平台', scopes: ['listings:delete'] })
      .expect(400);
    expect(badScope.body.code).toBe('VALIDATION_FAILED');

    const created = await createKey({ partner: '羚羊平台', scopes: ['listings:read'] });
    expect(created.key).toMatch(/^tmk_[A-Za-z0-9_-]{43}$/);
    const [stored] = await ds.query(`SELECT encode(key_hash, 'hex') AS h FROM exchange_api_key WHERE id = $1`, [
      created.id,
    ]);
    expect(stored.h).toBe(createHash('sha256').update(created.key).digest('hex'));

    const list = await request(t.http)
      .get('/api/exchange/keys?page=1&pageSize=50')
      .set(bearer(platform.accessToken))
      .expect(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({
      partner: '羚羊平台',
      scopes: ['listings:read'],
      keyPrefix: created.key.slice(0, 12),
      revokedAt: null,
      rateLimitPerMinute: 60,
    });
    expect(JSON.stringify(list.body)).not.toContain(created.key);
    await request(t.http).get('/api/exchange/keys?pageSize=1000').set(bearer(platform.accessToken)).expect(400);

    await feed(created.key, { limit: 1 }).expect(200);
    await request(t.http).delete(`/api/exchange/keys/${created.id}`).set(bearer(platform.accessToken)).expect(200);
    const revoked = await feed(created.key, { limit: 1 }).expect(401);
    expect(revoked.body.code).toBe('API_KEY_REVOKED');
  });

  it('documents the partner and admin routes in OpenAPI, with the push body per kind', async () => {
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/exchange/listings',
        '/api/exchange/keys',
        '/api/exchange/webhooks/{id}/deliveries',
      ]),
    );
    const refs = JSON.stringify(doc.components.schemas.PushListingDto).match(/#\/components\/schemas\/\w+/g) ?? [];
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
  });

  it('answers 401 without a key or with a bad one, and 403 when the key lacks the scope', async () => {
    const missing = await request(t.http).get('/api/exchange/listings').expect(401);
    expect(missing.body.code).toBe('API_KEY_MISSING');
    const bad = await feed('tmk_' + 'A'.repeat(43), {}).expect(401);
    expect(bad.body.code).toBe('API_KEY_INVALID');
    expect((await feed('not-a-key', {}).expect(401)).body.code).toBe('API_KEY_INVALID');
    // A user's JWT is not a partner key.
    expect(
      (await request(t.http).get('/api/exchange/listings').set(bearer(platform.accessToken)).expect(401)).body.code,
    ).toBe('API_KEY_MISSING');

    const reader = await createKey({ partner: '临沂技术市场', scopes: ['listings:read'] });
    const denied = await request(t.http)
      .post('/api/exchange/listings')
      .set('X-Api-Key', reader.key)
      .send({ kind: 'need', externalId: 'X-1', listing: need() })
      .expect(403);
    expect(denied.body).toMatchObject({ code: 'API_KEY_SCOPE_MISSING', details: { requiredScope: 'listings:push' } });
    const pusher = await createKey({ partner: '临沂技术市场', scopes: ['listings:push'], orgId: enterprise.org.id });
    expect((await feed(pusher.key, {}).expect(403)).body.code).toBe('API_KEY_SCOPE_MISSING');
  });

  it('pages published listings changed since a time with a cursor, masks anonymous needs and sends tombstones after a withdrawal', async () => {
    const reader = await createKey({ partner: '利辛羚羊平台', scopes: ['listings:read'] });
    const [[{ since }]] = [
      await ds.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS since`),
    ];
    const published = [
      await publish(enterprise, 'needs', need({ title: '同步测试需求一' })),
      await publish(enterprise, 'needs', need({ title: '同步测试匿名需求', anonymous: true })),
      await publish(university, 'achievements', achievement({ title: '同步测试成果一' })),
      await publish(enterprise, 'needs', need({ title: '同步测试需求二' })),
      await publish(university, 'achievements', achievement({ title: '同步测试成果二' })),
    ];
    const draft = await request(t.http)
      .post('/api/listings/needs')
      .set(bearer(enterprise.accessToken))
      .send(need({ title: '同步测试草稿' }))
      .expect(201);
    const verifiedOnly = await publish(
      enterprise,
      'needs',
      need({ title: '同步测试仅认证可见', visibility: 'verified' }),
    );

    const seen: FeedItem[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await feed(reader.key, cursor ? { cursor, limit: 2 } : { updatedSince: since, limit: 2 }).expect(200);
      pages += 1;
      seen.push(...res.body.items);
      expect(typeof res.body.nextCursor).toBe('string');
      cursor = res.body.nextCursor;
      if (!res.body.hasMore) break;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBeGreaterThan(1);
    const ids = seen.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(published.map((p) => p.id)));
    expect(ids).not.toContain(draft.body.id);
    // Ordered by (updatedAt, id).
    const keys = seen.map((i) => `${i.updatedAt}|${i.id}`);
    expect([...keys].sort()).toEqual(keys);
    // A need only verified organisations may see is not public data: partners get it as deleted.
    expect(seen.find((i) => i.id === verifiedOnly.id)).toMatchObject({ deleted: true });

    const anonymous = seen.find((i) => i.id === published[1]!.id)!;
    expect(anonymous).toMatchObject({
      deleted: false,
      title: '同步测试匿名需求',
      orgId: null,
      orgName: null,
      anonymous: true,
    });
    expect(JSON.stringify(anonymous)).not.toContain(enterprise.org.name);
    expect(seen.find((i) => i.id === published[0]!.id)).toMatchObject({
      deleted: false,
      orgName: enterprise.org.name,
      orgId: enterprise.org.id,
    });
    const achievementItem = seen.find((i) => i.id === published[2]!.id);
    expect(achievementItem).toMatchObject({ kind: 'achievement', trl: 7, priceFen: 150_000_000 });
    expect(achievementItem).not.toHaveProperty('contactPhone');

    // Nothing new since the last cursor; then a withdrawal comes through as a tombstone.
    expect((await feed(reader.key, { cursor: cursor! }).expect(200)).body.items).toEqual([]);
    const w = published[3]!;
    await request(t.http)
      .post(`/api/listings/needs/${w.id}/withdraw`)
      .set(bearer(enterprise.accessToken))
      .send({ version: w.version })
      .expect(200);
    const next = await feed(reader.key, { cursor: cursor! }).expect(200);
    expect(next.body.items).toEqual([expect.objectContaining({ id: w.id, kind: 'need', deleted: true })]);
    expect(next.body.items[0]).not.toHaveProperty('title');

    // Only achievements with kind=…
    const onlyAchievements = await feed(reader.key, { updatedSince: since, kind: 'achievement', limit: 100 }).expect(
      200,
    );
    expect(onlyAchievements.body.items.map((i: FeedItem) => i.kind)).toEqual(['achievement', 'achievement']);

    // Forged or edited cursors and bad parameters are 400s with a code, never a 500.
    const [payload, sig] = cursor!.split('.');
    const forged = `${Buffer.from(JSON.stringify({ u: '2000-01-01T00:00:00.000000Z', i: published[0]!.id })).toString('base64url')}.${sig}`;
    for (const c of [forged, `${payload}.AAAA`, 'garbage', "' OR 1=1 --"]) {
      expect((await feed(reader.key, { cursor: c }).expect(400)).body.code).toBe('EXCHANGE_CURSOR_INVALID');
    }
    expect((await feed(reader.key, { updatedSince: 'yesterday' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await feed(reader.key, { limit: 0 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await feed(reader.key, { kind: 'contract' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await feed(reader.key, { filter: 'status = draft' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('pushes a listing for the key’s verified organisation through review and indexing, and updates it by external id', async () => {
    const pusher = await createKey({
      partner: '羚羊平台推送',
      scopes: ['listings:push', 'listings:read'],
      orgId: enterprise.org.id,
    });
    const push = (body: Record<string, unknown>) =>
      request(t.http).post('/api/exchange/listings').set('X-Api-Key', pusher.key).send(body);

    const created = await push({
      kind: 'need',
      externalId: 'LY-2026-0001',
      listing: need({ title: '羚羊平台推送需求' }),
    }).expect(201);
    expect(created.body).toMatchObject({
      created: true,
      externalId: 'LY-2026-0001',
      listing: { kind: 'need', status: 'published', orgId: enterprise.org.id, title: '羚羊平台推送需求' },
    });
    const id = created.body.listing.id as string;
    const [row] = await ds.query(`SELECT created_by, org_id FROM tech_need WHERE id = $1`, [id]);
    expect(row).toEqual({ created_by: enterprise.user.id, org_id: enterprise.org.id });
    // Published through the normal service: its listing.changed event is there.
    const [{ n: events }] = await ds.query(
      `SELECT count(*)::int AS n FROM job WHERE queue = '@events' AND topic = 'listing.changed' AND key = $1`,
      [`need:${id}`],
    );
    expect(events).toBe(1);

    const updated = await push({
      kind: 'need',
      externalId: 'LY-2026-0001',
      listing: need({ title: '羚羊平台推送需求（修订）' }),
    }).expect(200);
    expect(updated.body).toMatchObject({
      created: false,
      listing: { id, title: '羚羊平台推送需求（修订）', status: 'published' },
    });
    const [{ n: count }] = await ds.query(
      `SELECT count(*)::int AS n FROM tech_need WHERE org_id = $1 AND title LIKE '羚羊平台推送需求%'`,
      [enterprise.org.id],
    );
    expect(count).toBe(1);

    const otherKind = await push({ kind: 'achievement', externalId: 'LY-2026-0001', listing: achievement() }).expect(
      409,
    );
    expect(otherKind.body.code).toBe('EXCHANGE_EXTERNAL_ID_CONFLICT');
    // The normal rules apply: an enterprise cannot register achievements, bad fields are 400s.
    expect(
      (await push({ kind: 'achievement', externalId: 'LY-2026-0002', listing: achievement() }).expect(403)).body.code,
    ).toBe('LISTING_ORG_TYPE_NOT_ALLOWED');
    const invalid = await push({
      kind: 'need',
      externalId: 'LY-2026-0003',
      listing: need({ title: '', budgetMaxFen: -1, extra: 1 }),
    }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['listing.title', 'listing.budgetMaxFen']),
    );
    expect((await push({ kind: 'need', externalId: 'bad id!', listing: need() }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    const [{ n: refs }] = await ds.query(
      `SELECT count(*)::int AS n FROM exchange_external_ref WHERE partner = '羚羊平台推送'`,
    );
    expect(refs).toBe(1);

    // The same partner's key for an unverified organisation may not push.
    const pendingKey = await createKey({ partner: '羚羊平台推送', scopes: ['listings:push'], orgId: pending.org.id });
    const refused = await request(t.http)
      .post('/api/exchange/listings')
      .set('X-Api-Key', pendingKey.key)
      .send({ kind: 'need', externalId: 'LY-2026-0100', listing: need() })
      .expect(403);
    expect(refused.body.code).toBe('EXCHANGE_ORG_NOT_VERIFIED');
    const [{ n: pendingNeeds }] = await ds.query(`SELECT count(*)::int AS n FROM tech_need WHERE org_id = $1`, [
      pending.org.id,
    ]);
    expect(pendingNeeds).toBe(0);
  });

  it('rate-limits per key with 429, a code and Retry-After', async () => {
    const limited = await createKey({ partner: '限流测试平台', scopes: ['listings:read'], rateLimitPerMinute: 3 });
    const other = await createKey({ partner: '限流测试平台二', scopes: ['listings:read'], rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) await feed(limited.key, { limit: 1 }).expect(200);
    const res = await feed(limited.key, { limit: 1 }).expect(429);
    expect(res.body.code).toBe('API_KEY_RATE_LIMITED');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another key has its own budget.
    await feed(other.key, { limit: 1 }).expect(200);
  });

  describe('webhooks', () => {
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
        const res = await request(t.http)
          .post('/api/exchange/webhooks')
          .set(bearer(platform.accessToken))
          .send({ url: bad, events: ['listing.published'] })
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      await request(t.http)
        .post('/api/exchange/webhooks')
        .set(bearer(enterprise.accessToken))
        .send({ url, events: ['listing.published'] })
        .expect(403);
      expect(
        (
          await request(t.http)
            .post('/api/exchange/webhooks')
            .set(bearer(platform.accessToken))
            .send({ url, events: ['listing.deleted'] })
            .expect(400)
        ).body.code,
      ).toBe('VALIDATION_FAILED');
      await request(t.http)
        .get('/api/exchange/webhooks/00000000-0000-4000-8000-000000000000/deliveries')
        .set(bearer(platform.accessToken))
        .expect(404);
    });

    it('delivers a publication once after two failures, with one delivery id, valid signatures, and no second event on redelivery', async () => {
      await jobs.drainUntilIdle(); // listings of earlier tests are announced before the subscription exists
      const hook = await request(t.http)
        .post('/api/exchange/webhooks')
        .set(bearer(platform.accessToken))
        .send({
          url,
          events: ['listing.published', 'listing.changed', 'listing.withdrawn'],
          secret,
          description: '测试接收端',
        })
        .expect(201);
      expect(hook.body.secret).toBe(secret);
      const [{ sealed }] = await ds.query(`SELECT secret_sealed AS sealed FROM exchange_webhook WHERE id = $1`, [
        hook.body.id,
      ]);
      expect(sealed).not.toContain(secret);

      const listing = await publish(enterprise, 'needs', need({ title: 'Webhook 测试需求' }));
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

      const log = await request(t.http)
        .get(`/api/exchange/webhooks/${hook.body.id}/deliveries?page=1&pageSize=100`)
        .set(bearer(platform.accessToken))
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
      await request(t.http)
        .post(`/api/listings/needs/${listing.id}/withdraw`)
        .set(bearer(enterprise.accessToken))
        .send({ version: listing.version })
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
      const listing = await publish(enterprise, 'needs', need({ title: 'Webhook 顺序测试需求' }));
      await jobs.drainUntilIdle();
      await request(t.http)
        .post(`/api/listings/needs/${listing.id}/withdraw`)
        .set(bearer(enterprise.accessToken))
        .send({ version: listing.version })
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
      const hook = await request(t.http)
        .post('/api/exchange/webhooks')
        .set(bearer(platform.accessToken))
        .send({ url: deadUrl, events: ['listing.published'] })
        .expect(201);
      expect(hook.body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const listing = await publish(university, 'achievements', achievement({ title: 'Webhook 放弃测试成果' }));
      let entry: { status: string; attempts: number; lastError: string | null; deliveredAt: string | null } | undefined;
      // Ten attempts take ~2 s of backoff; the budget is for a machine loaded by the rest of the suite.
      const until = Date.now() + 60_000;
      const dispatcher = t.app.get(WebhookDispatcher);
      while (Date.now() < until) {
        await jobs.drainUntilIdle();
        await dispatcher.deliverDue();
        const log = await request(t.http)
          .get(`/api/exchange/webhooks/${hook.body.id}/deliveries`)
          .set(bearer(platform.accessToken))
          .expect(200);
        entry = log.body.items.find((d: { listingId: string }) => d.listingId === listing.id);
        if (entry?.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 30));
      }
      expect(entry).toMatchObject({ status: 'failed', attempts: 10, deliveredAt: null });
      expect(entry!.lastError).toBeTruthy();
      await request(t.http)
        .delete(`/api/exchange/webhooks/${hook.body.id}`)
        .set(bearer(platform.accessToken))
        .expect(200);
    }, 90_000);
  });
});
