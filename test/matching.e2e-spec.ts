import { JobRunner } from '../libs/shared/jobs/index.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { alertAchievement } from './factories/alerts-world.factory.js';
import { createListing, publishedListing, reviewOff, type KindPath } from './factories/listing.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** GET /api/needs/:id/matches and /api/achievements/:id/matches against the real engine. */
describe('matching API (e2e)', () => {
  let t: TestApp;
  let jobs: JobRunner;
  let uni: TestOrg;
  let enterprise: TestOrg;
  let hidden: TestOrg;
  const ids = {
    need: '',
    anonymousNeed: '',
    draftNeed: '',
    cathode: '',
    draftCathode: '',
    withdrawnCathode: '',
    unrelated: '',
  };

  const create = async (org: TestOrg, kind: KindPath, body: Record<string, unknown>, publish = true) =>
    (publish ? await publishedListing(t, org, kind, body) : await createListing(t, org, kind, body)).id;

  /** The cathode achievement of alerts-world in other words (阴极 for 正极): found through the synonym table. */
  const achievement = (o: Record<string, unknown>) =>
    alertAchievement({
      title: '高镍锂电池阴极材料包覆改性技术',
      description: '采用氧化铝包覆高镍阴极材料，显著提高锂电池的循环寿命与热稳定性，已完成中试。',
      keywords: ['锂电池', '阴极材料'],
      ...o,
    });

  beforeAll(async () => {
    t = await createTestApp();
    jobs = t.app.get(JobRunner);
    await reviewOff(t, await createBureauStaff(t, '340600'));
    uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' });
    enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    hidden = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '隐名锂电科技有限公司' });

    const need = {
      title: '锂离子电池正极材料循环寿命提升',
      description: '我公司生产动力电池，需要提高锂离子电池正极材料的循环寿命和热稳定性，寻求成熟的包覆改性技术。',
      techFieldCode: '06',
      budgetMaxFen: 50_000_000,
      cooperationModes: ['transfer'],
    };
    ids.need = await create(enterprise, 'needs', need);
    ids.anonymousNeed = await create(hidden, 'needs', { ...need, title: '正极材料改性需求（匿名）', anonymous: true });
    ids.draftNeed = await create(enterprise, 'needs', { ...need, title: '草稿需求' }, false);
    ids.cathode = await create(uni, 'achievements', achievement({}));
    ids.unrelated = await create(
      uni,
      'achievements',
      achievement({
        title: '水稻抗倒伏栽培技术',
        description: '密植与控水结合提高水稻产量。',
        keywords: ['水稻'],
        techFieldCode: '09',
      }),
    );
    ids.draftCathode = await create(uni, 'achievements', achievement({ title: '锂电池阴极材料（草稿）' }), false);
    ids.withdrawnCathode = await create(uni, 'achievements', achievement({ title: '锂电池阴极材料（已撤回）' }));
    await api(t, uni).post(`/api/listings/achievements/${ids.withdrawnCathode}/withdraw`, { version: 2 }).expect(200);
    await jobs.drainUntilIdle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('finds the published 锂电池 cathode achievement for a 锂离子电池正极材料 need, with honest reasons', async () => {
    const res = await api(t, enterprise).get(`/api/needs/${ids.need}/matches`).expect(200);
    const found = res.body.map((m: { id: string }) => m.id);
    expect(found[0]).toBe(ids.cathode);
    expect(found).not.toContain(ids.draftCathode);
    expect(found).not.toContain(ids.withdrawnCathode);
    const top = res.body[0];
    expect(top.kind).toBe('achievement');
    expect(top.explanation.sameTechField).toBe(true);
    expect(top.explanation.trl).toEqual({ value: 7, fit: 'ready' });
    expect(top.explanation.transferMode.fit).toBe('match');
    expect(top.explanation.budget.fit).toBe('within_budget');
    expect(top.explanation.region.relation).toBe('same_city');
    const needText =
      '锂离子电池正极材料循环寿命提升 我公司生产动力电池，需要提高锂离子电池正极材料的循环寿命和热稳定性，寻求成熟的包覆改性技术。';
    const achText = `${achievement({}).title} 锂电池 阴极材料 ${achievement({}).description}`;
    expect(top.explanation.sharedTerms.length).toBeGreaterThan(0);
    for (const term of top.explanation.sharedTerms) {
      expect(needText).toContain(term);
      expect(achText).toContain(term);
    }
    expect(top.highlight.title).toContain('<em>');
  });

  it('lists needs for an achievement without revealing an anonymous need’s company', async () => {
    const res = await api(t, uni).get(`/api/achievements/${ids.cathode}/matches`).expect(200);
    const found = res.body.map((m: { id: string }) => m.id);
    expect(found).toEqual(expect.arrayContaining([ids.need, ids.anonymousNeed]));
    expect(found).not.toContain(ids.draftNeed);
    expect(JSON.stringify(res.body)).not.toContain('隐名锂电科技');
    expect(res.body.find((m: { id: string }) => m.id === ids.anonymousNeed).orgName).toBeUndefined();
  });

  it('applies filters', async () => {
    const res = await api(t).get(`/api/needs/${ids.need}/matches`, { techField: '09' }).expect(200);
    expect(res.body.map((m: { id: string }) => m.id)).not.toContain(ids.cathode);
    const trl = await api(t).get(`/api/needs/${ids.need}/matches`, { trlMin: 8 }).expect(200);
    expect(trl.body.map((m: { id: string }) => m.id)).not.toContain(ids.cathode);
  });

  it('answers 404 for listings the caller may not see and 400/404 with codes for bad input', async () => {
    await api(t, uni).get(`/api/needs/${ids.draftNeed}/matches`).expect(404);
    await api(t, enterprise).get(`/api/needs/${ids.draftNeed}/matches`).expect(200);
    const unknown = await api(t).get('/api/needs/00000000-0000-4000-8000-000000000000/matches').expect(404);
    expect(unknown.body.code).toBe('LISTING_NOT_FOUND');
    const badId = await api(t).get('/api/achievements/abc/matches').expect(400);
    expect(badId.body.code).toBeDefined();
    const badTrl = await api(t).get(`/api/needs/${ids.need}/matches`, { trlMin: 12 }).expect(400);
    expect(badTrl.body.code).toBeDefined();
    const badRegion = await api(t).get(`/api/needs/${ids.need}/matches`, { region: '999999' }).expect(404);
    expect(badRegion.body.code).toBe('REGION_NOT_FOUND');
  });
});
