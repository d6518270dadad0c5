import { DataSource } from 'typeorm';
import { createBureauStaff, createOrgWithAdmin, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { contractBody } from './factories/contract.factory.js';
import { acceptedDeal, moveDeal, STAGES_BEFORE_SIGNING } from './factories/deal.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, fieldsOf, idempotencyKey } from './http.js';

/**
 * Issue 14, finding 4: a seller overrode its own region and name on a contract (the contract
 * went to another city's registry; the ledger carried a false name). A registered party is now
 * its organisation's record; only an unregistered counterpart is typed in, with a checked code.
 */
describe('trust: contract parties come from the organisations’ records (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let university: TestOrg; // seller, 相山区 340603 (淮北)
  let buyer: TestOrg; // registered buyer, 利辛县 341623
  let huaibei: TestOrg;
  let linyi: TestOrg;
  const post = (over: Record<string, unknown>) =>
    api(t, university).post(
      '/api/contracts',
      contractBody(buyer, {
        title: '钠离子电池负极材料技术转让合同',
        contractSubtypeCode: 'transfer.patent',
        contractAmountFen: '8000000',
        techAmountFen: '8000000',
        signedOn: '2025-09-01',
        ...over,
      }),
    );
  const contractCount = async () =>
    (await ds.query(`SELECT count(*)::int AS n FROM tech_contract WHERE seller_org_id = $1`, [university.org.id]))[0]
      .n as number;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [university, buyer, huaibei, linyi] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses another region, name or credit code for a registered seller or buyer, writing nothing', async () => {
    const before = await contractCount();
    expect(fieldsOf(await post({ seller: { regionCode: '371302' } }).expect(400))).toEqual(['seller.regionCode']);
    expect(fieldsOf(await post({ seller: { name: '清华大学' } }).expect(400))).toEqual(['seller.name']);
    expect(fieldsOf(await post({ seller: { creditCode: randomCreditCode('110108') } }).expect(400))).toEqual([
      'seller.creditCode',
    ]);
    expect(fieldsOf(await post({ buyer: { orgId: buyer.org.id, regionCode: '340602' } }).expect(400))).toEqual([
      'buyer.regionCode',
    ]);
    expect(fieldsOf(await post({ buyer: { orgId: buyer.org.id, name: '另一家公司' } }).expect(400))).toEqual([
      'buyer.name',
    ]);
    // Another organisation cannot be named seller by a non-broker either.
    const other = await createOrgWithAdmin(t, { type: 'university', regionCode: '371302' });
    expect((await post({ seller: { orgId: other.org.id } })).status).toBe(403);
    expect(await contractCount()).toBe(before);
  });

  it('takes both parties from the records, so the contract reaches the registry of the seller’s own region', async () => {
    const created = await post({ seller: { name: university.org.name, regionCode: '340603' } }).expect(201);
    expect(created.body.seller).toEqual({
      orgId: university.org.id,
      name: university.org.name,
      creditCode: university.org.creditCode,
      regionCode: '340603',
      registered: true,
    });
    expect(created.body.buyer).toEqual({
      orgId: buyer.org.id,
      name: buyer.org.name,
      creditCode: buyer.org.creditCode,
      regionCode: '341623',
      registered: true,
    });
    await api(t, university)
      .post(`/api/contracts/${created.body.id}/submit`)
      .set('Idempotency-Key', idempotencyKey())
      .send({ version: 1 })
      .expect(200);
    const queue = async (who: TestOrg) =>
      (
        (await api(t, who).get('/api/contracts/registration-queue', { pageSize: 100 }).expect(200)).body.items as {
          id: string;
        }[]
      ).map((c) => c.id);
    expect(await queue(huaibei)).toContain(created.body.id);
    expect(await queue(linyi)).not.toContain(created.body.id);
    const refused = await api(t, linyi)
      .post(`/api/contracts/${created.body.id}/certify`)
      .set('Idempotency-Key', idempotencyKey())
      .send({});
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 403,
      code: 'CONTRACT_OUT_OF_REGION',
    });
  });

  it('snapshots the registered parties at submission: the registry sees the organisation’s record of that day', async () => {
    const created = await post({}).expect(201);
    await ds.query(`UPDATE organization SET name = name || '（更名）' WHERE id = $1`, [buyer.org.id]);
    try {
      const submitted = await api(t, university)
        .post(`/api/contracts/${created.body.id}/submit`)
        .set('Idempotency-Key', idempotencyKey())
        .send({ version: 1 })
        .expect(200);
      expect(submitted.body.buyer.name).toBe(`${buyer.org.name}（更名）`);
    } finally {
      await ds.query(`UPDATE organization SET name = $2 WHERE id = $1`, [buyer.org.id, buyer.org.name]);
    }
  });

  it('enters an unregistered counterpart with name, a checked credit code and region, marked as such', async () => {
    const outside = { name: '宿州市某新材料有限公司', regionCode: '341302' };
    expect(fieldsOf(await post({ buyer: outside }).expect(400))).toEqual(['buyer.creditCode']);
    const code = randomCreditCode('341302');
    const wrongCheckDigit = `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;
    expect(fieldsOf(await post({ buyer: { ...outside, creditCode: wrongCheckDigit } }).expect(400))).toEqual([
      'buyer.creditCode',
    ]);
    const ok = await post({ buyer: { ...outside, creditCode: code } }).expect(201);
    expect(ok.body.buyer).toEqual({
      orgId: null,
      name: outside.name,
      creditCode: code,
      regionCode: '341302',
      registered: false,
    });
  });

  it('recognises a registered buyer typed in by its credit code, and refuses a name or a seller that contradicts the record', async () => {
    const typed = await post({ buyer: { name: buyer.org.name, creditCode: buyer.org.creditCode } }).expect(201);
    expect(typed.body.buyer).toEqual({
      orgId: buyer.org.id,
      name: buyer.org.name,
      creditCode: buyer.org.creditCode,
      regionCode: '341623',
      registered: true,
    });
    expect(
      fieldsOf(
        await post({ buyer: { name: '某某公司', creditCode: buyer.org.creditCode, regionCode: '110101' } }).expect(400),
      ),
    ).toEqual(['buyer.name', 'buyer.regionCode']);
    const itself = await post({
      buyer: { name: university.org.name, creditCode: university.org.creditCode, regionCode: '340603' },
    }).expect(400);
    expect(fieldsOf(itself)).toEqual(['buyer.orgId']);
  });

  it('does not list a buyer who brokers its own deal as the intermediary', async () => {
    // The buyer opens the deal itself (its side accepted at once); the seller accepts; the buyer moves it to signed.
    const deal = await acceptedDeal(t, buyer, { seller: university, buyer }, { title: '负极材料技术对接' });
    await moveDeal(t, buyer, deal, [...STAGES_BEFORE_SIGNING, 'signed']);
    const c = await post({ dealId: deal.id }).expect(201);
    expect(c.body.intermediary).toBeNull();
  });
});
