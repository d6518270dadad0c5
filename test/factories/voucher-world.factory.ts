/**
 * The cast of the voucher suites: 淮北's bureau (admin and staff) running programmes, two 淮北
 * enterprises (one a registered 科技型中小企业), a 淮北 university approved as provider, and
 * 徐州 (another province) with its own bureau and provider for 通用通兑:
 *
 *   w = await voucherWorld();
 *   const p = await w.programme({ budgetFen: '100000000' });   // 淮北's, providers: w.provider
 *   const v = await w.apply(w.sme, p.id);                         // testing, 20 万元 planned, 50 %
 *   await api(w.t, w.huaibeiStaff).post(`/api/vouchers/${v.id}/approve`, {}).expect(200);
 */
import { chinaToday } from '../../libs/reference/src/index.js';
import { api, idempotencyKey } from '../http.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { addMember, createBureauStaff, createOrgWithAdmin, type TestOrg } from './identity.factory.js';

export interface VoucherWorld {
  t: TestApp;
  huaibeiAdmin: TestOrg;
  /** A staff member of the same bureau as huaibeiAdmin. */
  huaibeiStaff: TestOrg;
  xuzhouAdmin: TestOrg;
  linyiAdmin: TestOrg;
  /** 淮北 enterprise listed as 科技型中小企业 (in force). */
  sme: TestOrg;
  /** 淮北 enterprise in no registry. */
  plain: TestOrg;
  /** 淮北 university, the default provider. */
  provider: TestOrg;
  /** 徐州 university, approved by 徐州's programme. */
  xuzhouProvider: TestOrg;
  /** A programme of 淮北 (valid terms; `over` replaces any). */
  programme(over?: Record<string, unknown>, by?: TestOrg): Promise<{ id: string; [k: string]: unknown }>;
  /** `who` applies to `programmeId` (body `over`); answers the response. */
  applyAs(
    who: TestOrg,
    programmeId: string,
    over?: Record<string, unknown>,
  ): ReturnType<ReturnType<typeof api>['post']>;
  apply(
    who: TestOrg,
    programmeId: string,
    over?: Record<string, unknown>,
  ): Promise<{ id: string; [k: string]: unknown }>;
}

export const dayOffset = (days: number): string => chinaToday(new Date(Date.now() + days * 86_400_000));

let certificate = 0;

/** Lists `org` as a 科技型中小企业 in force (entered by a bureau of its region). */
export async function registerSme(t: TestApp, bureau: TestOrg, org: TestOrg): Promise<void> {
  await api(t, bureau)
    .post('/api/registry-entries', {
      kind: 'tech_sme',
      regionCode: org.org.regionCode,
      name: org.org.name,
      creditCode: org.org.creditCode,
      certificateNo: `2026${org.org.regionCode}${String(++certificate).padStart(6, '0')}${Date.now() % 100000}`,
      recognisedOn: dayOffset(-30),
    })
    .expect(201);
}

export async function voucherWorld(): Promise<VoucherWorld> {
  const t = await createTestApp();
  const [huaibeiAdmin, xuzhouAdmin, linyiAdmin, sme, plain, provider, xuzhouProvider] = await Promise.all([
    createBureauStaff(t, '340600', { admin: true }),
    createBureauStaff(t, '320300', { admin: true }),
    createBureauStaff(t, '371300', { admin: true }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340603' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '320302' }),
  ]);
  // Staff of the same bureau: the issuing bureau's people decide on its programmes' vouchers.
  const huaibeiStaff = (await addMember(t, huaibeiAdmin, { roles: ['bureau_staff'] })) as TestOrg;
  await registerSme(t, huaibeiStaff, sme);
  const applyAs = (who: TestOrg, programmeId: string, over: Record<string, unknown> = {}) =>
    api(t, who)
      .post(`/api/voucher-programmes/${programmeId}/applications`)
      .set('Idempotency-Key', idempotencyKey())
      .send({
        category: 'testing',
        providerOrgId: provider.org.id,
        plannedFen: '20000000',
        purpose: '委托检测新型电池材料的循环寿命',
        ...over,
      });
  return {
    t,
    huaibeiAdmin,
    huaibeiStaff,
    xuzhouAdmin,
    linyiAdmin,
    sme,
    plain,
    provider,
    xuzhouProvider,
    programme: async (over = {}, by = huaibeiAdmin) =>
      (
        await api(t, by)
          .post('/api/voucher-programmes', {
            name: '科技创新券（测试）',
            budgetFen: '100000000',
            opensOn: dayOffset(-10),
            closesOn: dayOffset(30),
            eligibleKinds: ['tech_sme'],
            categories: ['tech_transfer', 'testing', 'instrument_sharing'],
            subsidyPercent: 50,
            capPerEnterpriseFen: '30000000',
            reservationDays: 90,
            outsideProviders: false,
            acceptedRegionCodes: [],
            providerOrgIds: [provider.org.id],
            ...over,
          })
          .expect(201)
      ).body,
    applyAs,
    apply: async (who, programmeId, over = {}) => (await applyAs(who, programmeId, over).expect(201)).body,
  };
}
