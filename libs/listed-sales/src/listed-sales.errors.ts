import {
  AppError,
  CommonErrorCode,
  errorTable,
  fixedError,
  notFoundError,
  type FieldError,
} from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ListedSalesErrorCode = errorTable({
  LISTED_SALE_NOT_FOUND: 404,
  /** Only the seller organisation manages its listing. */
  LISTED_SALE_FORBIDDEN: 403,
  /** The seller's own organisation cannot declare intent to buy. */
  LISTED_SALE_OWN_INTENT: 403,
  /** A bureau outside the region it sets the minimum period for. */
  LISTED_SALE_OUT_OF_REGION: 403,
  LISTED_SALE_NOT_LISTED: 409,
  LISTED_SALE_ENDED: 409,
  LISTED_SALE_INTENT_EXISTS: 409,
  /** Price, mode, deposit and terms are fixed once an organisation declared intent on them. */
  LISTED_SALE_TERMS_LOCKED: 409,
  LISTED_SALE_VERSION_CONFLICT: 409,
  /** Only a listing that ended without a buyer (流标) or was withdrawn is listed again, once. */
  LISTED_SALE_NOT_RELISTABLE: 409,
});
export type ListedSalesErrorCode = keyof typeof ListedSalesErrorCode;

export class ListedSalesError extends AppError<ListedSalesErrorCode> {}

export class ListedSaleNotFoundError extends notFoundError(
  ListedSalesErrorCode.LISTED_SALE_NOT_FOUND,
  '挂牌项目不存在',
) {}
export class ListedSaleOwnIntentError extends fixedError(
  ListedSalesErrorCode.LISTED_SALE_OWN_INTENT,
  '卖方机构不能登记受让意向',
) {}
export class ListedSaleEndedError extends fixedError(ListedSalesErrorCode.LISTED_SALE_ENDED, '挂牌期已结束') {}
export class ListedSaleIntentExistsError extends fixedError(
  ListedSalesErrorCode.LISTED_SALE_INTENT_EXISTS,
  '本机构已登记过受让意向',
) {}
export class ListedSaleTermsLockedError extends fixedError(
  ListedSalesErrorCode.LISTED_SALE_TERMS_LOCKED,
  '已有机构登记受让意向，挂牌价、交易方式、保证金和交易条件不能再修改',
) {}

export class ListedSaleNotListedError extends AppError<ListedSalesErrorCode> {
  constructor(status: string) {
    super(ListedSalesErrorCode.LISTED_SALE_NOT_LISTED, '挂牌已结束或撤回', { status });
  }
}

export class ListedSaleVersionConflictError extends AppError<ListedSalesErrorCode> {
  constructor(id: string, expectedVersion: number) {
    super(ListedSalesErrorCode.LISTED_SALE_VERSION_CONFLICT, '挂牌项目已被他人修改，请刷新后重试', {
      id,
      expectedVersion,
    });
  }
}

export class ListedSaleInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '挂牌信息不合法', fields);
  }
}
