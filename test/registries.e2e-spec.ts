import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { api, fieldsOf, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** The registries bureaus keep (高企, 科小, 中试基地, 科技特派员…) and the plan targets they feed. */
describe('registries (e2e)', () => {
  let t: TestApp;
  let huaibei: TestOrg;
  let lixin: TestOrg;
  let xichou: TestOrg;
  let seq = 0;

  const highTech = (over: Record<string, unknown> = {}) => ({
    kind: 'high_tech_enterprise',
    regionCode: '340602',
    name: '淮北矿业新材料科技有限公司',
    certificateNo: `GR2024340602${String(++seq).padStart(4, '0')}`,
    recognisedOn: '2024-11-20',
    ...over,
  });
  const target = async (who: TestOrg, code: string, asOf: string) =>
    (await api(t, who).get('/api/stats/targets', { asOf }).expect(200)).body.items.find(
      (i: { indicatorCode: string }) => i.indicatorCode === code,
    );

  beforeAll(async () => {
    t = await createTestApp();
    [huaibei, lixin, xichou] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '341623'),
      createBureauStaff(t, '532623'),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('counts 高企 recognised in 淮北’s plan period toward its cumulative target, with the certificate’s validity', async () => {
    const before = await target(huaibei, 'high_tech_enterprises', '2025-12-31');
    const res = await api(t, huaibei).post('/api/registry-entries', highTech()).expect(201);
    expect(res.body).toMatchObject({ kindName: '高新技术企业', regionName: '杜集区', validUntil: '2027-11-19' });
    // one recognised before the plan began does not count toward 累计培育 2023–2025
    await api(t, huaibei)
      .post('/api/registry-entries', highTech({ recognisedOn: '2022-05-10' }))
      .expect(201);
    const after = await target(huaibei, 'high_tech_enterprises', '2025-12-31');
    expect(Number(after.actual)).toBe(Number(before.actual) + 1);
    expect(after).toMatchObject({ source: { kind: 'records', measure: 'high_tech_enterprise' }, countWord: '家' });
    const listed = await api(t, huaibei).get('/api/registry-entries', { kind: 'high_tech_enterprise' }).expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
  });

  it('counts 利辛’s 高企 in force for its level target: an expired certificate drops out', async () => {
    const body = (over: Record<string, unknown>) => highTech({ regionCode: '341623', ...over });
    await api(t, lixin)
      .post('/api/registry-entries', body({ recognisedOn: '2023-03-01' }))
      .expect(201); // to 2026-02-28
    await api(t, lixin)
      .post('/api/registry-entries', body({ recognisedOn: '2021-06-01' }))
      .expect(201); // to 2024-05-31
    const mid = await target(lixin, 'high_tech_enterprises', '2024-03-31');
    expect(mid).toMatchObject({ actual: '2', closed: false, projection: { method: 'from-base' } });
    const end = await target(lixin, 'high_tech_enterprises', '2026-06-30');
    // judged at the period's end (2025-12-31): the 2021 certificate had lapsed
    expect(end).toMatchObject({ actual: '1', closed: true, status: 'missed', projection: null });
  });

  it('counts 科技特派员 dispatched in the year for 西畴’s annual target', async () => {
    for (const [name, on] of [
      ['张伟', '2025-03-01'],
      ['李娜', '2025-09-15'],
      ['王强', '2024-12-20'],
    ])
      await api(t, xichou)
        .post('/api/registry-entries', {
          kind: 'sci_tech_commissioner',
          regionCode: '532623',
          name,
          recognisedOn: on,
          host: '西畴县兴街镇',
        })
        .expect(201);
    expect(await target(xichou, 'sci_tech_commissioners', '2026-01-15')).toMatchObject({
      actual: '2',
      countWord: '人',
    });
  });

  it('refuses a region outside the subtree, a certificate twice, and an entry missing what its kind needs', async () => {
    await refused(api(t, lixin).post('/api/registry-entries', highTech()), 403, 'REGISTRY_OUT_OF_REGION');
    const once = highTech();
    await api(t, huaibei).post('/api/registry-entries', once).expect(201);
    await refused(api(t, huaibei).post('/api/registry-entries', once), 409, 'REGISTRY_CERTIFICATE_TAKEN');
    const missing = await refused(
      api(t, huaibei).post('/api/registry-entries', {
        kind: 'sci_tech_commissioner',
        regionCode: '340602',
        name: '赵敏',
        recognisedOn: '2099-01-01',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(missing)).toEqual(['host', 'recognisedOn']);
    // An unknown kind is named in words: the kinds' Chinese names, no codes after the field's own name.
    const kind = await refused(
      api(t, huaibei).post('/api/registry-entries', highTech({ kind: 'castle' })),
      400,
      'VALIDATION_FAILED',
    );
    const [message] = (kind.body.details as { field: string; messages: string[] }[]).find(
      (d) => d.field === 'kind',
    )!.messages;
    expect(message).toContain('高新技术企业、科技型中小企业');
    expect(message!.replace(/^kind /, '')).not.toMatch(/[A-Za-z_]{3,}/);
    await refused(api(t, lixin).get('/api/registry-entries', { region: '340600' }), 403, 'REGISTRY_OUT_OF_REGION');
  });

  it('withdraws an entry entered in error: kept with its reason, no longer counted, its certificate free again', async () => {
    const before = await target(huaibei, 'high_tech_enterprises', '2025-12-31');
    const wrong = (await api(t, huaibei).post('/api/registry-entries', highTech()).expect(201)).body;
    const withdraw = (who: TestOrg, id: string, reason: unknown) =>
      api(t, who).post(`/api/registry-entries/${id}/withdraw`, { reason });

    await refused(withdraw(lixin, wrong.id, '不在本辖区'), 403, 'REGISTRY_OUT_OF_REGION');
    expect(fieldsOf(await withdraw(huaibei, wrong.id, '').expect(400))).toEqual(['reason']);
    await refused(
      withdraw(huaibei, '00000000-0000-4000-8000-000000000000', '录入错误'),
      404,
      'REGISTRY_ENTRY_NOT_FOUND',
    );

    const done = await withdraw(huaibei, wrong.id, '证书编号录入错误').expect(200);
    expect(done.body.withdrawn).toMatchObject({ reason: '证书编号录入错误' });
    await refused(withdraw(huaibei, wrong.id, '再次撤销'), 409, 'REGISTRY_ENTRY_WITHDRAWN');
    expect(await target(huaibei, 'high_tech_enterprises', '2025-12-31')).toMatchObject({ actual: before.actual });
    // still listed (after the counting entries), with why it was withdrawn
    const listed = await api(t, huaibei).get('/api/registry-entries', { pageSize: 100 }).expect(200);
    expect(listed.body.items.find((e: { id: string }) => e.id === wrong.id).withdrawn.reason).toBe('证书编号录入错误');
    // the corrected entry may carry the same certificate number
    await api(t, huaibei)
      .post(
        '/api/registry-entries',
        highTech({ certificateNo: wrong.certificateNo, name: '淮北矿业新材料科技股份有限公司' }),
      )
      .expect(201);
  });
});
