import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** The public search API: injection attempts, facets, long queries, synonyms. */
describe('search API (e2e)', () => {
  let t: TestApp;
  let jobs: JobRunner;
  let uni: TestOrg;
  let enterprise: TestOrg;
  let platform: TestOrg;
  const TAG = '丁丑检索';
  const published: { id: string; trl: number; field: string; region: string }[] = [];
  let draftId = '';
  let otherDraftId = '';

  const achievement = (o: Record<string, unknown>) => ({
    title: '钠离子电池硬碳负极材料',
    description: `低成本硬碳负极制备 ${TAG}`,
    techFieldCode: '05',
    achievementType: 'applied',
    trl: 5,
    transferModes: ['licence'],
    priceFen: 100_000_000,
    ...o,
  });

  async function publishAchievement(org: TestOrg, body: Record<string, unknown>): Promise<string> {
    const c = await api(t, org).post('/api/listings/achievements', body).expect(201);
    await api(t, org).post(`/api/listings/achievements/${c.body.id}/submit`, { version: 1 }).expect(200);
    return c.body.id;
  }

  async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    const until = Date.now() + 15_000;
    let v = await fn();
    while (!ok(v) && Date.now() < until) {
      await jobs.drainUntilIdle();
      await new Promise((r) => setTimeout(r, 50));
      v = await fn();
    }
    if (!ok(v)) throw new Error(`did not converge: ${JSON.stringify(v)}`);
    return v;
  }

  beforeAll(async () => {
    t = await createTestApp();
    jobs = t.app.get(JobRunner);
    const ds = t.app.get(DataSource);
    for (const region of ['210600', '340600']) {
      const b = await createBureauStaff(t, region);
      await ds.query(`UPDATE organization SET review_listings = false WHERE id = $1`, [b.org.id]);
    }
    uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '210602' });
    const huaibeiInstitute = await createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340603' });
    enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
    platform = await createPlatformAdmin(t);
    const specs = [
      { org: uni, trl: 3, field: '05', region: '210602' },
      { org: uni, trl: 6, field: '05', region: '210602' },
      { org: uni, trl: 6, field: '06', region: '210602' },
      { org: huaibeiInstitute, trl: 8, field: '06', region: '340603' },
      { org: huaibeiInstitute, trl: 9, field: '03', region: '340603' },
    ];
    for (const s of specs) {
      const id = await publishAchievement(s.org, achievement({ trl: s.trl, techFieldCode: s.field }));
      published.push({ id, trl: s.trl, field: s.field, region: s.region });
    }
    // Drafts with the same words must never surface, whatever the query says.
    const d1 = await api(t, uni)
      .post('/api/listings/achievements', achievement({ description: `草稿 ${TAG} x" OR status = "draft` }))
      .expect(201);
    const d2 = await api(t, huaibeiInstitute)
      .post('/api/listings/achievements', achievement({ description: `草稿二 ${TAG}` }))
      .expect(201);
    draftId = d1.body.id;
    otherDraftId = d2.body.id;
    await poll(
      () => api(t).get('/api/search/achievements', { q: TAG }),
      (r) => r.body.total === published.length,
    );
  });

  afterAll(async () => {
    await t.app.get(SearchIndex).dropAll();
    await t.close();
  });

  it('counts facets exactly as the matching published listings', async () => {
    const res = await api(t).get('/api/search/achievements', { q: TAG, pageSize: 100 }).expect(200);
    const count = <K extends 'trl' | 'field'>(k: K) =>
      published.reduce<Record<string, number>>(
        (acc, p) => ({ ...acc, [String(p[k])]: (acc[String(p[k])] ?? 0) + 1 }),
        {},
      );
    expect(res.body.facets.trl).toEqual(count('trl'));
    expect(res.body.facets.techFieldCode).toEqual(count('field'));
    expect(res.body.facets.regionCode).toEqual({ '210602': 3, '340603': 2 });
    const filtered = await api(t)
      .get('/api/search/achievements', { q: TAG, region: '340000', trlMin: '7' })
      .expect(200);
    expect(filtered.body.total).toBe(2);
    expect(filtered.body.facets.trl).toEqual({ '8': 1, '9': 1 });
    const multi = await api(t).get('/api/search/achievements', { q: TAG, techField: '05,06' }).expect(200);
    expect(multi.body.facets.techFieldCode).toEqual({ '05': 2, '06': 2 });
    expect(res.body.items[0].highlight.description).toContain(`<em>`);
  });

  it.each([
    ['q with filter syntax', { q: 'x" OR status = "draft' }],
    ['q 1 OR 1=1', { q: '1 OR 1=1' }],
    ['q with a quote and backslash', { q: `${TAG}\\" OR anonymous = true` }],
  ])('treats %s as literal text and never returns drafts', async (_name, query) => {
    const res = await api(t).get('/api/search/achievements', query).expect(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(draftId);
    expect(ids).not.toContain(otherDraftId);
    expect(res.body.items.every((i: { id: string }) => published.some((p) => p.id === i.id))).toBe(true);
  });

  it.each([
    ['techField injection', { techField: '05" OR status = "draft' }, 'techField'],
    ['region injection', { region: '1 OR 1=1' }, 'region'],
    ['orgType injection', { orgType: 'university" OR status = "draft' }, 'orgType'],
    ['sort injection', { sort: 'status:asc' }, 'sort'],
    ['trl out of range', { trlMin: '0' }, 'trlMin'],
    ['price not a number', { priceMax: '1 OR 1=1' }, 'priceMax'],
    ['very long q', { q: '长'.repeat(201) }, 'q'],
    ['control characters in q', { q: `${TAG}\u0000\u0007` }, 'q'],
    ['raw filter parameter', { filter: 'status = "draft"' }, 'filter'],
  ])('rejects %s with 400', async (_name, query, field) => {
    const res = await api(t).get('/api/search/achievements', query).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body.details)).toContain(field);
  });

  it('finds a word inside a longer word of a title (电池 in 锂电池), below the listings that use it whole', async () => {
    const inside = await publishAchievement(
      uni,
      achievement({ title: '锂电池梯次利用健康状态快速评估', description: `退役动力电池分选 ${TAG}`, keywords: [] }),
    );
    const res = await poll(
      () => api(t).get('/api/search/achievements', { q: '梯次利用健康' }),
      (r) => r.body.items.some((i: { id: string }) => i.id === inside),
    );
    expect(res.body.items[0].grams).toBeUndefined(); // searchable, never shown
    const found = await api(t).get('/api/search/achievements', { q: '电池', pageSize: 50 }).expect(200);
    const ids = found.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(inside);
    // 钠离子电池… has 电池 as a word of its own: it ranks above the one that has it only inside 锂电池
    expect(ids.indexOf(published[0]!.id)).toBeLessThan(ids.indexOf(inside));
  });

  it('rejects filters of another kind (trl on needs) with 400', async () => {
    await api(t).get('/api/search/needs', { trlMin: '3' }).expect(400);
  });

  it('keeps a long query within the 10-word limit and still finds the listing', async () => {
    const q = '请问有没有关于低成本的钠离子电池硬碳负极材料的制备方法以及相关的中试放大工艺和产业化应用';
    const res = await api(t).get('/api/search/achievements', { q }).expect(200);
    expect(res.body.query.truncated).toBe(true);
    expect(res.body.query.terms).toHaveLength(10);
    expect(res.body.query.terms).toEqual(expect.arrayContaining(['钠离子', '硬碳', '负极']));
    expect(res.body.query.terms).not.toContain('的');
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(published.map((p) => p.id)));
  });

  it('lets only the platform admin edit synonyms, and the new pair works after the worker pushed it', async () => {
    const body = { groups: [{ terms: ['硬碳', 'hardcarbon'], note: '测试' }] };
    expect((await api(t).get('/api/search/achievements', { q: 'hardcarbon' }).expect(200)).body.total).toBe(0);
    await api(t, enterprise).put('/api/search/synonyms', body).expect(403);
    await api(t).put('/api/search/synonyms', body).expect(401);
    const bad = await api(t, platform)
      .put('/api/search/synonyms', { groups: [{ terms: ['只有一个'] }] })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const ok = await api(t, platform).put('/api/search/synonyms', body).expect(200);
    expect(ok.body.map((g: { terms: string[] }) => g.terms)).toEqual([['硬碳', 'hardcarbon']]);
    const found = await poll(
      () => api(t).get('/api/search/achievements', { q: 'hardcarbon' }),
      (r) => r.body.total === published.length,
    );
    expect(found.body.items.map((i: { id: string }) => i.id).sort()).toEqual(published.map((p) => p.id).sort());
  });
});
