import { DataSource } from 'typeorm';
import { Test, type TestingModule } from '@nestjs/testing';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { voucherWorld, type VoucherWorld } from './factories/voucher-world.factory.js';
import { api, refused } from './http.js';

/**
 * The budget under concurrency (approvals queue on the programme's row lock), the lock's
 * timeout, and the worker returning expired reservations to the budget.
 */
describe('voucher budget (e2e)', () => {
  let w: VoucherWorld;
  let ds: DataSource;

  const sums = async (programmeId: string) =>
    (
      await ds.query(
        `SELECT p.reserved_fen::text AS reserved, p.redeemed_fen::text AS redeemed,
                (SELECT coalesce(sum(amount_fen), 0)::text FROM voucher_budget_entry WHERE programme_id = p.id AND kind = 'reserved') AS ledger_reserved,
                (SELECT coalesce(sum(amount_fen), 0)::text FROM voucher_budget_entry WHERE programme_id = p.id AND kind = 'released') AS ledger_released
           FROM voucher_programme p WHERE p.id = $1`,
        [programmeId],
      )
    )[0];

  beforeAll(async () => {
    w = await voucherWorld();
    ds = w.t.app.get(DataSource);
  }, 90_000);
  afterAll(() => w.t.close());

  it('approves exactly 30 of 50 concurrent approvals against a budget that covers 30, to the fen', async () => {
    // 30 × 10 万元 fit in 305 万元; the 31st does not.
    const p = await w.programme({ budgetFen: '305000000', capPerEnterpriseFen: '10000000000' });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await w.apply(w.sme, p.id)).id);
    const answers = await Promise.all(
      ids.map((id) => api(w.t, w.huaibeiStaff).post(`/api/vouchers/${id}/approve`, {})),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(
      Array.from({ length: 20 }, () => 'VOUCHER_BUDGET_EXCEEDED'),
    );
    expect(await sums(p.id)).toEqual({
      reserved: '300000000',
      redeemed: '0',
      ledger_reserved: '300000000',
      ledger_released: '0',
    });
    const ledger = (await api(w.t, w.huaibeiStaff).get(`/api/voucher-programmes/${p.id}/ledger`).expect(200)).body;
    expect(ledger).toMatchObject({ total: 30, availableFen: '5000000', balanced: true });
  }, 60_000);

  it('answers 409 RESOURCE_BUSY when the programme stays locked past the lock timeout, with no ledger effect', async () => {
    const p = await w.programme();
    const v = await w.apply(w.sme, p.id);
    const holder = ds.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT id FROM voucher_programme WHERE id = $1 FOR UPDATE`, [p.id]);
      await refused(api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}), 409, 'RESOURCE_BUSY');
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await sums(p.id)).toMatchObject({ reserved: '0', ledger_reserved: '0' });
  }, 30_000);

  it('returns an expired reservation to the budget through the worker’s schedule', async () => {
    const p = await w.programme({ reservationDays: 1 });
    const [stale, pending] = [await w.apply(w.sme, p.id), await w.apply(w.sme, p.id)];
    for (const v of [stale, pending])
      await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}).expect(200);
    await api(w.t, w.sme)
      .post(`/api/vouchers/${pending.id}/redemption`, { serviceFen: '20000000', evidence: '检测报告 JC-2026-0099' })
      .expect(200);
    // Both reservations ended yesterday; the one waiting for redemption is not expired.
    await ds.query(`UPDATE voucher SET expires_on = current_date - 1 WHERE id = ANY($1::uuid[])`, [
      [stale.id, pending.id],
    ]);
    expect(await sums(p.id)).toMatchObject({ reserved: '20000000' });

    let worker: TestingModule | undefined;
    try {
      worker = await Test.createTestingModule({
        imports: [WorkerModule.forRoot({ ...w.t.db.env, VOUCHER_EXPIRY_POLL_MS: '1000' })],
      }).compile();
      await worker.init();
      const deadline = Date.now() + 30_000;
      while ((await sums(p.id)).reserved !== '10000000' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      // The app's own database and index: the worker leaves them to the app's close.
      await worker?.close();
    }
    expect(await sums(p.id)).toMatchObject({ reserved: '10000000', ledger_released: '10000000' });
    expect((await api(w.t, w.sme).get(`/api/vouchers/${stale.id}`).expect(200)).body.status).toBe('expired');
    expect((await api(w.t, w.sme).get(`/api/vouchers/${pending.id}`).expect(200)).body.status).toBe(
      'redemption_requested',
    );
    const ledger = (await api(w.t, w.huaibeiStaff).get(`/api/voucher-programmes/${p.id}/ledger`).expect(200)).body;
    expect(ledger).toMatchObject({ availableFen: '90000000', balanced: true });
    expect(ledger.items[0]).toMatchObject({ kind: 'released', kindName: '释放', voucherId: stale.id });
  }, 60_000);
});
