import { auditActions, createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { api, fieldsOf, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Figures bureau staff report for plan indicators: entry, second approver, versions, and what they refuse. */
describe('reported figures (e2e)', () => {
  let t: TestApp;
  let staff: TestOrg;
  let colleague: TestOrg;
  let lixin: TestOrg;

  const body = (over: Record<string, unknown> = {}) => ({
    regionCode: '340600',
    indicatorCode: 'soe_rd_intensity',
    year: 2025,
    value: '3.6',
    unit: 'percent',
    sourceDocument: '淮北市2025年国有企业经营情况统计公报',
    sourceDepartment: '市国资委',
    ...over,
  });
  // Each test reports its own indicator, so no test depends on another's versions.
  const soeTarget = async () =>
    (await api(t, staff).get('/api/stats/targets', { asOf: '2026-03-01' }).expect(200)).body.items.find(
      (i: { indicatorCode: string }) => i.indicatorCode === 'soe_rd_intensity',
    );

  beforeAll(async () => {
    t = await createTestApp();
    [staff, colleague, lixin] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '341623'),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('counts a reported value only once a second bureau user approves it, with its source beside the figure', async () => {
    const entered = await api(t, staff).post('/api/reported-figures', body()).expect(201);
    expect(entered.body).toMatchObject({ version: 1, status: 'pending', value: '3.6', mine: true });
    expect((await soeTarget()).status).toBe('awaiting');

    await refused(
      api(t, staff).post(`/api/reported-figures/${entered.body.id}/approve`),
      403,
      'REPORTED_FIGURE_SELF_APPROVAL',
    );
    const pending = await api(t, colleague).get('/api/reported-figures', { status: 'pending' }).expect(200);
    expect(pending.body.items.map((r: { id: string }) => r.id)).toContain(entered.body.id);
    expect(pending.body.items.find((r: { id: string }) => r.id === entered.body.id)).toMatchObject({
      mine: false,
      indicatorName: '国有工业企业研发经费投入占主营业务收入比例',
    });
    const approved = await api(t, colleague).post(`/api/reported-figures/${entered.body.id}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: colleague.user.id });

    const target = await soeTarget();
    expect(target).toMatchObject({ actual: '3.6', status: 'achieved', closed: true, source: { kind: 'reported' } });
    expect(target.source.parts).toEqual([
      '2025年：市国资委《淮北市2025年国有企业经营情况统计公报》（第 1 版，已审核）',
    ]);
    await refused(
      api(t, colleague).post(`/api/reported-figures/${entered.body.id}/approve`),
      409,
      'REPORTED_FIGURE_NOT_PENDING',
    );
  });

  it('keeps every revision as a new version with its reason; an approved value needs one to be revised', async () => {
    const first = await api(t, staff)
      .post('/api/reported-figures', body({ indicatorCode: 'joint_project_share', value: '65' }))
      .expect(201);
    await api(t, colleague).post(`/api/reported-figures/${first.body.id}/approve`).expect(200);

    const noReason = await refused(
      api(t, staff).post('/api/reported-figures', body({ indicatorCode: 'joint_project_share', value: '72' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const second = await api(t, staff)
      .post(
        '/api/reported-figures',
        body({ indicatorCode: 'joint_project_share', value: '72', reason: '市科技局复核后更正联合承担项目数' }),
      )
      .expect(201);
    expect(second.body).toMatchObject({ version: 2, status: 'pending' });
    // Until the revision is approved the approved version counts.
    const before = (await api(t, staff).get('/api/stats/targets', { asOf: '2026-03-01' }).expect(200)).body.items;
    expect(before.find((i: { indicatorCode: string }) => i.indicatorCode === 'joint_project_share').actual).toBe('65');
    await api(t, colleague).post(`/api/reported-figures/${second.body.id}/approve`).expect(200);

    const history = await api(t, staff)
      .get('/api/reported-figures', { indicator: 'joint_project_share', year: 2025, region: '340600' })
      .expect(200);
    expect(
      history.body.items.map((r: { version: number; status: string; value: string }) => [r.version, r.status, r.value]),
    ).toEqual([
      [2, 'approved', '72'],
      [1, 'superseded', '65'],
    ]);
    expect(await auditActions(t, first.body.id)).toEqual(['reported-figure.enter', 'reported-figure.approve']);
    expect(await auditActions(t, second.body.id)).toEqual(['reported-figure.revise', 'reported-figure.approve']);
  });

  it('refuses a region outside the subtree (403), and a wrong unit, a future year or a negative count (400, by field)', async () => {
    await refused(api(t, lixin).post('/api/reported-figures', body()), 403, 'REPORTED_FIGURE_OUT_OF_REGION');
    const wrong = await refused(
      api(t, staff).post('/api/reported-figures', body({ unit: 'count', year: 2099 })),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(wrong)).toEqual(['unit', 'year']);
    const negative = await refused(
      api(t, lixin).post(
        '/api/reported-figures',
        body({ regionCode: '341623', indicatorCode: 'sci_tech_assistants', unit: 'count', value: '-2' }),
      ),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(negative)).toEqual(['value']);
    const measured = await refused(
      api(t, staff).post('/api/reported-figures', body({ indicatorCode: 'tech_contract_amount', unit: 'yuan' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(measured)).toEqual(['indicatorCode']);
  });

  it('keeps an attachment with the figure and serves it to the region’s bureaus', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% 淮北市统计公报\n');
    const res = await api(t, staff)
      .post(
        '/api/reported-figures',
        body({
          indicatorCode: 'guide_fund_early_stage_share',
          value: '52',
          attachment: { fileName: '引导基金投向统计.pdf', contentBase64: pdf.toString('base64') },
        }),
      )
      .expect(201);
    expect(res.body.attachmentName).toBe('引导基金投向统计.pdf');
    const file = await api(t, colleague).get(`/api/reported-figures/${res.body.id}/attachment`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(file.body as Buffer).equals(pdf)).toBe(true);
    await refused(
      api(t, lixin).get(`/api/reported-figures/${res.body.id}/attachment`),
      403,
      'REPORTED_FIGURE_OUT_OF_REGION',
    );
  });
});
