import { DataSource } from 'typeorm';
import { openDeal } from './factories/deal.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createListing, publishedListing } from './factories/listing.factory.js';
import { api, fieldsOf, refused, type Bearer } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

const DAY = 86_400_000;

/** A valid roadshow body: online and at a venue, tomorrow afternoon, with `o`. */
const roadshowBody = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '淮北市新材料科技成果专场路演',
  description: '推介高校院所新材料领域成果，现场对接企业需求。',
  format: 'hybrid',
  onlineUrl: 'https://meeting.example.cn/s/roadshow',
  venue: '淮北市科技大厦三楼报告厅',
  startsAt: new Date(Date.now() + DAY).toISOString(),
  endsAt: new Date(Date.now() + DAY + 3 * 3_600_000).toISOString(),
  ...o,
});

/** Issue 19, roadshows (路演): events, what they present, registration, attendance, follow-up deals, the report. */
describe('roadshows (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let bureau: TestOrg;
  let farBureau: TestOrg;
  let uni: TestOrg;
  let e1: TestOrg;
  let e2: TestOrg;
  let e3: TestOrg;
  let pending: TestOrg;

  const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM roadshow`))[0].n as number;
  const create = async (who: Bearer, o: Record<string, unknown> = {}) =>
    (await api(t, who).post('/api/roadshows', roadshowBody(o)).expect(201)).body;
  const publish = async (who: Bearer, r: { id: string; version: number }) =>
    (await api(t, who).post(`/api/roadshows/${r.id}/publish`, { version: r.version }).expect(200)).body;
  const register = (who: Bearer, id: string) =>
    api(t, who).post(`/api/roadshows/${id}/registrations`, { confirm: true });
  /** The clock moved in SQL: a test cannot wait for tomorrow. */
  const startNow = (id: string) =>
    ds.query(
      `UPDATE roadshow SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [bureau, farBureau, uni, e1, e2, e3, pending] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false }),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('refuses a roadshow whose details are wrong with 400 and the fields, and an enterprise as organiser; creates nothing', async () => {
    const before = await count();
    const bad = async (o: Record<string, unknown>, fields: string[]) =>
      expect(
        fieldsOf(await refused(api(t, bureau).post('/api/roadshows', roadshowBody(o)), 400, 'VALIDATION_FAILED')),
      ).toEqual(fields);
    await bad({ onlineUrl: null }, ['onlineUrl']);
    await bad({ format: 'venue', venue: '   ' }, ['venue']);
    await bad({ onlineUrl: 'javascript:alert(1)' }, ['onlineUrl']);
    await bad({ endsAt: new Date(Date.now() + DAY - 60_000).toISOString() }, ['endsAt']);
    await bad({ startsAt: new Date(Date.now() - DAY).toISOString() }, ['startsAt']);
    await bad({ capacity: 0, format: 'meeting' }, ['capacity', 'format']);
    await refused(api(t, e1).post('/api/roadshows', roadshowBody()), 403, 'PERMISSION_DENIED');
    expect(await count()).toBe(before);
  });

  it('presents published achievements, registers within capacity, records attendance and the deal that followed, and counts them in the quarterly report', async () => {
    const achievement = await publishedListing(
      t,
      uni,
      'achievements',
      { title: '高强度铝合金表面处理技术' },
      { reviewer: bureau },
    );
    const draftAchievement = await createListing(t, uni, 'achievements', { title: '未发布的成果' });
    const draft = await create(bureau, { capacity: 2 });
    expect(draft).toMatchObject({ status: 'draft', phase: 'draft', mine: true, registeredCount: 0 });
    await api(t).get(`/api/roadshows/${draft.id}`).expect(404);

    await refused(
      api(t, bureau).put(`/api/roadshows/${draft.id}/items`, {
        version: draft.version,
        items: [{ kind: 'achievement', id: draftAchievement.id }],
      }),
      422,
      'ROADSHOW_ITEM_UNAVAILABLE',
    );
    const withItems = (
      await api(t, bureau)
        .put(`/api/roadshows/${draft.id}/items`, {
          version: draft.version,
          items: [{ kind: 'achievement', id: achievement.id }],
        })
        .expect(200)
    ).body;
    expect(withItems.items).toEqual([
      { kind: 'achievement', id: achievement.id, title: '高强度铝合金表面处理技术', presenterName: uni.org.name },
    ]);
    const published = await publish(bureau, withItems);
    expect(published).toMatchObject({ status: 'published', phase: 'upcoming', phaseText: '报名中' });

    // The public sees it without its meeting link; a registered organisation sees the link.
    const publicView = (await api(t).get(`/api/roadshows/${draft.id}`).expect(200)).body;
    expect(publicView).toMatchObject({ onlineUrl: null, registered: null, venue: '淮北市科技大厦三楼报告厅' });
    expect(
      (await api(t).get('/api/roadshows', { when: 'upcoming' }).expect(200)).body.items.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(draft.id);
    const mine = (await register(e1, draft.id).expect(201)).body;
    expect(mine).toMatchObject({
      registered: true,
      registeredCount: 1,
      onlineUrl: 'https://meeting.example.cn/s/roadshow',
    });
    await refused(register(e1, draft.id), 409, 'ROADSHOW_ALREADY_REGISTERED');
    await refused(register(pending, draft.id), 403, 'ORG_NOT_VERIFIED');
    await refused(register(bureau, draft.id), 403, 'PERMISSION_DENIED'); // bureaus organise, organisations register
    await register(uni, draft.id).expect(201);
    await refused(register(e2, draft.id), 409, 'ROADSHOW_FULL');
    await api(t, uni).delete(`/api/roadshows/${draft.id}/registrations/mine`).expect(200);
    await register(e2, draft.id).expect(201);
    expect((await api(t, e2).get('/api/roadshows/registered').expect(200)).body.items[0].id).toBe(draft.id);

    // Attendance opens at the start; registration closes.
    await refused(
      api(t, bureau).post(`/api/roadshows/${draft.id}/attendance`, { orgIds: [e1.org.id], attended: true }),
      409,
      'ROADSHOW_ATTENDANCE_NOT_OPEN',
    );
    await startNow(draft.id);
    await refused(register(e3, draft.id), 409, 'ROADSHOW_REGISTRATION_CLOSED');
    await refused(
      api(t, bureau).patch(`/api/roadshows/${draft.id}`, { version: published.version, title: '改名' }),
      409,
      'ROADSHOW_NOT_EDITABLE',
    );
    await refused(
      api(t, bureau).post(`/api/roadshows/${draft.id}/attendance`, { orgIds: [e3.org.id], attended: true }),
      409,
      'ROADSHOW_NOT_REGISTERED',
    );
    const attended = (
      await api(t, bureau)
        .post(`/api/roadshows/${draft.id}/attendance`, { orgIds: [e1.org.id], attended: true })
        .expect(200)
    ).body;
    expect(attended.attendedCount).toBe(1);

    // A deal between the presenter and a registrant is the roadshow's, once; an unrelated one is refused.
    const deal = await openDeal(t, uni, { seller: uni, buyer: e1 });
    const recorded = (await api(t, bureau).post(`/api/roadshows/${draft.id}/deals`, { dealId: deal.id }).expect(200))
      .body;
    expect(recorded.dealIds).toEqual([deal.id]);
    await refused(
      api(t, bureau).post(`/api/roadshows/${draft.id}/deals`, { dealId: deal.id }),
      409,
      'ROADSHOW_DEAL_ALREADY_RECORDED',
    );
    const unrelated = await openDeal(t, e3, { seller: e3, buyer: e2 });
    await refused(
      api(t, bureau).post(`/api/roadshows/${draft.id}/deals`, { dealId: unrelated.id }),
      422,
      'ROADSHOW_DEAL_UNRELATED',
    );

    // Who reads the participants: the organiser and the bureaus over it, not a bureau elsewhere nor a registrant.
    await refused(api(t, farBureau).get(`/api/roadshows/${draft.id}/participants`), 403, 'ROADSHOW_OUT_OF_REGION');
    await refused(api(t, e1).get(`/api/roadshows/${draft.id}/participants`), 403, 'ROADSHOW_OUT_OF_REGION');
    const participants = (await api(t, bureau).get(`/api/roadshows/${draft.id}/participants`).expect(200)).body;
    expect(
      participants.registrations.map((r: { orgId: string; attended: boolean | null }) => [r.orgId, r.attended]),
    ).toEqual([
      [e1.org.id, true],
      [e2.org.id, null],
    ]);

    // The quarterly report of the running quarter counts it.
    const quarter = `${new Date().getFullYear()}-Q${Math.floor(new Date().getMonth() / 3) + 1}`;
    const report = (
      await api(t, bureau).get('/api/stats/reports/quarterly', { region: '340600', period: quarter }).expect(200)
    ).body;
    expect(Object.fromEntries(report.roadshows.map((c: { key: string; count: number }) => [c.key, c.count]))).toEqual({
      held: 1,
      registrations: 2,
      attended: 1,
      followUpDeals: 1,
    });
  });

  it('cancels before the start with a reason, and nobody registers after', async () => {
    const r = await publish(bureau, await create(bureau));
    await refused(
      api(t, bureau).post(`/api/roadshows/${r.id}/cancel`, { version: r.version, reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const cancelled = (
      await api(t, bureau)
        .post(`/api/roadshows/${r.id}/cancel`, { version: r.version, reason: '主讲专家行程调整' })
        .expect(200)
    ).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', phaseText: '已取消', cancelReason: '主讲专家行程调整' });
    await refused(register(e1, r.id), 409, 'ROADSHOW_REGISTRATION_CLOSED');
    await refused(
      api(t, e1).post(`/api/roadshows/${r.id}/cancel`, { version: cancelled.version, reason: '别人的路演' }),
      403,
      'ROADSHOW_FORBIDDEN',
    );
  });
});
