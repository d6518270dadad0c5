import { Permission as P } from './permissions.js';
import type { OperationPolicy } from './policy.js';
import { ALL_ROLES, anyone, bankPeople, bureau, bureauOver, ORG, orgIs, platform } from './policy-grants.js';
import { onLoan, onLoanAuthorisation, statsExport, statsRead } from './policy-grants.js';

/**
 * Rows of THE policy table (policy.table.ts spreads them in) for 成果转化贷款备案 and 企业创新积分.
 * Kept in a file of their own only so that neither file passes 400 lines; read the table's header
 * for how a row reads.
 */
export const FINANCE_POLICY = {
  // ── authorisations: an enterprise's admin authorises a verified bank, and revokes it; both sides list them ──
  'loan-bank.list': { capability: P.LOAN_AUTHORISE, grants: [{ who: ORG, orgTypes: ['enterprise'] }] },
  'loan-authorisation.list': { grants: [{ who: ORG, orgTypes: ['enterprise', 'financial_institution'] }] },
  'loan-authorisation.grant': {
    capability: P.LOAN_AUTHORISE,
    grants: [{ who: ['org_admin'], orgTypes: ['enterprise'] }],
  },
  'loan-authorisation.revoke': onLoanAuthorisation(
    [{ who: ['org_admin'], orgTypes: ['enterprise'], to: ['org:enterprise'] }],
    P.LOAN_AUTHORISE,
  ),
  // ── filings: whether the enterprise authorised the bank, and the linked records, are the service's (403 / 422) ──
  'loan.create': { capability: P.LOAN_FILE, grants: [bankPeople] },
  // An authorising enterprise's certified contracts, to link (whether it authorised the bank: the service's 403).
  'loan.enterprise-contracts': { capability: P.LOAN_FILE, grants: [bankPeople] },
  // Scoped by the service: a bank's filings, an enterprise's loans, a bureau's region subtree.
  'loan.list': { grants: [{ who: ORG, orgTypes: ['enterprise', 'financial_institution'] }, bureau, platform] },
  'loan.read': onLoan([orgIs(ALL_ROLES, 'bank', 'enterprise'), bureauOver('enterprise'), platform]),
  // Capabilities name only banks' people: the web menu reads them (an enterprise's own grants give it none of these).
  'loan.add-entry': onLoan([{ ...bankPeople, to: ['org:bank'] }], P.LOAN_FILE),
  'stats.loans': statsRead,
  'stats.loans-export': statsExport,
  // ── 企业创新积分: the formula is published; a score is the enterprise's own, its region's bureaus' and the banks it authorises ──
  'innovation-score.formulas': { grants: [anyone] },
  'innovation-score.publish': { capability: P.PLATFORM_ADMIN, grants: [platform] },
  'innovation-score.read': {
    resource: { kind: 'scored-enterprise', id: 'param:id' },
    grants: [orgIs(ORG, 'self'), { ...bankPeople, to: ['org:authorised'] }, bureauOver('home')],
  },
} as const satisfies Record<string, OperationPolicy>;
