import {
  AppError,
  CommonErrorCode,
  errorTable,
  fixedError,
  notFoundError,
  type FieldError,
} from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const AuctionsErrorCode = errorTable({
  AUCTION_NOT_FOUND: 404,
  /** Only the seller organisation manages its lot. */
  AUCTION_FORBIDDEN: 403,
  /** A bureau outside the seller's region subtree. */
  AUCTION_OUT_OF_REGION: 403,
  AUCTION_SELLER_CANNOT_BID: 403,
  /** A lot converted from a 挂牌 listing admits only the organisations that declared intent. */
  AUCTION_NOT_ELIGIBLE: 403,
  AUCTION_NOT_REGISTERED: 403,
  AUCTION_DEPOSIT_UNCONFIRMED: 403,
  AUCTION_NOT_OPEN: 409,
  AUCTION_ENDED: 409,
  AUCTION_BID_TOO_LOW: 409,
  AUCTION_RESERVE_LOCKED: 409,
  AUCTION_NOT_EDITABLE: 409,
  AUCTION_HAS_BIDS: 409,
  AUCTION_ALREADY_REGISTERED: 409,
  AUCTION_REGISTRATION_CLOSED: 409,
  AUCTION_REGISTRATION_NOT_FOUND: 404,
  AUCTION_DEPOSIT_ALREADY_CONFIRMED: 409,
  AUCTION_VERSION_CONFLICT: 409,
});
export type AuctionsErrorCode = keyof typeof AuctionsErrorCode;

export class AuctionsError extends AppError<AuctionsErrorCode> {}

export class AuctionNotFoundError extends notFoundError(AuctionsErrorCode.AUCTION_NOT_FOUND, '竞价标的不存在') {}
export class AuctionSellerCannotBidError extends fixedError(
  AuctionsErrorCode.AUCTION_SELLER_CANNOT_BID,
  '卖方机构不能报名或出价竞买自己的标的',
) {}
export class AuctionNotEligibleError extends fixedError(
  AuctionsErrorCode.AUCTION_NOT_ELIGIBLE,
  '该标的由挂牌转为竞价，仅限挂牌期内登记意向的受让方报名',
) {}
export class AuctionNotRegisteredError extends fixedError(
  AuctionsErrorCode.AUCTION_NOT_REGISTERED,
  '本机构尚未报名参加该标的的竞价',
) {}
export class AuctionDepositUnconfirmedError extends fixedError(
  AuctionsErrorCode.AUCTION_DEPOSIT_UNCONFIRMED,
  '保证金尚未经科技局确认，暂不能出价',
) {}
export class AuctionEndedError extends fixedError(AuctionsErrorCode.AUCTION_ENDED, '竞价已结束') {}
export class AuctionReserveLockedError extends fixedError(
  AuctionsErrorCode.AUCTION_RESERVE_LOCKED,
  '已有人出价，保留价不能再修改',
) {}
export class AuctionHasBidsError extends fixedError(AuctionsErrorCode.AUCTION_HAS_BIDS, '已有人出价，标的不能撤回') {}
export class AuctionAlreadyRegisteredError extends fixedError(
  AuctionsErrorCode.AUCTION_ALREADY_REGISTERED,
  '本机构已报名该标的',
) {}

export class AuctionInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '竞价标的信息不合法', fields);
  }
}

const PHASE_WORDS: Record<string, string> = {
  draft: '标的尚未发布',
  scheduled: '竞价尚未开始',
  withdrawn: '标的已撤回',
  sold: '竞价已结束',
  unsold: '竞价已结束',
};

export class AuctionNotOpenError extends AppError<AuctionsErrorCode> {
  constructor(phase: string) {
    super(AuctionsErrorCode.AUCTION_NOT_OPEN, PHASE_WORDS[phase] ?? '当前不能出价', { phase });
  }
}

export class AuctionBidTooLowError extends AppError<AuctionsErrorCode> {
  constructor(minimumFen: bigint, currentPriceFen: bigint | null) {
    super(AuctionsErrorCode.AUCTION_BID_TOO_LOW, '出价低于当前可接受的最低出价', {
      minimumFen: String(minimumFen),
      currentPriceFen: currentPriceFen === null ? null : String(currentPriceFen),
    });
  }
}

export class AuctionNotEditableError extends AppError<AuctionsErrorCode> {
  constructor(status: string) {
    super(
      AuctionsErrorCode.AUCTION_NOT_EDITABLE,
      status === 'published' ? '标的发布后只能修改名称、介绍和（首次出价前的）保留价' : '标的已结束或撤回，不能修改',
      { status },
    );
  }
}

export class AuctionVersionConflictError extends AppError<AuctionsErrorCode> {
  constructor(id: string, expectedVersion: number) {
    super(AuctionsErrorCode.AUCTION_VERSION_CONFLICT, '标的已被他人修改，请刷新后重试', { id, expectedVersion });
  }
}
