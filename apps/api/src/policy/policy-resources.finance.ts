import { UUID_PATTERN } from '../../../../libs/shared/validation/index.js';
import {
  LoanAuthorisationNotFoundError,
  LoanEnterpriseNotFoundError,
  LoanFactsReader,
  LoanNotFoundError,
  LoansError,
  LoansErrorCode,
} from '../../../../libs/loans/src/index.js';
import type { ResourceResolver } from './resource-resolver.js';

/**
 * The resource kinds of the finance rows (policy.table.finance.ts): loan filings, enterprises'
 * authorisations of banks, and an enterprise's innovation score, read through the loans lib.
 * Part of PolicyResources, kept apart so that neither file passes 400 lines.
 */
export function financeResources(loans: LoanFactsReader): Record<string, ResourceResolver> {
  return {
    loan: {
      facts: (l) => (l.id ? loans.loan(l.id) : Promise.resolve(null)),
      notFound: (l) => new LoanNotFoundError(l.id ?? ''),
      forbidden: () =>
        new LoansError(LoansErrorCode.LOAN_FORBIDDEN, '只有备案该贷款的金融机构可以登记还款、违约或结清'),
      readOperation: 'loan.read',
      idPattern: UUID_PATTERN,
    },
    'loan-authorisation': {
      facts: (l) => (l.id ? loans.authorisation(l.id) : Promise.resolve(null)),
      notFound: (l) => new LoanAuthorisationNotFoundError(l.id ?? ''),
      forbidden: () => new LoansError(LoansErrorCode.LOAN_FORBIDDEN, '只有授权企业的管理员可以撤销授权'),
      // Nobody but the enterprise reads an authorisation by its id: others learn nothing of it.
      hideAlways: true,
      idPattern: UUID_PATTERN,
    },
    'scored-enterprise': {
      facts: (l) => (l.id ? loans.scoredEnterprise(l.id) : Promise.resolve(null)),
      notFound: (l) => new LoanEnterpriseNotFoundError(l.id ?? ''),
      forbidden: () =>
        new LoansError(LoansErrorCode.LOAN_FORBIDDEN, '创新积分仅企业本身、所在地区科技局和企业授权的金融机构可以查看'),
      idPattern: UUID_PATTERN,
    },
  };
}
