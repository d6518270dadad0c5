import { AppError, errorTable, notFoundError } from '../../shared/errors/index.js';

export const LoansErrorCode = errorTable({
  LOAN_NOT_FOUND: 404,
  LOAN_AUTHORISATION_NOT_FOUND: 404,
  LOAN_ENTERPRISE_NOT_FOUND: 404,
  LOAN_FORBIDDEN: 403,
  LOAN_NOT_AUTHORISED: 403,
  LOAN_BANK_INVALID: 422,
  LOAN_ENTERPRISE_INVALID: 422,
  LOAN_ACHIEVEMENT_INVALID: 422,
  LOAN_CONTRACT_INVALID: 422,
  LOAN_REPAYMENT_EXCEEDS: 422,
  LOAN_NOT_REPAID: 422,
  LOAN_ENTRY_DATE_INVALID: 422,
  LOAN_CLOSED: 409,
  LOAN_ALREADY_DEFAULTED: 409,
  LOAN_ALREADY_AUTHORISED: 409,
  LOAN_AUTHORISATION_REVOKED: 409,
  SCORE_FORMULA_VERSION_NOT_FOUND: 404,
});
export type LoansErrorCode = keyof typeof LoansErrorCode;

export class LoansError extends AppError<LoansErrorCode> {}

export class LoanNotFoundError extends notFoundError(LoansErrorCode.LOAN_NOT_FOUND, '贷款备案不存在') {}

export class LoanAuthorisationNotFoundError extends notFoundError(
  LoansErrorCode.LOAN_AUTHORISATION_NOT_FOUND,
  '授权记录不存在',
) {}

export class LoanEnterpriseNotFoundError extends notFoundError(
  LoansErrorCode.LOAN_ENTERPRISE_NOT_FOUND,
  '企业不存在',
) {}
