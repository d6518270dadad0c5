import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { certifiedContract } from './factories/contract.factory.js';
import { createOrgWithAdmin } from './factories/identity.factory.js';
import { dayOffset, registerSme, voucherWorld, type VoucherWorld } from './factories/voucher-world.factory.js';
import { api, refused } from './http.js';

/** Innovation vouchers (创新券, issue 20): programmes, the flow to redemption, the ledger, refusals. */
describe('vouchers (e2e)', () => {
  let w: VoucherWorld;
  let ds: DataSource;

  const ledgerOf = async (programmeId: string) =>
    (await api(w.t, w.huaibeiStaff).get(`/api/voucher-programmes/${programmeId}/ledger`).expect(200)).body;
  const entries = async (programmeId: string) =>
    (await ds.query(
      `SELECT kind, amount_fen::text AS fen FROM voucher_budget_entry WHERE programme_id = $1 ORDER BY id`,
      [programmeId],
    )) as { kind: string; fen: string }[];

  beforeAll(async () => {
    w = await voucherWorld();
    ds = w.t.app.get(DataSource);
  }, 90_000);
  afterAll(() => w.t.close());

  it('runs apply → approve → certified contract → redemption → redeemed, moving reserved to redeemed', async () => {
    const p = await w.programme();
    expect(p).toMatchObject({ regionCode: '340600', availableFen: '100000000', categories: expect.any(Array) });
    const v = await w.apply(w.sme, p.id, { plannedFen: '20000000' });
    expect(v).toMatchObject({ status: 'applied', requestedFen: '10000000', categoryName: '检验检测' });

    const approved = await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedFen: '10000000', expiresOn: dayOffset(89) });
    expect((await ledgerOf(p.id)) as object).toMatchObject({ reservedFen: '10000000', availableFen: '90000000' });

    // The service: a contract of the provider (seller) with the enterprise (buyer), certified by 淮北.
    const c = await certifiedContract(w.t, w.provider, w.sme, w.huaibeiStaff, {
      contractAmountFen: '16000000',
      techAmountFen: '15000000',
    });
    await api(w.t, w.sme).post(`/api/vouchers/${v.id}/redemption`, { contractId: c.id }).expect(200);
    const redeemed = await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/redeem`, {}).expect(200);
    // 50 % of 16 万元 = 8 万元 redeemed; the 2 万元 left of the reservation returns to the budget.
    expect(redeemed.body).toMatchObject({ status: 'redeemed', redeemedFen: '8000000', contractId: c.id });
    const ledger = await ledgerOf(p.id);
    expect(ledger).toMatchObject({
      budgetFen: '100000000',
      reservedFen: '0',
      redeemedFen: '8000000',
      availableFen: '92000000',
      balanced: true,
    });
    expect(await entries(p.id)).toEqual([
      { kind: 'reserved', fen: '10000000' },
      { kind: 'redeemed', fen: '8000000' },
      { kind: 'released', fen: '2000000' },
    ]);
    // Each step told the one it falls to next: the bureau of the application, the parties of the decisions.
    await w.t.app.get(JobRunner).drainUntilIdle();
    const kinds = async (org: { org: { id: string } }) =>
      (
        (await ds.query(
          `SELECT kind, title FROM notification WHERE recipient_org_id = $1 AND payload->>'voucherId' = $2 ORDER BY created_at, title`,
          [org.org.id, v.id],
        )) as { kind: string; title: string }[]
      ).map((n) => n.title);
    expect(await kinds(w.huaibeiAdmin)).toEqual(['新的创新券申请', '新的创新券兑付申请']);
    expect(await kinds(w.sme)).toEqual(['创新券已批准', '创新券已兑付']);
    expect(await kinds(w.provider)).toEqual(['创新券已批准', '创新券已兑付']);
    // The provider sees the voucher naming it; the enterprise its own.
    const asProvider = await api(w.t, w.provider).get('/api/vouchers', { as: 'provider' }).expect(200);
    expect(asProvider.body.items.map((x: { id: string }) => x.id)).toContain(v.id);
    const mine = await api(w.t, w.sme).get('/api/vouchers').expect(200);
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(v.id);
  });

  it('refuses bad applications with a code and no ledger effect', async () => {
    const p = await w.programme({ capPerEnterpriseFen: '12000000' });
    const closed = await w.programme({ opensOn: dayOffset(-30), closesOn: dayOffset(-1) });
    await refused(w.applyAs(w.sme, closed.id), 422, 'VOUCHER_WINDOW_CLOSED');
    await refused(w.applyAs(w.sme, p.id, { plannedFen: '30000000' }), 422, 'VOUCHER_CAP_EXCEEDED');
    await refused(w.applyAs(w.sme, p.id, { category: 'training' }), 422, 'VOUCHER_CATEGORY_NOT_ELIGIBLE');
    await refused(
      w.applyAs(w.sme, p.id, { providerOrgId: w.xuzhouProvider.org.id }),
      422,
      'VOUCHER_PROVIDER_NOT_APPROVED',
    );
    // Not a registered 科技型中小企业; and an enterprise of another city.
    await refused(w.applyAs(w.plain, p.id), 422, 'VOUCHER_ENTERPRISE_NOT_ELIGIBLE');
    const far = await createOrgWithAdmin(w.t, { type: 'enterprise', regionCode: '371302' });
    await refused(w.applyAs(far, p.id), 422, 'VOUCHER_ENTERPRISE_NOT_ELIGIBLE');
    // A university may not apply at all.
    await refused(w.applyAs(w.provider, p.id), 403, 'PERMISSION_DENIED');
    // Within the cap once; a second application would pass it.
    await w.apply(w.sme, p.id, { plannedFen: '20000000' });
    await refused(w.applyAs(w.sme, p.id, { plannedFen: '10000000' }), 422, 'VOUCHER_CAP_EXCEEDED');
    expect(await entries(p.id)).toEqual([]);
    expect(await entries(closed.id)).toEqual([]);
  });

  it('refuses approving above the remaining budget, redeeming twice, another enterprise’s or an uncertified contract', async () => {
    const p = await w.programme({ budgetFen: '15000000' });
    const other = await createOrgWithAdmin(w.t, { type: 'enterprise', regionCode: '340602' });
    await registerSme(w.t, w.huaibeiStaff, other);
    const v1 = await w.apply(w.sme, p.id);
    const v2 = await w.apply(other, p.id);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v1.id}/approve`, {}).expect(200);
    // 10 万元 reserved of 15: the second 10 万元 does not fit; 5 万元 does.
    await refused(api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v2.id}/approve`, {}), 409, 'VOUCHER_BUDGET_EXCEEDED');
    const before = await entries(p.id);
    // Only the issuing bureau decides: 临沂 is refused before any lock (and may not learn the voucher exists).
    await refused(api(w.t, w.linyiAdmin).post(`/api/vouchers/${v2.id}/approve`, {}), 404, 'VOUCHER_NOT_FOUND');
    expect(await entries(p.id)).toEqual(before);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v2.id}/approve`, { amountFen: '5000000' }).expect(200);

    const othersContract = await certifiedContract(w.t, w.provider, other, w.huaibeiStaff);
    await refused(
      api(w.t, w.sme).post(`/api/vouchers/${v1.id}/redemption`, { contractId: othersContract.id }),
      422,
      'VOUCHER_CONTRACT_MISMATCH',
    );
    const draft = (
      await api(w.t, w.provider)
        .post('/api/contracts', {
          title: '检测服务合同',
          contractSubtypeCode: 'service.general',
          techFieldCode: '05',
          seller: {},
          buyer: { orgId: w.sme.org.id },
          contractAmountFen: '1000000',
          techAmountFen: '900000',
          signedOn: '2025-06-18',
        })
        .expect(201)
    ).body;
    await refused(
      api(w.t, w.sme).post(`/api/vouchers/${v1.id}/redemption`, { contractId: draft.id }),
      422,
      'VOUCHER_CONTRACT_NOT_CERTIFIED',
    );
    // Another enterprise may not ask for redemption of this voucher.
    // (it may not even learn that the voucher exists)
    await refused(
      api(w.t, other).post(`/api/vouchers/${v1.id}/redemption`, { contractId: othersContract.id }),
      404,
      'VOUCHER_NOT_FOUND',
    );

    const c = await certifiedContract(w.t, w.provider, w.sme, w.huaibeiStaff);
    await api(w.t, w.sme).post(`/api/vouchers/${v1.id}/redemption`, { contractId: c.id }).expect(200);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v1.id}/redeem`, {}).expect(200);
    await refused(api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v1.id}/redeem`, {}), 409, 'VOUCHER_WRONG_STATUS');
    await refused(
      api(w.t, w.sme).post(`/api/vouchers/${v1.id}/redemption`, { contractId: c.id }),
      409,
      'VOUCHER_WRONG_STATUS',
    );
    // The same contract cannot back the other enterprise's voucher either (a contract backs one redemption).
    const v3 = await w.apply(w.sme, (await w.programme()).id);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v3.id}/approve`, {}).expect(200);
    await refused(
      api(w.t, w.sme).post(`/api/vouchers/${v3.id}/redemption`, { contractId: c.id }),
      409,
      'VOUCHER_CONTRACT_TAKEN',
    );
    expect((await ledgerOf(p.id)).balanced).toBe(true);
  });

  it('redeems a cross-region voucher charged to the issuing programme, in both regions’ figures', async () => {
    const year = dayOffset(0).slice(0, 4);
    // 徐州 approves its provider and accepts 淮北's vouchers (通用通兑).
    await w.programme(
      {
        name: '徐州市科技创新券',
        eligibleKinds: [],
        providerOrgIds: [w.xuzhouProvider.org.id],
        acceptedRegionCodes: ['340600'],
      },
      w.xuzhouAdmin,
    );
    const p = await w.programme({ name: '淮北市科技创新券（通用通兑）' });
    const statsOf = async (who: typeof w.sme) =>
      (await api(w.t, who).get('/api/stats/vouchers', { period: year }).expect(200)).body.totals;
    const [huaibeiBefore, xuzhouBefore] = [await statsOf(w.huaibeiStaff), await statsOf(w.xuzhouAdmin)];

    const v = await w.apply(w.sme, p.id, { providerOrgId: w.xuzhouProvider.org.id, category: 'tech_transfer' });
    expect(v).toMatchObject({ issuerRegionName: '淮北市', hostRegionName: '徐州市' });
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}).expect(200);
    const xuzhouRegistrar = await createOrgWithAdmin(w.t, { type: 'enterprise', regionCode: '320302' }); // not a registrar
    await refused(api(w.t, xuzhouRegistrar).get(`/api/vouchers/${v.id}`), 404, 'VOUCHER_NOT_FOUND');
    const c = await certifiedContract(w.t, w.xuzhouProvider, w.sme, w.xuzhouAdmin, { contractAmountFen: '30000000' });
    await api(w.t, w.sme).post(`/api/vouchers/${v.id}/redemption`, { contractId: c.id }).expect(200);
    // The issuing bureau redeems; 徐州's bureau sees the voucher but does not decide on it.
    await refused(api(w.t, w.xuzhouAdmin).post(`/api/vouchers/${v.id}/redeem`, {}), 403, 'VOUCHER_FORBIDDEN');
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/redeem`, {}).expect(200);
    expect((await api(w.t, w.xuzhouAdmin).get(`/api/vouchers/${v.id}`).expect(200)).body.status).toBe('redeemed');

    expect(await ledgerOf(p.id)).toMatchObject({ redeemedFen: '10000000', reservedFen: '0', balanced: true });
    const [huaibei, xuzhou] = [await statsOf(w.huaibeiStaff), await statsOf(w.xuzhouAdmin)];
    expect(BigInt(huaibei.redeemedFen) - BigInt(huaibeiBefore.redeemedFen)).toBe(10_000_000n);
    expect(huaibei.redeemedCount - huaibeiBefore.redeemedCount).toBe(1);
    expect(BigInt(xuzhou.servedFen) - BigInt(xuzhouBefore.servedFen)).toBe(10_000_000n);
    expect(xuzhou.redeemedFen).toBe(xuzhouBefore.redeemedFen); // charged to 淮北's programme, not 徐州's
    // 临沂 may not read 淮北's figures.
    await refused(
      api(w.t, w.linyiAdmin).get('/api/stats/vouchers', { period: year, region: '340600' }),
      403,
      'STATS_REGION_FORBIDDEN',
    );
    // Exported through the statistics export path.
    const csv = await api(w.t, w.huaibeiStaff)
      .get('/api/stats/vouchers/export', { period: year, format: 'csv' })
      .expect(200);
    expect(csv.text).toContain('兑付金额（万元）');
    expect(csv.text).toContain('淮北市（合计）');
  });

  it('counts redeemed vouchers toward a target on the indicator', async () => {
    const year = Number(dayOffset(0).slice(0, 4));
    const plan = await api(w.t, w.huaibeiAdmin)
      .post('/api/target-plans', {
        regionCode: '340600',
        title: '创新券目标',
        document: '淮科〔2026〕9号',
        fromYear: year,
        toYear: year,
      })
      .expect(201);
    await api(w.t, w.huaibeiAdmin)
      .post(`/api/target-plans/${plan.body.id}/targets`, {
        indicatorCode: 'innovation_voucher_subsidy_redeemed',
        indicatorName: '兑现创新券补助',
        accumulation: 'annual',
        value: '400000',
        unit: 'yuan',
        comparison: 'gte',
        fromYear: year,
        targetYear: year,
        sourceQuote: '兑现创新券补助40万元',
      })
      .expect(201);
    const p = await w.programme();
    const v = await w.apply(w.sme, p.id);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}).expect(200);
    await api(w.t, w.sme)
      .post(`/api/vouchers/${v.id}/redemption`, { serviceFen: '4000000', evidence: '检测报告 JC-2026-0012' })
      .expect(200);
    await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/redeem`, {}).expect(200);
    const targets = (await api(w.t, w.huaibeiStaff).get('/api/stats/targets').expect(200)).body.items;
    const t = targets.find((x: { indicatorCode: string }) => x.indicatorCode === 'innovation_voucher_subsidy_redeemed');
    expect(t).toMatchObject({ source: { kind: 'records', measure: 'voucher_subsidy_redeemed' } });
    expect(Number(t.actual)).toBeGreaterThanOrEqual(20000);
  });
});
