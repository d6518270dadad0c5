import { DataSource } from 'typeorm';
import { loadReferenceData } from '../seeds/load-reference.js';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { api, fieldsOf, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Plans and targets as bureau admins manage them: adding, revising with history, and who may. */
describe('target plans (e2e)', () => {
  let t: TestApp;
  let admin: TestOrg;
  let staff: TestOrg;
  let lixinAdmin: TestOrg;

  const plan = async (over: Record<string, unknown> = {}) =>
    (
      await api(t, admin)
        .post('/api/target-plans', {
          regionCode: '340600',
          title: '淮北市加快科技成果转移转化行动方案（2026—2028年）',
          document: '淮政办〔2026〕12号',
          fromYear: 2026,
          toYear: 2028,
          ...over,
        })
        .expect(201)
    ).body;
  const progress = async (code: string, asOf = '2026-06-30') =>
    (await api(t, staff).get('/api/stats/targets', { asOf }).expect(200)).body.items.find(
      (i: { indicatorCode: string; targetYear: number }) => i.indicatorCode === code && i.targetYear === 2028,
    );

  beforeAll(async () => {
    t = await createTestApp();
    [admin, staff, lixinAdmin] = await Promise.all([
      createBureauStaff(t, '340600', { admin: true }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '341623', { admin: true }),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('adds a plan and its target, which the dashboard tracks from its source', async () => {
    const p = await plan();
    const target = await api(t, admin)
      .post(`/api/target-plans/${p.id}/targets`, {
        indicatorCode: 'achievements_converted',
        indicatorName: '累计转化科技成果数量(累计)',
        targetYear: 2028,
        fromYear: 2026,
        accumulation: 'cumulative',
        value: '400',
        unit: 'count',
        comparison: 'gte',
        sourceQuote: '累计转化科技成果400项以上',
      })
      .expect(201);
    expect(target.body).toMatchObject({ planId: p.id, version: 1, regionCode: '340600' });
    expect(target.body.sourceDoc).toBe('淮政办〔2026〕12号 | 淮北市加快科技成果转移转化行动方案（2026—2028年）');
    expect(await progress('achievements_converted')).toMatchObject({
      targetValue: '400',
      fromMonth: '2026-01',
      toMonth: '2028-12',
      closed: false,
      source: { kind: 'records' },
    });
    const plans = await api(t, staff).get('/api/target-plans').expect(200);
    expect(plans.body.map((x: { id: number }) => x.id)).toContain(p.id);
  });

  it('revises a target as a new version with its reason, keeping the replaced values; the loader leaves it alone', async () => {
    const p = await plan({ title: '修订测试规划' });
    const created = await api(t, admin)
      .post(`/api/target-plans/${p.id}/targets`, {
        indicatorCode: 'pilot_bases',
        indicatorName: '累计建设中试基地数量(累计)',
        targetYear: 2028,
        fromYear: 2026,
        accumulation: 'cumulative',
        value: '4',
        unit: 'count',
        comparison: 'gte',
      })
      .expect(201);
    const noReason = await refused(
      api(t, admin).patch(`/api/targets/${created.body.id}`, { version: 1, value: '6' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const revised = await api(t, admin)
      .patch(`/api/targets/${created.body.id}`, { version: 1, value: '6', reason: '市政府常务会议提高目标' })
      .expect(200);
    expect(revised.body).toMatchObject({ version: 2, value: '6.00' });
    await refused(
      api(t, admin).patch(`/api/targets/${created.body.id}`, { version: 1, value: '7', reason: '重复提交' }),
      409,
      'TARGET_VERSION_CONFLICT',
    );
    const history = await api(t, staff).get(`/api/targets/${created.body.id}/history`).expect(200);
    expect(history.body.target.version).toBe(2);
    expect(history.body.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        value: '4.00',
        reason: '市政府常务会议提高目标',
        revisedBy: admin.user.id,
      }),
    ]);
    expect((await progress('pilot_bases')).targetValue).toBe('6');

    // A seeded target revised by the bureau keeps its revision when the reference data loads again.
    const ds = t.app.get(DataSource);
    const [seeded] = await ds.query(
      `SELECT id FROM policy_target WHERE region_code = '340600' AND indicator_code = 'tech_smes'`,
    );
    await api(t, admin)
      .patch(`/api/targets/${seeded.id}`, { version: 1, value: '550', reason: '上级下达新目标' })
      .expect(200);
    await loadReferenceData(ds);
    const [after] = await ds.query(`SELECT value::text AS value, version FROM policy_target WHERE id = $1`, [
      seeded.id,
    ]);
    expect(after).toEqual({ value: '550.00', version: 2 });
  });

  it('refuses staff, other regions, a unit other than the indicator’s and years outside the plan', async () => {
    const p = await plan({ title: '校验测试规划' });
    const body = {
      indicatorCode: 'tech_contract_amount',
      indicatorName: '吸纳技术合同成交额',
      targetYear: 2030,
      accumulation: 'annual',
      value: '12000000000',
      unit: 'count',
      comparison: 'gt',
    };
    await refused(api(t, staff).post(`/api/target-plans/${p.id}/targets`, body), 403, 'PERMISSION_DENIED');
    await refused(api(t, lixinAdmin).post(`/api/target-plans/${p.id}/targets`, body), 403, 'TARGET_OUT_OF_REGION');
    await refused(
      api(t, lixinAdmin).post('/api/target-plans', {
        regionCode: '340600',
        title: 'x',
        document: 'y',
        fromYear: 2026,
        toYear: 2027,
      }),
      403,
      'TARGET_OUT_OF_REGION',
    );
    const bad = await refused(api(t, admin).post(`/api/target-plans/${p.id}/targets`, body), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(bad)).toEqual(['targetYear', 'unit']);
  });
});
