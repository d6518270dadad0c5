import { DataSource } from 'typeorm';
import { createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { contractBody } from './factories/contract.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, idempotencyKey, refused } from './http.js';

/**
 * Issue 14, finding 8: create endpoints ignored Idempotency-Key (ten concurrent POSTs with one
 * key made ten rows). Every POST that creates now accepts the key with the semantics of
 * submit/certify — one row per key, every duplicate answered with the first response — and the
 * OpenAPI document declares it.
 */
describe('trust: creates are idempotent by key (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg;
  let buyer: TestOrg;

  const contract = (title: string) =>
    contractBody(buyer, { title, contractAmountFen: '300000', techAmountFen: '300000' });
  const needBody = (title: string) => ({
    title,
    description: '需要一种低成本的硬碳负极材料制备工艺，首次库伦效率不低于 88%。',
    techFieldCode: '05',
  });
  const count = async (table: string, title: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE title = $1`, [title]))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [seller, buyer] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('ten concurrent POST /api/contracts with one key make one contract and ten identical answers', async () => {
    const k = idempotencyKey();
    const title = `幂等合同${k}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(t, seller).post('/api/contracts').set('Idempotency-Key', k).send(contract(title)),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await count('tech_contract', title)).toBe(1);
    // The same key for another body is refused; no key means no deduplication.
    await refused(
      api(t, seller)
        .post('/api/contracts')
        .set('Idempotency-Key', k)
        .send(contract(`${title}-另一份`)),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    await api(t, seller)
      .post('/api/contracts', contract(`${title}-无键`))
      .expect(201);
    await api(t, seller)
      .post('/api/contracts', contract(`${title}-无键`))
      .expect(201);
    expect(await count('tech_contract', `${title}-无键`)).toBe(2);
  });

  it('ten concurrent POST /api/listings/needs with one key make one need', async () => {
    const k = idempotencyKey();
    const title = `幂等需求${k}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(t, seller).post('/api/listings/needs').set('Idempotency-Key', k).send(needBody(title)),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await count('tech_need', title)).toBe(1);
  });

  it('keeps a key per caller: another user with the same key creates its own', async () => {
    const k = idempotencyKey();
    const other = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const a = await api(t, seller)
      .post('/api/listings/needs')
      .set('Idempotency-Key', k)
      .send(needBody(`共用键A${k}`))
      .expect(201);
    const b = await api(t, other)
      .post('/api/listings/needs')
      .set('Idempotency-Key', k)
      .send(needBody(`共用键B${k}`))
      .expect(201);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('declares Idempotency-Key on every POST of the OpenAPI document that creates (answers 201)', async () => {
    const doc = (await api(t).get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { responses?: Record<string, unknown>; parameters?: { in: string; name: string }[] }>
      >;
    };
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const post = ops.post;
      if (!post?.responses?.['201']) continue;
      // The partner push is keyed by the partner's own listing id (an upsert), not by a header.
      if (path === '/api/exchange/listings') continue;
      if (!post.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
        missing.push(`POST ${path}`);
    }
    expect(missing).toEqual([]);
  });
});
