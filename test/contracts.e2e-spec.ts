import request from 'supertest';
import { DataSource } from 'typeorm';
import { createBureauStaff, createOrgWithAdmin, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, refused } from './http.js';

describe('technology contracts: registration, idempotency, amendments (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg; // enterprise in 杜集区, 淮北
  let buyer: TestOrg; // enterprise in 利辛县
  let university: TestOrg; // university in 濉溪县, 淮北
  let huaibei: TestOrg; // bureau of 淮北 (city)
  let huaibei2: TestOrg; // a second 淮北 registry officer
  let linyi: TestOrg; // bureau of 临沂, outside
  let keySeq = 0;
  const key = () => `test-key-${Date.now()}-${keySeq++}`;

  const body = (over: Record<string, unknown> = {}) => ({
    title: '锂电池正极材料制备技术开发合同',
    contractSubtypeCode: 'development.commissioned',
    techFieldCode: '05',
    seller: {},
    buyer: { orgId: buyer.org.id },
    contractAmountFen: '50000000',
    techAmountFen: '45000000',
    signedOn: '2025-06-18',
    ...over,
  });

  const create = async (who: TestOrg, over: Record<string, unknown> = {}) => {
    const res = await api(t, who).post('/api/contracts', body(over));
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number; status: string };
  };
  const submit = (who: TestOrg, id: string, version: number, k = key()) =>
    api(t, who).post(`/api/contracts/${id}/submit`).set('Idempotency-Key', k).send({ version });
  const certify = (who: TestOrg, id: string, b: Record<string, unknown> = {}, k = key()) =>
    api(t, who).post(`/api/contracts/${id}/certify`).set('Idempotency-Key', k).send(b);
  const submitted = async (over: Record<string, unknown> = {}) => {
    const c = await create(seller, over);
    const res = await submit(seller, c.id, c.version).expect(200);
    return res.body as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [seller, buyer, university, huaibei, huaibei2, linyi] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft with declared amounts, parties from the organisations and benefit warnings', async () => {
    const res = await api(t, seller)
      .post('/api/contracts', body({ benefit: { teamPercent: 70, staffPercent: 3 } }))
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      contractTypeCode: 'development',
      seller: { orgId: seller.org.id, name: seller.org.name, regionCode: '340602' },
      buyer: { orgId: buyer.org.id, regionCode: '341623' },
      contractAmountFen: '50000000',
      techAmountFen: '45000000',
      registration: null,
      version: 1,
    });
    // 淮北 asks ≥ 5 % for tech-transfer staff: a warning, not an error.
    expect(res.body.warnings).toEqual([expect.objectContaining({ code: 'STAFF_SHARE_BELOW_MINIMUM', minPercent: 5 })]);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'contract.create'`,
      [res.body.id],
    );
    expect(n).toBe(1);
  });

  it('rejects bad amounts, unknown regions and types with 400 and field details', async () => {
    const post = (over: Record<string, unknown>) => api(t, seller).post('/api/contracts', body(over));
    const fields = (res: request.Response) => (res.body.details as { field: string }[]).map((d) => d.field);

    const techOver = await post({ techAmountFen: '50000001' }).expect(400);
    expect(techOver.body.code).toBe('VALIDATION_FAILED');
    expect(techOver.body.details).toEqual([{ field: 'techAmountFen', messages: ['技术交易额不能大于合同成交额'] }]);
    expect(fields(await post({ contractAmountFen: '-100', techAmountFen: '0' }).expect(400))).toEqual([
      'contractAmountFen',
    ]);
    expect(fields(await post({ contractAmountFen: '9000000000000000001' }).expect(400))).toEqual(['contractAmountFen']);
    expect(fields(await post({ contractAmountFen: '123456789012345678901234567890' }).expect(400))).toEqual([
      'contractAmountFen',
    ]);
    expect(fields(await post({ techAmountFen: 12.5 }).expect(400))).toEqual(['techAmountFen']);
    expect(
      fields(
        await post({ buyer: { name: '某公司', creditCode: randomCreditCode('341623'), regionCode: '999999' } }).expect(
          400,
        ),
      ),
    ).toEqual(['buyer.regionCode']);
    expect(fields(await post({ contractSubtypeCode: 'development.nonsense' }).expect(400))).toEqual([
      'contractSubtypeCode',
    ]);
    expect(fields(await post({ techFieldCode: '99' }).expect(400))).toEqual(['techFieldCode']);
    expect(fields(await post({ buyer: { regionCode: '12' } }).expect(400))).toContain('buyer.regionCode');
    // 技术许可 did not exist as its own type before the Civil Code (2021-01-01).
    expect(
      fields(await post({ contractSubtypeCode: 'licence.exclusive', signedOn: '2020-06-01' }).expect(400)),
    ).toEqual(['contractSubtypeCode']);
    expect(fields(await post({ contractTypeCode: 'transfer' }).expect(400))).toEqual(['contractTypeCode']);
    expect(fields(await post({ benefit: { teamPercent: 70, staffPercent: 31 } }).expect(400))).toEqual(['benefit']);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM tech_contract WHERE seller_org_id = $1 AND contract_amount_fen < 0`,
      [seller.org.id],
    );
    expect(n).toBe(0);
  });

  it('only lets the seller (or the deal broker) write a contract', async () => {
    const res = await api(t, buyer).post(
      '/api/contracts',
      body({
        seller: { orgId: seller.org.id },
        buyer: { name: '某公司', creditCode: randomCreditCode('341623'), regionCode: '341623' },
      }),
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CONTRACT_FORBIDDEN');
    expect((await api(t, huaibei).post('/api/contracts', body())).status).toBe(403);
  });

  it('submits once per Idempotency-Key: a retry returns the first answer, a different body → 422', async () => {
    const c = await create(seller);
    const k = key();
    const [a, b] = await Promise.all([submit(seller, c.id, c.version, k), submit(seller, c.id, c.version, k)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toEqual(a.body);
    expect(a.body.status).toBe('submitted');
    const again = await submit(seller, c.id, c.version, k).expect(200);
    expect(again.body).toEqual(a.body);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'contract.submit'`,
      [c.id],
    );
    expect(n).toBe(1);
    const other = await submit(seller, c.id, c.version + 5, k).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Without a key the operation is refused rather than run unprotected.
    const none = await api(t, seller).post(`/api/contracts/${c.id}/submit`, { version: 2 }).expect(400);
    expect(none.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    // Submitting again under a new key is a different request: refused, it is under review.
    await refused(submit(seller, c.id, a.body.version), 409, 'CONTRACT_UNDER_REVIEW');
    expect(a.body.deadlineOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('certifies by the seller region bureau with a registration number, approved amounts and a ledger entry', async () => {
    const c = await submitted();
    const res = await certify(huaibei, c.id, {
      approvedContractAmountFen: '48000000',
      approvedTechAmountFen: '40000000',
    }).expect(200);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(res.body.status).toBe('certified');
    expect(res.body.registration.registrationNo).toMatch(new RegExp(`^340600${year}\\d{6}$`));
    expect(res.body.registration).toMatchObject({
      approvedContractAmountFen: '48000000',
      approvedTechAmountFen: '40000000',
      registryRegionCode: '340600',
      cancelled: false,
    });
    // The declared figures stay as filed.
    expect(res.body.contractAmountFen).toBe('50000000');
    const ledger = await ds.query(
      `SELECT entry_kind, count_delta, contract_amount_fen, tech_amount_fen, registration_no FROM stats_ledger WHERE contract_id = $1`,
      [c.id],
    );
    expect(ledger).toEqual([
      {
        entry_kind: 'certified',
        count_delta: 1,
        contract_amount_fen: '48000000',
        tech_amount_fen: '40000000',
        registration_no: res.body.registration.registrationNo,
      },
    ]);
    const list = await api(t, huaibei).get('/api/contracts/certified', { pageSize: 100 }).expect(200);
    expect(
      list.body.items.map((i: { registration: { registrationNo: string } }) => i.registration.registrationNo),
    ).toContain(res.body.registration.registrationNo);
    const actions = (await ds.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [c.id])).map(
      (r: { action: string }) => r.action,
    );
    expect(actions).toEqual(['contract.create', 'contract.submit', 'contract.certify']);
    const [certification] = await ds.query(
      `SELECT actor_user_id, after FROM audit_log WHERE target_id = $1 AND action = 'contract.certify'`,
      [c.id],
    );
    expect(certification).toEqual({
      actor_user_id: huaibei.user.id,
      after: {
        status: 'certified',
        registrationNo: res.body.registration.registrationNo,
        approvedContractAmountFen: '48000000',
        approvedTechAmountFen: '40000000',
        comment: null,
      },
    });
  });

  it('refuses a bureau outside the seller region (403), a second certification (409) and editing after certification (409)', async () => {
    const c = await submitted();
    const outside = await certify(linyi, c.id).expect(403);
    expect(outside.body.code).toBe('CONTRACT_OUT_OF_REGION');
    const k = key();
    const first = await certify(huaibei, c.id, {}, k).expect(200);
    // The same key replays the first answer; a new key is a second certification.
    expect((await certify(huaibei, c.id, {}, k).expect(200)).body).toEqual(first.body);
    const twice = await certify(huaibei, c.id).expect(409);
    expect(twice.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const edit = await api(t, seller)
      .patch(`/api/contracts/${c.id}`, { version: first.body.version, title: '改名' })
      .expect(409);
    expect(edit.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('lets exactly one of two concurrent certifications win', async () => {
    const c = await submitted();
    const results = await Promise.all([certify(huaibei, c.id), certify(huaibei2, c.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('hands out distinct, consecutive registration numbers per registry and year', async () => {
    const a = await submitted();
    const b = await submitted();
    const [ra, rb] = await Promise.all([certify(huaibei, a.id), certify(huaibei2, b.id)]);
    const nos = [ra.body.registration.registrationNo, rb.body.registration.registrationNo]
      .map((x: string) => Number(x.slice(10)))
      .sort((x, y) => x - y);
    expect(nos[1]! - nos[0]!).toBe(1);
  });

  it('rejects with a coded reason; the seller corrects and resubmits', async () => {
    const c = await submitted();
    const bad = await api(t, huaibei)
      .post(`/api/contracts/${c.id}/reject`, { reasonCode: 'no_such_reason' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('reasonCode');
    const rej = await api(t, huaibei)
      .post(`/api/contracts/${c.id}/reject`, { reasonCode: 'incomplete_content', comment: '缺少技术指标' })
      .expect(200);
    expect(rej.body).toMatchObject({
      status: 'rejected',
      rejection: { reasonCode: 'incomplete_content', comment: '缺少技术指标' },
    });
    const fixed = await api(t, seller).patch(`/api/contracts/${c.id}`, {
      version: rej.body.version,
      techAmountFen: '30000000',
    });
    expect([fixed.status, fixed.body.code]).toEqual([200, undefined]);
    expect(fixed.body.techAmountFen).toBe('30000000');
    const stale = await api(t, seller)
      .patch(`/api/contracts/${c.id}`, { version: rej.body.version, title: '旧版本' })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const re = await submit(seller, c.id, fixed.body.version).expect(200);
    expect(re.body.status).toBe('submitted');
    const actions = (await ds.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [c.id])).map(
      (r: { action: string }) => r.action,
    );
    expect(actions).toEqual([
      'contract.create',
      'contract.submit',
      'contract.reject',
      'contract.update',
      'contract.resubmit',
    ]);
    const [rejection] = await ds.query(
      `SELECT actor_user_id, before, after FROM audit_log WHERE target_id = $1 AND action = 'contract.reject'`,
      [c.id],
    );
    expect(rejection).toEqual({
      actor_user_id: huaibei.user.id,
      before: { status: 'submitted' },
      after: { status: 'rejected', reasonCode: 'incomplete_content', comment: '缺少技术指标' },
    });
  });

  it('lists overdue submissions in the bureau queue, and not for other regions', async () => {
    const c = await submitted();
    await ds.query(`UPDATE tech_contract SET deadline_on = '2020-01-02' WHERE id = $1`, [c.id]);
    const overdue = await api(t, huaibei)
      .get('/api/contracts/registration-queue?overdue=true&pageSize=100')
      .expect(200);
    expect(overdue.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ overdue: true });
    expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const other = await api(t, linyi).get('/api/contracts/registration-queue?pageSize=100').expect(200);
    expect(other.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    expect((await api(t, seller).get('/api/contracts/registration-queue')).status).toBe(403);
  });

  it('amends and cancels as new records; the certified record stays and the reversal has the opposite amounts', async () => {
    const c = await submitted();
    const cert = await certify(huaibei, c.id).expect(200);
    const today = cert.body.registration.certifiedOn as string;
    const amended = await api(t, huaibei)
      .post(`/api/contracts/${c.id}/amendments`, {
        effectiveDate: today,
        contractAmountFen: '60000000',
        techAmountFen: '50000000',
        reason: '增加二期开发内容',
      })
      .expect(201);
    expect(amended.body.registration).toMatchObject({
      approvedContractAmountFen: '50000000',
      currentContractAmountFen: '60000000',
      currentTechAmountFen: '50000000',
    });
    const cancelled = await api(t, huaibei)
      .post(`/api/contracts/${c.id}/cancellation`, { effectiveDate: today, reason: '双方协议解除' })
      .expect(201);
    expect(cancelled.body.status).toBe('certified');
    expect(cancelled.body.registration).toMatchObject({
      registrationNo: cert.body.registration.registrationNo,
      approvedContractAmountFen: '50000000',
      currentContractAmountFen: '0',
      currentTechAmountFen: '0',
      cancelled: true,
    });
    expect(
      cancelled.body.adjustments.map(
        (a: { kind: string; contractAmountDeltaFen: string; techAmountDeltaFen: string; countDelta: number }) => [
          a.kind,
          a.contractAmountDeltaFen,
          a.techAmountDeltaFen,
          a.countDelta,
        ],
      ),
    ).toEqual([
      ['amendment', '10000000', '5000000', 0],
      ['cancellation', '-60000000', '-50000000', -1],
    ]);
    const ledger = await ds.query(
      `SELECT entry_kind, count_delta, contract_amount_fen, tech_amount_fen FROM stats_ledger WHERE contract_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(ledger).toEqual([
      { entry_kind: 'certified', count_delta: 1, contract_amount_fen: '50000000', tech_amount_fen: '45000000' },
      { entry_kind: 'amendment', count_delta: 0, contract_amount_fen: '10000000', tech_amount_fen: '5000000' },
      { entry_kind: 'cancellation', count_delta: -1, contract_amount_fen: '-60000000', tech_amount_fen: '-50000000' },
    ]);
    const [{ status }] = await ds.query(`SELECT status FROM tech_contract WHERE id = $1`, [c.id]);
    expect(status).toBe('certified');
    const again = await api(t, huaibei)
      .post(`/api/contracts/${c.id}/cancellation`, { effectiveDate: today, reason: 'x' })
      .expect(409);
    expect(again.body.code).toBe('CONTRACT_CANCELLED');
    expect(
      (await api(t, linyi).post(`/api/contracts/${c.id}/cancellation`, { effectiveDate: today, reason: 'x' })).status,
    ).toBe(403);
    // Each adjustment is audited with its amounts before and after and its reason; the refused ones are not.
    const audit = await ds.query(
      `SELECT action, actor_user_id, region_code, before, after FROM audit_log WHERE target_id = $1 AND action IN ('contract.amend', 'contract.cancel') ORDER BY id`,
      [c.id],
    );
    const ids = cancelled.body.adjustments.map((a: { id: string }) => a.id);
    expect(audit).toEqual([
      {
        action: 'contract.amend',
        actor_user_id: huaibei.user.id,
        region_code: '340602',
        before: { contractAmountFen: '50000000', techAmountFen: '45000000' },
        after: {
          adjustmentId: ids[0],
          effectiveDate: today,
          contractAmountFen: '60000000',
          techAmountFen: '50000000',
          contractAmountDeltaFen: '10000000',
          techAmountDeltaFen: '5000000',
          reason: '增加二期开发内容',
        },
      },
      {
        action: 'contract.cancel',
        actor_user_id: huaibei.user.id,
        region_code: '340602',
        before: { contractAmountFen: '60000000', techAmountFen: '50000000' },
        after: {
          adjustmentId: ids[1],
          effectiveDate: today,
          contractAmountFen: '0',
          techAmountFen: '0',
          contractAmountDeltaFen: '-60000000',
          techAmountDeltaFen: '-50000000',
          reason: '双方协议解除',
        },
      },
    ]);
  });

  it('refuses certifying a negotiated university transfer before its 15-day publication ends', async () => {
    const c = await create(university, {
      contractSubtypeCode: 'transfer.patent',
      negotiatedPrice: true,
      title: '一种秸秆还田机专利权转让',
    });
    const sub = await submit(university, c.id, c.version).expect(200);
    await refused(certify(huaibei, c.id), 409, 'PUBLICATION_REQUIRED');
    const pub = await api(t, university).post(`/api/contracts/${c.id}/price-publication`, { days: 15 }).expect(201);
    expect(pub.body.endOn > pub.body.startOn).toBe(true);
    const early = await certify(huaibei, c.id).expect(409);
    expect(early.body.code).toBe('PUBLICATION_PERIOD_NOT_OVER');
    // The public list needs no login.
    const list = await api(t).get('/api/price-publications').expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === pub.body.id)).toMatchObject({
      title: '一种秸秆还田机专利权转让',
      priceFen: '50000000',
      mode: 'transfer',
    });
    await api(t, buyer)
      .post(`/api/price-publications/${pub.body.id}/objections`, { submitterName: '张三', content: '价格明显偏低' })
      .expect(201);
    const objections = await api(t, huaibei).get(`/api/price-publications/${pub.body.id}/objections`).expect(200);
    expect(objections.body).toMatchObject({
      total: 1,
      page: 1,
      items: [expect.objectContaining({ submitterName: '张三', content: '价格明显偏低' })],
    });
    await api(t, buyer)
      .post(`/api/price-publications/${pub.body.id}/objections`, { submitterName: '李四', content: '未说明作价依据' })
      .expect(201);
    const second = await api(t, university)
      .get(`/api/price-publications/${pub.body.id}/objections`, { page: 2, pageSize: 1 })
      .expect(200);
    expect(second.body).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [expect.objectContaining({ submitterName: '李四' })],
    });
    const detail = await api(t, university).get(`/api/contracts/${c.id}`).expect(200);
    expect(detail.body.pricePublication).toEqual({
      id: pub.body.id,
      startOn: pub.body.startOn,
      endOn: pub.body.endOn,
      objectionCount: 2,
    });
    expect((await api(t, linyi).get(`/api/price-publications/${pub.body.id}/objections`)).status).toBe(403);
    expect(sub.body.status).toBe('submitted');
  });

  it('hides a contract from outsiders and shows it to the parties and the bureaus', async () => {
    const c = await create(seller);
    expect((await api(t, university).get(`/api/contracts/${c.id}`)).status).toBe(404);
    expect((await api(t, linyi).get(`/api/contracts/${c.id}`)).status).toBe(404);
    await api(t, buyer).get(`/api/contracts/${c.id}`).expect(200);
    await api(t, huaibei).get(`/api/contracts/${c.id}`).expect(200);
    expect((await api(t).get(`/api/contracts/${c.id}`)).status).toBe(401);
  });
});
