import request from 'supertest';
import { DataSource } from 'typeorm';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createContract } from './factories/contract.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, idempotencyKey } from './http.js';

/**
 * Issue 14, finding 2: twenty concurrent certifications (or PATCHes) of one contract left a
 * transaction holding FOR UPDATE while it waited for a second pool connection, and the whole
 * API hung. Now nothing inside a transaction asks the pool for another connection, the guard
 * authorises before any lock, and every session has lock/statement/idle timeouts.
 */
describe('trust: concurrent clicks on one contract cannot freeze the API (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg;
  let buyer: TestOrg;
  let bureaus: TestOrg[];
  let outsider: TestOrg;
  /** No request may hang: each one must answer within this (a liveness bound, not a speed target). */
  const ANSWER_WITHIN_MS = 30_000;

  const contract = () =>
    createContract(t, seller, buyer, { title: '并发测试合同', contractAmountFen: '5000000', techAmountFen: '4000000' });

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '10' });
    ds = t.app.get(DataSource);
    [seller, buyer, outsider] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
      createBureauStaff(t, '371300'),
    ]);
    bureaus = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '340000'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('50 certifications and 50 PATCHes at once with a pool of 10: all answer, one certification wins, health stays up', async () => {
    const target = await contract();
    await api(t, seller)
      .post(`/api/contracts/${target.id}/submit`)
      .set('Idempotency-Key', idempotencyKey())
      .send({ version: target.version })
      .expect(200);
    const draft = await contract();
    const sharedKey = idempotencyKey();

    const certifications = Array.from({ length: 50 }, (_, i) => {
      // In-region officers with distinct keys, some retries of one key, and an out-of-region bureau.
      const who = i % 10 === 9 ? outsider : bureaus[i % bureaus.length]!;
      const k = i % 7 === 0 ? sharedKey : idempotencyKey();
      const sender = who === outsider || i % 7 !== 0 ? who : bureaus[0]!;
      return api(t, sender)
        .post(`/api/contracts/${target.id}/certify`)
        .set('Idempotency-Key', k)
        .send({})
        .timeout(ANSWER_WITHIN_MS);
    });
    const patches = Array.from({ length: 50 }, (_, i) =>
      api(t, seller)
        .patch(`/api/contracts/${draft.id}`, { version: draft.version, title: `并发修改 ${i}` })
        .timeout(ANSWER_WITHIN_MS),
    );
    const healthDuring = api(t).get('/api/health').timeout(ANSWER_WITHIN_MS);
    const [certified, patched, health] = await Promise.all([
      Promise.all(certifications),
      Promise.all(patches),
      healthDuring,
    ]);

    const summary = (rs: request.Response[]) =>
      rs.reduce<Record<string, number>>(
        (acc, r) => ({
          ...acc,
          [`${r.status} ${r.body.code ?? ''}`.trim()]: (acc[`${r.status} ${r.body.code ?? ''}`.trim()] ?? 0) + 1,
        }),
        {},
      );
    // Every answer is a success or a coded refusal; never a 500.
    for (const r of [...certified, ...patched])
      expect(
        r.status === 200 || (r.status >= 400 && r.status < 500 && typeof r.body.code === 'string') || r.status === 503,
      ).toBe(true);
    const successes = certified.filter((r) => r.status === 200);
    const registrationNos = new Set(successes.map((r) => r.body.registration.registrationNo as string));
    expect({ registrationNos: registrationNos.size, outcomes: summary(certified) }).toMatchObject({
      registrationNos: 1,
    });
    expect(certified.filter((r) => r.status === 403).every((r) => r.body.code === 'CONTRACT_OUT_OF_REGION')).toBe(true);
    expect(patched.filter((r) => r.status === 200)).toHaveLength(1);
    expect(health.status).toBe(200);

    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [target.id]);
    expect(n).toBe(1);
    await api(t).get('/api/health').expect(200);
    // Nothing is left holding a transaction open.
    const [{ idle }] = await ds.query(
      `SELECT count(*)::int AS idle FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(idle).toBe(0);
  });

  it('a transaction that waits on a held row lock fails with 409 RESOURCE_BUSY after the lock timeout, not a hang', async () => {
    const app = await createTestApp({ DATABASE_LOCK_TIMEOUT_MS: '300' });
    try {
      const s = await createOrgWithAdmin(app, { type: 'enterprise', regionCode: '340602' });
      const b = await createOrgWithAdmin(app, { type: 'enterprise', regionCode: '341623' });
      const c = await createContract(app, s, b, {
        title: '锁等待测试合同',
        contractAmountFen: '100',
        techAmountFen: '100',
      });
      const holder = app.app.get(DataSource).createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        await holder.query(`SELECT 1 FROM tech_contract WHERE id = $1 FOR UPDATE`, [c.id]);
        const res = await api(app, s)
          .post(`/api/contracts/${c.id}/submit`)
          .set('Idempotency-Key', idempotencyKey())
          .send({ version: 1 })
          .timeout(ANSWER_WITHIN_MS);
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'RESOURCE_BUSY' });
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      await api(app, s)
        .post(`/api/contracts/${c.id}/submit`)
        .set('Idempotency-Key', idempotencyKey())
        .send({ version: 1 })
        .expect(200);
    } finally {
      await app.close();
    }
  });
});
