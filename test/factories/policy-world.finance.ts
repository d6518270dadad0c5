/**
 * The policy world's finance resources (policy-world.factory.ts): two verified banks (F1, which
 * E1 authorises and which filed a loan for E1; F2, unrelated) and an unverified one, E2's
 * authorisation of F1 (the one the matrix revokes, so E1's stays), and E1's innovation score —
 * their ids and facts, written down from what was created. Kept apart so that neither file
 * passes 400 lines.
 */
import type { ResourceFacts } from '../../libs/shared/auth/index.js';
import { api, idempotencyKey } from '../http.js';
import type { TestApp } from '../test-app.js';
import { createOrgWithAdmin, type TestOrg } from './identity.factory.js';

export async function financeWorld(
  t: TestApp,
  { e1, e2 }: { e1: TestOrg; e2: TestOrg },
): Promise<{
  ids: Record<string, string>;
  facts: Record<string, ResourceFacts>;
  callers: (readonly [string, TestOrg])[];
}> {
  const [f1, f2, unverified] = await Promise.all([
    createOrgWithAdmin(t, { type: 'financial_institution', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'financial_institution', regionCode: '340600' }),
    createOrgWithAdmin(t, { type: 'financial_institution', regionCode: '340602', verified: false }),
  ]);
  await api(t, e1).post('/api/loan-authorisations', { bankOrgId: f1.org.id }).expect(201);
  const e2Auth = await api(t, e2).post('/api/loan-authorisations', { bankOrgId: f1.org.id }).expect(201);
  const loan = await api(t, f1)
    .post('/api/loans', {
      enterpriseOrgId: e1.org.id,
      amountFen: '100000000',
      termMonths: 24,
      rateType: 'fixed',
      collateral: 'credit',
      achievementIds: [],
      contractIds: [],
      purpose: '矩阵测试贷款',
    })
    .set('Idempotency-Key', idempotencyKey())
    .expect(201);
  return {
    ids: { loan: loan.body.id, 'loan-authorisation': e2Auth.body.id, 'scored-enterprise': e1.org.id },
    facts: {
      loan: { orgs: { bank: f1.org.id, enterprise: e1.org.id }, regions: { enterprise: '340602' } },
      'loan-authorisation': { orgs: { enterprise: e2.org.id, bank: f1.org.id } },
      'scored-enterprise': { orgs: { self: e1.org.id, authorised: [f1.org.id] }, regions: { home: '340602' } },
    },
    callers: [
      ['F1 bank admin (authorised by E1 and E2, the loan’s bank)', f1],
      ['F2 bank admin (authorised by nobody)', f2],
      ['unverified bank admin', unverified],
    ],
  };
}
