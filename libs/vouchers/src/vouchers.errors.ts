import { AppError, CommonErrorCode, errorTable, notFoundError, type FieldError } from '../../shared/errors/index.js';

export const VouchersErrorCode = errorTable({
  VOUCHER_PROGRAMME_NOT_FOUND: 404,
  VOUCHER_NOT_FOUND: 404,
  VOUCHER_FORBIDDEN: 403,
  VOUCHER_WINDOW_CLOSED: 422,
  VOUCHER_CAP_EXCEEDED: 422,
  VOUCHER_CATEGORY_NOT_ELIGIBLE: 422,
  VOUCHER_PROVIDER_NOT_APPROVED: 422,
  VOUCHER_ENTERPRISE_NOT_ELIGIBLE: 422,
  VOUCHER_PROVIDER_INVALID: 422,
  VOUCHER_CONTRACT_NOT_CERTIFIED: 422,
  VOUCHER_CONTRACT_MISMATCH: 422,
  VOUCHER_CONTRACT_TAKEN: 409,
  VOUCHER_BUDGET_EXCEEDED: 409,
  VOUCHER_WRONG_STATUS: 409,
});
export type VouchersErrorCode = keyof typeof VouchersErrorCode;

export class VouchersError extends AppError<VouchersErrorCode> {}

export class VoucherProgrammeNotFoundError extends notFoundError(
  VouchersErrorCode.VOUCHER_PROGRAMME_NOT_FOUND,
  '创新券项目不存在',
) {}

export class VoucherNotFoundError extends notFoundError(VouchersErrorCode.VOUCHER_NOT_FOUND, '创新券不存在') {}

export class VoucherInputError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '创新券信息不合法', fields);
  }
}

const STATUS_NAMES: Record<string, string> = {
  applied: '待审核',
  rejected: '未通过',
  approved: '已批准（额度已预留）',
  redemption_requested: '兑付审核中',
  redeemed: '已兑付',
  expired: '已过期',
};

export class VoucherWrongStatusError extends VouchersError {
  constructor(status: string, action: string) {
    super(VouchersErrorCode.VOUCHER_WRONG_STATUS, `创新券${STATUS_NAMES[status] ?? status}，不能${action}`, { status });
  }
}
