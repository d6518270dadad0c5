import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SearchIndex } from '../libs/search/src/index.js';
import type { TestOrg } from './factories/identity.factory.js';
import { publishedListing, spindleNeed, strawAchievement } from './factories/listing.factory.js';
import { exchangeWorld } from './factories/exchange-world.factory.js';
import type { TestApp } from './test-app.js';
import { api, refused } from './http.js';

interface FeedItem {
  id: string;
  kind: string;
  deleted: boolean;
  updatedAt: string;
  orgId?: string | null;
  orgName?: string | null;
  title?: string;
}

/** The partner exchange API: keys and scopes, incremental sync, pushes, rate limit (webhooks: exchange-webhooks.e2e-spec.ts). */
describe('partner exchange API (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let platform: TestOrg;
  let enterprise: TestOrg; // 丹东 (review off): submissions publish directly
  let university: TestOrg;
  let pending: TestOrg; // unverified enterprise

  const need = spindleNeed;
  const achievement = strawAchievement;

  async function createKey(body: Record<string, unknown>): Promise<{ id: string; key: string }> {
    const res = await api(t, platform).post('/api/exchange/keys', body);
    if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const publish = (who: TestOrg, kind: 'needs' | 'achievements', body: Record<string, unknown>) =>
    publishedListing(t, who, kind, body);

  const feed = (key: string, query: Record<string, string | number>) =>
    api(t).get('/api/exchange/listings').set('X-Api-Key', key).query(query);

  beforeAll(async () => ({ t, ds, platform, enterprise, university, pending } = await exchangeWorld()));

  afterAll(async () => {
    await t.app.get(SearchIndex).dropAll();
    await t.close();
  });

  it('lets only the platform admin manage keys; the secret is shown once, stored hashed, and revocation is final', async () => {
    await api(t, enterprise)
      .post('/api/exchange/keys', { partner: '羚羊平台', scopes: ['listings:read'] })
      .expect(403);
    const noOrg = await api(t, platform)
      .post('/api/exchange/keys', { partner: '羚羊平台', scopes: ['listings:push'] })
      .expect(400);
    expect(noOrg.body.code).toBe('API_KEY_ORG_REQUIRED');
    const badScope = await api(t, platform)
      .post('/api/exchange/keys', { partner: '羚羊平台', scopes: ['listings:delete'] })
      .expect(400);
    expect(badScope.body.code).toBe('VALIDATION_FAILED');

    const created = await createKey({ partner: '羚羊平台', scopes: ['listings:read'] });
    expect(created.key).toMatch(/^tmk_[A-Za-z0-9_-]{43}$/);
    const [stored] = await ds.query(`SELECT encode(key_hash, 'hex') AS h FROM exchange_api_key WHERE id = $1`, [
      created.id,
    ]);
    expect(stored.h).toBe(createHash('sha256').update(created.key).digest('hex'));

    const list = await api(t, platform).get('/api/exchange/keys?page=1&pageSize=50').expect(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({
      partner: '羚羊平台',
      scopes: ['listings:read'],
      keyPrefix: created.key.slice(0, 12),
      revokedAt: null,
      rateLimitPerMinute: 60,
    });
    expect(JSON.stringify(list.body)).not.toContain(created.key);
    await api(t, platform).get('/api/exchange/keys?pageSize=1000').expect(400);

    await feed(created.key, { limit: 1 }).expect(200);
    await api(t, platform).delete(`/api/exchange/keys/${created.id}`).expect(200);
    const revoked = await feed(created.key, { limit: 1 }).expect(401);
    expect(revoked.body.code).toBe('API_KEY_REVOKED');
  });

  it('documents the partner and admin routes in OpenAPI, with the push body per kind', async () => {
    const doc = (await api(t).get('/api/docs-json').expect(200)).body;
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
    const missing = await api(t).get('/api/exchange/listings').expect(401);
    expect(missing.body.code).toBe('API_KEY_MISSING');
    const bad = await feed('tmk_' + 'A'.repeat(43), {}).expect(401);
    expect(bad.body.code).toBe('API_KEY_INVALID');
    await refused(feed('not-a-key', {}), 401, 'API_KEY_INVALID');
    // A user's JWT is not a partner key.
    await refused(api(t, platform).get('/api/exchange/listings'), 401, 'API_KEY_MISSING');

    const reader = await createKey({ partner: '临沂技术市场', scopes: ['listings:read'] });
    const denied = await api(t)
      .post('/api/exchange/listings')
      .set('X-Api-Key', reader.key)
      .send({ kind: 'need', externalId: 'X-1', listing: need() })
      .expect(403);
    expect(denied.body).toMatchObject({ code: 'API_KEY_SCOPE_MISSING', details: { requiredScope: 'listings:push' } });
    const pusher = await createKey({ partner: '临沂技术市场', scopes: ['listings:push'], orgId: enterprise.org.id });
    await refused(feed(pusher.key, {}), 403, 'API_KEY_SCOPE_MISSING');
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
    const draft = await api(t, enterprise)
      .post('/api/listings/needs', need({ title: '同步测试草稿' }))
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
    await api(t, enterprise).post(`/api/listings/needs/${w.id}/withdraw`, { version: w.version }).expect(200);
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
      await refused(feed(reader.key, { cursor: c }), 400, 'EXCHANGE_CURSOR_INVALID');
    }
    await refused(feed(reader.key, { updatedSince: 'yesterday' }), 400, 'VALIDATION_FAILED');
    await refused(feed(reader.key, { limit: 0 }), 400, 'VALIDATION_FAILED');
    await refused(feed(reader.key, { kind: 'contract' }), 400, 'VALIDATION_FAILED');
    await refused(feed(reader.key, { filter: 'status = draft' }), 400, 'VALIDATION_FAILED');
  });

  it('pushes a listing for the key’s verified organisation through review and indexing, and updates it by external id', async () => {
    const pusher = await createKey({
      partner: '羚羊平台推送',
      scopes: ['listings:push', 'listings:read'],
      orgId: enterprise.org.id,
    });
    const push = (body: Record<string, unknown>) =>
      api(t).post('/api/exchange/listings').set('X-Api-Key', pusher.key).send(body);

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
    await refused(
      push({ kind: 'achievement', externalId: 'LY-2026-0002', listing: achievement() }),
      403,
      'LISTING_ORG_TYPE_NOT_ALLOWED',
    );
    const invalid = await push({
      kind: 'need',
      externalId: 'LY-2026-0003',
      listing: need({ title: '', budgetMaxFen: -1, extra: 1 }),
    }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['listing.title', 'listing.budgetMaxFen']),
    );
    await refused(push({ kind: 'need', externalId: 'bad id!', listing: need() }), 400, 'VALIDATION_FAILED');
    const [{ n: refs }] = await ds.query(
      `SELECT count(*)::int AS n FROM exchange_external_ref WHERE partner = '羚羊平台推送'`,
    );
    expect(refs).toBe(1);

    // The same partner's key for an unverified organisation may not push.
    const pendingKey = await createKey({ partner: '羚羊平台推送', scopes: ['listings:push'], orgId: pending.org.id });
    const unverified = await api(t)
      .post('/api/exchange/listings')
      .set('X-Api-Key', pendingKey.key)
      .send({ kind: 'need', externalId: 'LY-2026-0100', listing: need() })
      .expect(403);
    expect(unverified.body.code).toBe('EXCHANGE_ORG_NOT_VERIFIED');
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
});
