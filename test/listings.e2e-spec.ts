import { DataSource } from 'typeorm';
import { ListingDeadlines } from '../libs/listings/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { chinaToday } from '../libs/reference/src/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import { bearer, createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { applyToChallenge, awardChallenge } from './factories/challenge.factory.js';
import { publishedListing, spindleNeed, strawAchievement } from './factories/listing.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { fieldsOf, api, refused } from './http.js';

/** Listings over HTTP: lifecycle, review scope, optimistic locking, validation, anonymity. */
describe('listings API (e2e)', () => {
  let t: TestApp;
  let jobs: JobRunner;
  let dandongEnterprise: TestOrg;
  let dandongUniversity: TestOrg;
  let lixinEnterprise: TestOrg;
  let lixinBureau: TestOrg;
  let huaibeiBureau: TestOrg;
  let outsider: TestOrg;

  const need = spindleNeed;
  const achievement = strawAchievement;

  async function searchIds(kind: string, query: Record<string, string>): Promise<string[]> {
    const res = await api(t).get(`/api/search/${kind}`, query).expect(200);
    return res.body.items.map((i: { id: string }) => i.id);
  }

  /** Runs the job queue in this process and polls the public search until `check` holds. */
  async function eventually(
    kind: string,
    query: Record<string, string>,
    check: (ids: string[]) => boolean,
  ): Promise<void> {
    const until = Date.now() + 15_000;
    let ids: string[] = [];
    while (Date.now() < until) {
      await jobs.drainUntilIdle();
      ids = await searchIds(kind, query);
      if (check(ids)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`search did not converge: ${JSON.stringify(ids)}`);
  }

  beforeAll(async () => {
    t = await createTestApp();
    jobs = t.app.get(JobRunner);
    const dandongBureau = await createBureauStaff(t, '210600');
    await t.app
      .get(DataSource)
      .query(`UPDATE organization SET review_listings = false WHERE id = $1`, [dandongBureau.org.id]);
    dandongEnterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602' });
    dandongUniversity = await createOrgWithAdmin(t, { type: 'university', regionCode: '210602' });
    lixinEnterprise = await createOrgWithAdmin(t, {
      type: 'enterprise',
      regionCode: '341623',
      name: '利辛县匿名测试有限公司',
    });
    lixinBureau = await createBureauStaff(t, '341623');
    huaibeiBureau = await createBureauStaff(t, '340600');
    outsider = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' });
  });

  afterAll(async () => {
    await t.app.get(SearchIndex).dropAll();
    await t.close();
  });

  it('publish → findable, edit → new text found and old not, withdraw → gone', async () => {
    const created = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ description: '主轴热误差补偿 癸酉主轴' }))
      .expect(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, kind: 'need', regionCode: '210602' });
    const id = created.body.id as string;
    const pub = await api(t, dandongEnterprise).post(`/api/listings/needs/${id}/submit`, { version: 1 }).expect(200);
    expect(pub.body.status).toBe('published');
    await eventually('needs', { q: '癸酉主轴' }, (ids) => ids.includes(id));

    const edited = await api(t, dandongEnterprise)
      .patch(`/api/listings/needs/${id}`, { version: pub.body.version, description: '主轴热误差补偿 甲戌主轴' })
      .expect(200);
    await eventually('needs', { q: '甲戌主轴' }, (ids) => ids.includes(id));
    await eventually('needs', { q: '癸酉主轴' }, (ids) => !ids.includes(id));

    await api(t, dandongEnterprise)
      .post(`/api/listings/needs/${id}/withdraw`, { version: edited.body.version })
      .expect(200);
    await eventually('needs', { q: '甲戌主轴' }, (ids) => ids.length === 0);
    await api(t).get(`/api/listings/needs/${id}`).expect(404);
    const mine = await api(t, dandongEnterprise).get('/api/listings/needs/mine?status=withdrawn').expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('lets only the bureau of the owner’s region review: outside → 403, enterprise → 403', async () => {
    const c = await api(t, lixinEnterprise).post('/api/listings/needs', need()).expect(201);
    const s = await api(t, lixinEnterprise).post(`/api/listings/needs/${c.body.id}/submit`, { version: 1 }).expect(200);
    expect(s.body.status).toBe('submitted');
    const outside = await api(t, huaibeiBureau)
      .post(`/api/listings/needs/${c.body.id}/approve`, { version: s.body.version })
      .expect(403);
    expect(outside.body.code).toBe('LISTING_REVIEW_OUT_OF_REGION');
    await api(t, outsider).post(`/api/listings/needs/${c.body.id}/approve`, { version: s.body.version }).expect(403);
    const queue = await api(t, huaibeiBureau).get('/api/listings/needs/review-queue').expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(c.body.id);
    const rej = await api(t, lixinBureau)
      .post(`/api/listings/needs/${c.body.id}/reject`, { version: s.body.version, reason: '联系方式不完整' })
      .expect(200);
    expect(rej.body).toMatchObject({ status: 'rejected', rejectReason: '联系方式不完整' });
    await api(t, lixinBureau)
      .post(`/api/listings/needs/${c.body.id}/reject`, { version: rej.body.version })
      .expect(400);
  });

  it('audits review decisions (who, reason) with the change; a refused decision leaves no audit row', async () => {
    const ds = t.app.get(DataSource);
    const audit = async (id: string) =>
      ds.query(
        `SELECT action, actor_user_id, actor_org_id, region_code, target_type, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [id],
      );
    const c = await api(t, lixinEnterprise).post('/api/listings/needs', need()).expect(201);
    const s = await api(t, lixinEnterprise).post(`/api/listings/needs/${c.body.id}/submit`, { version: 1 }).expect(200);
    // Refused: outside the region, then a stale version; neither is recorded.
    await api(t, huaibeiBureau)
      .post(`/api/listings/needs/${c.body.id}/reject`, { version: s.body.version, reason: '越权' })
      .expect(403);
    await api(t, lixinBureau)
      .post(`/api/listings/needs/${c.body.id}/reject`, { version: s.body.version - 1, reason: '过期版本' })
      .expect(409);
    expect(await audit(c.body.id)).toEqual([]);

    const rej = await api(t, lixinBureau)
      .post(`/api/listings/needs/${c.body.id}/reject`, { version: s.body.version, reason: '缺少预算说明' })
      .expect(200);
    const again = await api(t, lixinEnterprise)
      .post(`/api/listings/needs/${c.body.id}/submit`, { version: rej.body.version })
      .expect(200);
    const ok = await api(t, lixinBureau)
      .post(`/api/listings/needs/${c.body.id}/approve`, { version: again.body.version })
      .expect(200);
    const who = {
      actor_user_id: lixinBureau.user.id,
      actor_org_id: lixinBureau.org.id,
      region_code: '341623',
      target_type: 'tech_need',
    };
    expect(await audit(c.body.id)).toEqual([
      {
        ...who,
        action: 'listing.reject',
        before: { status: 'submitted', version: s.body.version },
        after: { status: 'rejected', reason: '缺少预算说明', version: rej.body.version },
      },
      {
        ...who,
        action: 'listing.approve',
        before: { status: 'submitted', version: again.body.version },
        after: { status: 'published', version: ok.body.version },
      },
    ]);
  });

  it('answers a stale edit with 409 and keeps the newer text', async () => {
    const c = await api(t, dandongUniversity).post('/api/listings/achievements', achievement()).expect(201);
    await api(t, dandongUniversity)
      .patch(`/api/listings/achievements/${c.body.id}`, { version: 1, title: '第一个人的修改' })
      .expect(200);
    const stale = await api(t, dandongUniversity)
      .patch(`/api/listings/achievements/${c.body.id}`, { version: 1, title: '第二个人的修改' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'LISTING_VERSION_CONFLICT',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    const now = await api(t, dandongUniversity).get(`/api/listings/achievements/${c.body.id}`).expect(200);
    expect(now.body.title).toBe('第一个人的修改');
  });

  it('rejects invalid TRL and price with 400 and field details', async () => {
    const uni = bearer(dandongUniversity.accessToken);
    const trl = await api(t)
      .post('/api/listings/achievements')
      .set(uni)
      .send(achievement({ trl: 10 }))
      .expect(400);
    expect(trl.body.code).toBe('VALIDATION_FAILED');
    expect(trl.body.details.map((d: { field: string }) => d.field)).toContain('trl');
    const price = await api(t)
      .post('/api/listings/achievements')
      .set(uni)
      .send(achievement({ priceFen: -5 }))
      .expect(400);
    expect(price.body.details.map((d: { field: string }) => d.field)).toContain('priceFen');
    const fraction = await api(t)
      .post('/api/listings/achievements')
      .set(uni)
      .send(achievement({ priceFen: 12.5 }))
      .expect(400);
    expect(fraction.body.details.map((d: { field: string }) => d.field)).toContain('priceFen');
    const missing = await api(t)
      .post('/api/listings/achievements')
      .set(uni)
      .send(achievement({ priceFen: undefined }))
      .expect(400);
    expect(missing.body).toMatchObject({
      code: 'LISTING_INVALID_FIELD',
      details: [{ field: 'priceFen', messages: [expect.any(String)] }],
    });
    const budget = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ budgetMinFen: 9, budgetMaxFen: 1 }))
      .expect(400);
    expect(budget.body.details[0].field).toBe('budgetMaxFen');
    const unknown = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ status: 'published' }))
      .expect(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    await api(t).post('/api/listings/needs', need()).expect(401);
    await api(t, dandongEnterprise).post('/api/listings/achievements', achievement()).expect(403);
    // Whitespace only is no title or description: a coded 400 naming both, not a database error.
    const blank = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ title: ' \u3000  ', description: '   ' }))
      .expect(400);
    expect(blank.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(blank).filter((f) => f === 'title' || f === 'description')).toEqual(['description', 'title']);
    // A deadline that has already passed is refused, on a create and on an edit; today is accepted.
    const yesterday = chinaToday(new Date(Date.now() - 86_400_000));
    const past = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ deadline: yesterday }))
      .expect(400);
    expect(past.body.code).toBe('VALIDATION_FAILED');
    expect(past.body.details).toEqual([{ field: 'deadline', messages: ['截止日期不能早于今天'] }]);
    const draft = await api(t, dandongEnterprise)
      .post('/api/listings/needs', need({ deadline: chinaToday() }))
      .expect(201);
    expect(
      fieldsOf(
        await api(t, dandongEnterprise)
          .patch(`/api/listings/needs/${draft.body.id}`, { deadline: yesterday, version: draft.body.version })
          .expect(400),
      ),
    ).toEqual(['deadline']);
  });

  it('hides the company of an anonymous need from the public and other organisations, not from its bureau', async () => {
    const c = await api(t, lixinEnterprise)
      .post('/api/listings/needs', need({ anonymous: true, description: '匿名发布 乙亥匿名' }))
      .expect(201);
    const s = await api(t, lixinEnterprise).post(`/api/listings/needs/${c.body.id}/submit`, { version: 1 }).expect(200);
    await api(t, lixinBureau).post(`/api/listings/needs/${c.body.id}/approve`, { version: s.body.version }).expect(200);
    await eventually('needs', { q: '乙亥匿名' }, (ids) => ids.includes(c.body.id));
    const hits = await api(t).get('/api/search/needs', { q: '乙亥匿名' }).expect(200);
    expect(JSON.stringify(hits.body)).not.toContain('利辛县匿名测试有限公司');
    expect(JSON.stringify(hits.body)).not.toContain(lixinEnterprise.org.id);
    const pub = await api(t).get(`/api/listings/needs/${c.body.id}`).expect(200);
    expect(pub.body).toMatchObject({ orgId: null, orgName: null, contactPhone: null });
    const other = await api(t, outsider).get(`/api/listings/needs/${c.body.id}`).expect(200);
    expect(other.body.orgName).toBeNull();
    const bureau = await api(t, lixinBureau).get(`/api/listings/needs/${c.body.id}`).expect(200);
    expect(bureau.body.orgName).toBe('利辛县匿名测试有限公司');
  });

  it('runs a challenge: publish, teams apply once, the owner awards one and the challenge closes', async () => {
    const ch = await publishedListing(t, dandongEnterprise, 'challenges', {
      title: '高寒地区光伏组件除雪技术攻关',
      description: '冬季积雪导致发电量下降 丙子光伏',
      techFieldCode: '06',
    });
    await eventually('challenges', { q: '丙子光伏' }, (ids) => ids.includes(ch.id));
    const app = await applyToChallenge(t, dandongUniversity, ch, {
      teamName: '光伏除雪团队',
      proposal: '疏水涂层+边框加热',
    });
    await api(t, dandongUniversity)
      .post(`/api/listings/challenges/${ch.id}/applications`, { teamName: '再来一次', proposal: '重复' })
      .expect(409);
    await api(t, dandongUniversity).get(`/api/listings/challenges/${ch.id}/applications`).expect(403);
    const list = await api(t, dandongEnterprise).get(`/api/listings/challenges/${ch.id}/applications`).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.items[0]).toMatchObject({
      id: app.id,
      orgId: dandongUniversity.org.id,
      orgName: dandongUniversity.org.name,
      teamName: '光伏除雪团队',
      status: 'submitted',
    });
    const second = await api(t, dandongEnterprise)
      .get(`/api/listings/challenges/${ch.id}/applications`, { page: 2, pageSize: 1 })
      .expect(200);
    expect(second.body).toMatchObject({ items: [], total: 1 });
    await api(t, dandongEnterprise).get(`/api/listings/challenges/${ch.id}/applications`, { pageSize: 0 }).expect(400);
    // the applicant's own state; another organisation has none, and nobody signed out asks
    const mine = await api(t, dandongUniversity).get(`/api/listings/challenges/${ch.id}/applications/mine`).expect(200);
    expect(mine.body.application).toMatchObject({
      id: app.id,
      status: 'submitted',
      orgName: dandongUniversity.org.name,
    });
    expect(
      (await api(t, outsider).get(`/api/listings/challenges/${ch.id}/applications/mine`).expect(200)).body,
    ).toEqual({ application: null });
    await api(t).get(`/api/listings/challenges/${ch.id}/applications/mine`).expect(401);
    const award = await awardChallenge(t, dandongEnterprise, ch, app);
    expect(award).toMatchObject({ status: 'awarded', orgName: dandongUniversity.org.name });
    await eventually('challenges', { q: '丙子光伏' }, (ids) => !ids.includes(ch.id));
    // closed: the applicant still sees the challenge and its result; the public and other organisations do not
    const seen = await api(t, dandongUniversity).get(`/api/listings/challenges/${ch.id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'closed', awardedApplicationId: app.id });
    expect(
      (await api(t, dandongUniversity).get(`/api/listings/challenges/${ch.id}/applications/mine`).expect(200)).body
        .application.status,
    ).toBe('awarded');
    await api(t).get(`/api/listings/challenges/${ch.id}`).expect(404);
    await api(t, outsider).get(`/api/listings/challenges/${ch.id}`).expect(404);
    await api(t, outsider).get(`/api/listings/challenges/${ch.id}/applications/mine`).expect(404);
  });

  it('closes a challenge when its deadline passes (worker job); applications stop, the owner can still award', async () => {
    const ds = t.app.get(DataSource);
    const owner = bearer(dandongEnterprise.accessToken);
    const ch = await publishedListing(t, dandongEnterprise, 'challenges', {
      title: '寒区输电线路覆冰监测技术攻关',
      description: '覆冰在线监测与预警',
      techFieldCode: '06',
      rewardFen: 200_000_000,
      deadline: chinaToday(),
    });
    const app = await applyToChallenge(t, dandongUniversity, ch, { teamName: '覆冰监测团队' });
    // The deadline day passes.
    await ds.query(`UPDATE challenge SET deadline = $2 WHERE id = $1`, [
      ch.id,
      chinaToday(new Date(Date.now() - 86_400_000)),
    ]);
    expect(await t.app.get(ListingDeadlines).closeExpired()).toBeGreaterThanOrEqual(1);
    const closed = await api(t).get(`/api/listings/challenges/${ch.id}`).set(owner).expect(200);
    expect(closed.body.status).toBe('closed');
    await refused(
      api(t, outsider).post(`/api/listings/challenges/${ch.id}/applications`, {
        teamName: '迟到',
        proposal: '方案',
      }),
      409,
      'CHALLENGE_NOT_OPEN',
    );
    const award = await api(t)
      .post(`/api/listings/challenges/${ch.id}/applications/${app.id}/award`)
      .set(owner)
      .send({ version: closed.body.version })
      .expect(200);
    expect(award.body.status).toBe('awarded');
  });
});
