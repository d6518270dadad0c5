import { bearer, createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** More requests at once than the test database pool has connections (DATABASE_POOL_SIZE=5). */
const CONCURRENT = 8;
/** Each request answers well within this, or it hangs. */
const DEADLINE_MS = 20_000;

/**
 * Found by the hostile-input suite: contract writes held a transaction's pooled connection while
 * the input checks (code tables, regions, organisations) asked the pool for another one, so as
 * many concurrent writes as the pool has connections waited for each other for ever, and every
 * request needing the database hung behind them.
 */
describe('contract writes under concurrency (e2e)', () => {
  let t: TestApp;
  let seller: TestOrg;
  let buyer: TestOrg;
  let university: TestOrg;
  let bureau: TestOrg;

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
  const create = async (who: TestOrg, over: Record<string, unknown> = {}) =>
    (await api(t, who).post('/api/contracts', body(over)).expect(201)).body as {
      id: string;
      version: number;
    };
  const all = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

  beforeAll(async () => {
    t = await createTestApp();
    [seller, buyer, university, bureau] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createBureauStaff(t, '340600'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates and updates contracts concurrently without waiting for each other', async () => {
    const created = await all(CONCURRENT, (i) =>
      api(t, seller)
        .post('/api/contracts')
        .timeout({ deadline: DEADLINE_MS })
        .send(body({ title: `并发合同 ${i}` })),
    );
    expect(created.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(201));
    const updated = await all(CONCURRENT, (i) =>
      api(t, seller)
        .patch(`/api/contracts/${created[i]!.body.id}`)
        .timeout({ deadline: DEADLINE_MS })
        .send({ version: created[i]!.body.version, title: `并发合同 ${i}（修改）` }),
    );
    expect(updated.map((r) => [r.status, r.body.title])).toEqual(
      Array.from({ length: CONCURRENT }, (_, i) => [200, `并发合同 ${i}（修改）`]),
    );
  });

  it('submits, certifies, rejects, amends, cancels and publishes concurrently', async () => {
    const drafts = await all(CONCURRENT, (i) => create(seller, { title: `待登记合同 ${i}` }));
    const submitted = await all(CONCURRENT, (i) =>
      api(t, seller)
        .post(`/api/contracts/${drafts[i]!.id}/submit`)
        .set('Idempotency-Key', `concurrency-submit-${Date.now()}-${i}`)
        .timeout({ deadline: DEADLINE_MS })
        .send({ version: drafts[i]!.version }),
    );
    expect(submitted.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(200));

    // Half certified, half refused, all at once.
    const decided = await all(CONCURRENT, (i) => {
      const id = drafts[i]!.id;
      const req =
        i % 2 === 0
          ? api(t).post(`/api/contracts/${id}/certify`).set('Idempotency-Key', `concurrency-certify-${Date.now()}-${i}`)
          : api(t).post(`/api/contracts/${id}/reject`);
      return req
        .set(bearer(bureau.accessToken))
        .timeout({ deadline: DEADLINE_MS })
        .send(i % 2 === 0 ? {} : { reasonCode: 'incomplete_content' });
    });
    expect(decided.map((r) => [r.status, r.body.status])).toEqual(
      Array.from({ length: CONCURRENT }, (_, i) => [200, i % 2 === 0 ? 'certified' : 'rejected']),
    );

    const certifiedOn = decided[0]!.body.registration.certifiedOn as string;
    const negotiated = await all(CONCURRENT / 2, (i) =>
      create(university, { title: `专利转让合同 ${i}`, contractSubtypeCode: 'transfer.patent', negotiatedPrice: true }),
    );
    const adjusted = await all(CONCURRENT, (i) => {
      if (i % 2 === 1)
        return api(t, university)
          .post(`/api/contracts/${negotiated[(i - 1) / 2]!.id}/price-publication`)
          .timeout({ deadline: DEADLINE_MS })
          .send({});
      const id = drafts[i]!.id;
      const req =
        i % 4 === 0
          ? api(t).post(`/api/contracts/${id}/amendments`, {
              effectiveDate: certifiedOn,
              contractAmountFen: '60000000',
              techAmountFen: '50000000',
              reason: '补充协议',
            })
          : api(t).post(`/api/contracts/${id}/cancellation`, { effectiveDate: certifiedOn, reason: '合同解除' });
      return req.set(bearer(bureau.accessToken)).timeout({ deadline: DEADLINE_MS });
    });
    expect(adjusted.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(201));
  });
});
