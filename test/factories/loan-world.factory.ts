/**
 * The cast of the loan suites: 临沂's bureau (staff and admin), a 兰山区 university that owns
 * published achievements and sells to enterprises, 临沂 enterprises that authorise banks, two
 * verified financial institutions (金融机构) and 淮北's bureau (another city):
 *
 *   w = await loanWorld();
 *   const ent = await w.enterprise('371322');        // a fresh enterprise of 郯城县
 *   await w.authorise(ent, w.bank);
 *   const loan = await w.file(w.bank, ent);            // 100 万元, 36 months, 专利质押
 */
import { api, idempotencyKey } from '../http.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { certifiedContract, type ContractView } from './contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './identity.factory.js';
import { publishedListing, type ListingView } from './listing.factory.js';

export interface LoanWorld {
  t: TestApp;
  linyiStaff: TestOrg;
  linyiAdmin: TestOrg;
  huaibeiStaff: TestOrg;
  platform: TestOrg;
  university: TestOrg;
  bank: TestOrg;
  otherBank: TestOrg;
  /** A fresh verified enterprise of `regionCode` (a 临沂 county by default). */
  enterprise(regionCode?: string): Promise<TestOrg>;
  /** `ent` authorises `bank`; answers the authorisation. */
  authorise(ent: TestOrg, bank: TestOrg): Promise<{ id: string; [k: string]: unknown }>;
  /** A valid filing body for `ent` (`over` replaces any field). */
  body(ent: TestOrg, over?: Record<string, unknown>): Record<string, unknown>;
  /** `bank` files a loan for `ent`; answers the loan. */
  file(bank: TestOrg, ent: TestOrg, over?: Record<string, unknown>): Promise<LoanBody>;
  /** A published achievement of the university. */
  achievement(): Promise<ListingView>;
  /** A contract the university sold to `buyer`, certified by 临沂. */
  contractWith(buyer: TestOrg, over?: Record<string, unknown>): Promise<ContractView>;
}

export interface LoanBody {
  id: string;
  amountFen: string;
  repaidFen: string;
  outstandingFen: string;
  status: string;
  [k: string]: unknown;
}

export async function loanWorld(): Promise<LoanWorld> {
  const t = await createTestApp();
  const [linyiStaff, linyiAdmin, huaibeiStaff, university, bank, otherBank] = await Promise.all([
    createBureauStaff(t, '371300'),
    createBureauStaff(t, '371300', { admin: true }),
    createBureauStaff(t, '340600'),
    createOrgWithAdmin(t, { type: 'university', regionCode: '371302' }),
    createOrgWithAdmin(t, { type: 'financial_institution', regionCode: '371300', name: '临沂农村商业银行测试支行' }),
    createOrgWithAdmin(t, { type: 'financial_institution', regionCode: '371300', name: '齐鲁银行测试支行' }),
  ]);
  const platform = await createPlatformAdmin(t);
  const w: LoanWorld = {
    t,
    linyiStaff,
    linyiAdmin,
    huaibeiStaff,
    platform,
    university,
    bank,
    otherBank,
    enterprise: (regionCode = '371302') => createOrgWithAdmin(t, { type: 'enterprise', regionCode }),
    authorise: async (ent, b) =>
      (await api(t, ent).post('/api/loan-authorisations', { bankOrgId: b.org.id }).expect(201)).body,
    body: (ent, over = {}) => ({
      enterpriseOrgId: ent.org.id,
      amountFen: '100000000',
      termMonths: 36,
      rateType: 'fixed',
      collateral: 'patent_pledge',
      achievementIds: [],
      contractIds: [],
      purpose: '受让生物质硬碳负极材料专利并建设中试线',
      ...over,
    }),
    file: async (b, ent, over = {}) =>
      (await api(t, b).post('/api/loans', w.body(ent, over)).set('Idempotency-Key', idempotencyKey()).expect(201)).body,
    achievement: () => publishedListing(t, university, 'achievements', {}, { reviewer: linyiStaff }),
    contractWith: (buyer, over = {}) => certifiedContract(t, university, buyer, linyiStaff, over),
  };
  return w;
}
