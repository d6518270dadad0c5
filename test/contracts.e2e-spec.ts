import { DataSource } from 'typeorm';
import { randomCreditCode } from './factories/identity.factory.js';
import { registryWorld, type RegistryWorld } from './factories/registry-world.factory.js';
import { api, fieldsOf, idempotencyKey, refused } from './http.js';
import type { TestApp } from './test-app.js';

/** Writing a contract, submitting it once per key, and its certification by the seller's registry. */
describe('technology contracts: drafts, submission and certification (e2e)', () => {
  let t: TestApp, ds: DataSource, w: RegistryWorld;
  beforeAll(async () => ({ t, ds } = w = await registryWorld()));
  afterAll(() => t.close());

  it('creates a draft with declared amounts, parties from the organisations and benefit warnings', async () => {
    const res = await api(t, w.seller)
      .post('/api/contracts', w.body({ benefit: { teamPercent: 70, staffPercent: 3 } }))
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      contractTypeCode: 'development',
      seller: { orgId: w.seller.org.id, name: w.seller.org.name, regionCode: '340602' },
      buyer: { orgId: w.buyer.org.id, regionCode: '341623' },
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
    const post = (over: Record<string, unknown>) => api(t, w.seller).post('/api/contracts', w.body(over));

    const techOver = await post({ techAmountFen: '50000001' }).expect(400);
    expect(techOver.body.code).toBe('VALIDATION_FAILED');
    expect(techOver.body.details).toEqual([{ field: 'techAmountFen', messages: ['技术交易额不能大于合同成交额'] }]);
    expect(fieldsOf(await post({ contractAmountFen: '-100', techAmountFen: '0' }).expect(400))).toEqual([
      'contractAmountFen',
    ]);
    expect(fieldsOf(await post({ contractAmountFen: '9000000000000000001' }).expect(400))).toEqual([
      'contractAmountFen',
    ]);
    expect(fieldsOf(await post({ contractAmountFen: '123456789012345678901234567890' }).expect(400))).toEqual([
      'contractAmountFen',
    ]);
    expect(fieldsOf(await post({ techAmountFen: 12.5 }).expect(400))).toEqual(['techAmountFen']);
    expect(
      fieldsOf(
        await post({ buyer: { name: '某公司', creditCode: randomCreditCode('341623'), regionCode: '999999' } }).expect(
          400,
        ),
      ),
    ).toEqual(['buyer.regionCode']);
    expect(fieldsOf(await post({ contractSubtypeCode: 'development.nonsense' }).expect(400))).toEqual([
      'contractSubtypeCode',
    ]);
    expect(fieldsOf(await post({ techFieldCode: '99' }).expect(400))).toEqual(['techFieldCode']);
    expect(fieldsOf(await post({ buyer: { regionCode: '12' } }).expect(400))).toContain('buyer.regionCode');
    // 技术许可 did not exist as its own type before the Civil Code (2021-01-01).
    expect(
      fieldsOf(await post({ contractSubtypeCode: 'licence.exclusive', signedOn: '2020-06-01' }).expect(400)),
    ).toEqual(['contractSubtypeCode']);
    expect(fieldsOf(await post({ contractTypeCode: 'transfer' }).expect(400))).toEqual(['contractTypeCode']);
    expect(fieldsOf(await post({ benefit: { teamPercent: 70, staffPercent: 31 } }).expect(400))).toEqual(['benefit']);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM tech_contract WHERE seller_org_id = $1 AND contract_amount_fen < 0`,
      [w.seller.org.id],
    );
    expect(n).toBe(0);
  });

  it('only lets the seller (or the deal broker) write a contract', async () => {
    const res = await api(t, w.buyer).post(
      '/api/contracts',
      w.body({
        seller: { orgId: w.seller.org.id },
        buyer: { name: '某公司', creditCode: randomCreditCode('341623'), regionCode: '341623' },
      }),
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CONTRACT_FORBIDDEN');
    expect((await api(t, w.huaibei).post('/api/contracts', w.body())).status).toBe(403);
  });

  it('submits once per Idempotency-Key: a retry returns the first answer, a different body → 422', async () => {
    const c = await w.create(w.seller);
    const k = idempotencyKey();
    const [a, b] = await Promise.all([w.submit(w.seller, c.id, c.version, k), w.submit(w.seller, c.id, c.version, k)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toEqual(a.body);
    expect(a.body.status).toBe('submitted');
    const again = await w.submit(w.seller, c.id, c.version, k).expect(200);
    expect(again.body).toEqual(a.body);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'contract.submit'`,
      [c.id],
    );
    expect(n).toBe(1);
    const other = await w.submit(w.seller, c.id, c.version + 5, k).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Without a key the operation is refused rather than run unprotected.
    const none = await api(t, w.seller).post(`/api/contracts/${c.id}/submit`, { version: 2 }).expect(400);
    expect(none.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    // Submitting again under a new key is a different request: refused, it is under revie
    await refused(w.submit(w.seller, c.id, a.body.version), 409, 'CONTRACT_UNDER_REVIEW');
    expect(a.body.deadlineOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('certifies by the seller region bureau with a registration number, approved amounts and a ledger entry', async () => {
    const c = await w.submitted();
    const res = await w
      .certify(w.huaibei, c.id, {
        approvedContractAmountFen: '48000000',
        approvedTechAmountFen: '40000000',
      })
      .expect(200);
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
    const list = await api(t, w.huaibei).get('/api/contracts/certified', { pageSize: 100 }).expect(200);
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
      actor_user_id: w.huaibei.user.id,
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
    const c = await w.submitted();
    const outside = await w.certify(w.linyi, c.id).expect(403);
    expect(outside.body.code).toBe('CONTRACT_OUT_OF_REGION');
    const k = idempotencyKey();
    const first = await w.certify(w.huaibei, c.id, {}, k).expect(200);
    // The same key replays the first answer; a new key is a second certification.
    expect((await w.certify(w.huaibei, c.id, {}, k).expect(200)).body).toEqual(first.body);
    const twice = await w.certify(w.huaibei, c.id).expect(409);
    expect(twice.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const edit = await api(t, w.seller)
      .patch(`/api/contracts/${c.id}`, { version: first.body.version, title: '改名' })
      .expect(409);
    expect(edit.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('lets exactly one of two concurrent certifications win', async () => {
    const c = await w.submitted();
    const results = await Promise.all([w.certify(w.huaibei, c.id), w.certify(w.huaibei2, c.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('CONTRACT_ALREADY_CERTIFIED');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('hands out distinct, consecutive registration numbers per registry and year', async () => {
    const a = await w.submitted();
    const b = await w.submitted();
    const [ra, rb] = await Promise.all([w.certify(w.huaibei, a.id), w.certify(w.huaibei2, b.id)]);
    const nos = [ra.body.registration.registrationNo, rb.body.registration.registrationNo]
      .map((x: string) => Number(x.slice(10)))
      .sort((x, y) => x - y);
    expect(nos[1]! - nos[0]!).toBe(1);
  });
});
