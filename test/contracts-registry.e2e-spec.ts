import { DataSource } from 'typeorm';
import { registryWorld, type RegistryWorld } from './factories/registry-world.factory.js';
import { api, refused } from './http.js';
import type { TestApp } from './test-app.js';

/** Rejection and resubmission, the overdue queue, amendments and cancellation, price publication, who sees a contract. */
describe('technology contracts: the registry’s decisions after submission (e2e)', () => {
  let t: TestApp, ds: DataSource, w: RegistryWorld;
  beforeAll(async () => ({ t, ds } = w = await registryWorld()));
  afterAll(() => t.close());

  it('rejects with a coded reason; the seller corrects and resubmits', async () => {
    const c = await w.submitted();
    const bad = await api(t, w.huaibei)
      .post(`/api/contracts/${c.id}/reject`, { reasonCode: 'no_such_reason' })
      .expect(400);
    expect(bad.body.details[0].field).toBe('reasonCode');
    const rej = await api(t, w.huaibei)
      .post(`/api/contracts/${c.id}/reject`, { reasonCode: 'incomplete_content', comment: '缺少技术指标' })
      .expect(200);
    expect(rej.body).toMatchObject({
      status: 'rejected',
      rejection: { reasonCode: 'incomplete_content', comment: '缺少技术指标' },
    });
    const fixed = await api(t, w.seller).patch(`/api/contracts/${c.id}`, {
      version: rej.body.version,
      techAmountFen: '30000000',
    });
    expect([fixed.status, fixed.body.code]).toEqual([200, undefined]);
    expect(fixed.body.techAmountFen).toBe('30000000');
    const stale = await api(t, w.seller)
      .patch(`/api/contracts/${c.id}`, { version: rej.body.version, title: '旧版本' })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const re = await w.submit(w.seller, c.id, fixed.body.version).expect(200);
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
      actor_user_id: w.huaibei.user.id,
      before: { status: 'submitted' },
      after: { status: 'rejected', reasonCode: 'incomplete_content', comment: '缺少技术指标' },
    });
  });

  it('lists overdue submissions in the bureau queue, and not for other regions', async () => {
    const c = await w.submitted();
    await ds.query(`UPDATE tech_contract SET deadline_on = '2020-01-02' WHERE id = $1`, [c.id]);
    const overdue = await api(t, w.huaibei)
      .get('/api/contracts/registration-queue?overdue=true&pageSize=100')
      .expect(200);
    expect(overdue.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ overdue: true });
    expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const other = await api(t, w.linyi).get('/api/contracts/registration-queue?pageSize=100').expect(200);
    expect(other.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    expect((await api(t, w.seller).get('/api/contracts/registration-queue')).status).toBe(403);
  });

  it('amends and cancels as new records; the certified record stays and the reversal has the opposite amounts', async () => {
    const c = await w.submitted();
    const cert = await w.certify(w.huaibei, c.id).expect(200);
    const today = cert.body.registration.certifiedOn as string;
    const amended = await api(t, w.huaibei)
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
    const cancelled = await api(t, w.huaibei)
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
    const again = await api(t, w.huaibei)
      .post(`/api/contracts/${c.id}/cancellation`, { effectiveDate: today, reason: 'x' })
      .expect(409);
    expect(again.body.code).toBe('CONTRACT_CANCELLED');
    expect(
      (await api(t, w.linyi).post(`/api/contracts/${c.id}/cancellation`, { effectiveDate: today, reason: 'x' })).status,
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
        actor_user_id: w.huaibei.user.id,
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
        actor_user_id: w.huaibei.user.id,
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
    const c = await w.create(w.university, {
      contractSubtypeCode: 'transfer.patent',
      negotiatedPrice: true,
      title: '一种秸秆还田机专利权转让',
    });
    const sub = await w.submit(w.university, c.id, c.version).expect(200);
    await refused(w.certify(w.huaibei, c.id), 409, 'PUBLICATION_REQUIRED');
    const pub = await api(t, w.university).post(`/api/contracts/${c.id}/price-publication`, { days: 15 }).expect(201);
    expect(pub.body.endOn > pub.body.startOn).toBe(true);
    const early = await w.certify(w.huaibei, c.id).expect(409);
    expect(early.body.code).toBe('PUBLICATION_PERIOD_NOT_OVER');
    // The public list needs no login.
    const list = await api(t).get('/api/price-publications').expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === pub.body.id)).toMatchObject({
      title: '一种秸秆还田机专利权转让',
      priceFen: '50000000',
      mode: 'transfer',
    });
    await api(t, w.buyer)
      .post(`/api/price-publications/${pub.body.id}/objections`, { submitterName: '张三', content: '价格明显偏低' })
      .expect(201);
    const objections = await api(t, w.huaibei).get(`/api/price-publications/${pub.body.id}/objections`).expect(200);
    expect(objections.body).toMatchObject({
      total: 1,
      page: 1,
      items: [expect.objectContaining({ submitterName: '张三', content: '价格明显偏低' })],
    });
    await api(t, w.buyer)
      .post(`/api/price-publications/${pub.body.id}/objections`, { submitterName: '李四', content: '未说明作价依据' })
      .expect(201);
    const second = await api(t, w.university)
      .get(`/api/price-publications/${pub.body.id}/objections`, { page: 2, pageSize: 1 })
      .expect(200);
    expect(second.body).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [expect.objectContaining({ submitterName: '李四' })],
    });
    const detail = await api(t, w.university).get(`/api/contracts/${c.id}`).expect(200);
    expect(detail.body.pricePublication).toEqual({
      id: pub.body.id,
      startOn: pub.body.startOn,
      endOn: pub.body.endOn,
      objectionCount: 2,
    });
    expect((await api(t, w.linyi).get(`/api/price-publications/${pub.body.id}/objections`)).status).toBe(403);
    expect(sub.body.status).toBe('submitted');
  });

  it('hides a contract from outsiders and shows it to the parties and the bureaus', async () => {
    const c = await w.create(w.seller);
    expect((await api(t, w.university).get(`/api/contracts/${c.id}`)).status).toBe(404);
    expect((await api(t, w.linyi).get(`/api/contracts/${c.id}`)).status).toBe(404);
    await api(t, w.buyer).get(`/api/contracts/${c.id}`).expect(200);
    await api(t, w.huaibei).get(`/api/contracts/${c.id}`).expect(200);
    expect((await api(t).get(`/api/contracts/${c.id}`)).status).toBe(401);
  });
});
