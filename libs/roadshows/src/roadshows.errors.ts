import {
  AppError,
  CommonErrorCode,
  errorTable,
  fixedError,
  notFoundError,
  type FieldError,
} from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const RoadshowsErrorCode = errorTable({
  ROADSHOW_NOT_FOUND: 404,
  /** Only the organiser manages its roadshow. */
  ROADSHOW_FORBIDDEN: 403,
  /** A bureau outside the organiser's region subtree. */
  ROADSHOW_OUT_OF_REGION: 403,
  ROADSHOW_ORGANISER_CANNOT_REGISTER: 403,
  ROADSHOW_NOT_EDITABLE: 409,
  ROADSHOW_REGISTRATION_CLOSED: 409,
  ROADSHOW_FULL: 409,
  ROADSHOW_ALREADY_REGISTERED: 409,
  ROADSHOW_NOT_REGISTERED: 409,
  ROADSHOW_ATTENDANCE_NOT_OPEN: 409,
  ROADSHOW_ITEM_UNAVAILABLE: 422,
  ROADSHOW_DEAL_UNRELATED: 422,
  ROADSHOW_DEAL_ALREADY_RECORDED: 409,
  ROADSHOW_VERSION_CONFLICT: 409,
});
export type RoadshowsErrorCode = keyof typeof RoadshowsErrorCode;

export class RoadshowsError extends AppError<RoadshowsErrorCode> {}

export class RoadshowNotFoundError extends notFoundError(RoadshowsErrorCode.ROADSHOW_NOT_FOUND, '路演活动不存在') {}
export class RoadshowOrganiserCannotRegisterError extends fixedError(
  RoadshowsErrorCode.ROADSHOW_ORGANISER_CANNOT_REGISTER,
  '主办机构不需要报名自己的路演',
) {}
export class RoadshowFullError extends fixedError(RoadshowsErrorCode.ROADSHOW_FULL, '报名人数已满') {}
export class RoadshowAlreadyRegisteredError extends fixedError(
  RoadshowsErrorCode.ROADSHOW_ALREADY_REGISTERED,
  '本机构已报名该路演',
) {}
export class RoadshowNotRegisteredError extends fixedError(
  RoadshowsErrorCode.ROADSHOW_NOT_REGISTERED,
  '该机构没有报名这场路演',
) {}
export class RoadshowAttendanceNotOpenError extends fixedError(
  RoadshowsErrorCode.ROADSHOW_ATTENDANCE_NOT_OPEN,
  '路演开始后才能登记到场情况',
) {}
export class RoadshowDealAlreadyRecordedError extends fixedError(
  RoadshowsErrorCode.ROADSHOW_DEAL_ALREADY_RECORDED,
  '该对接项目已登记为路演成果',
) {}

const CLOSED_WORDS = { 'not-open': '路演尚未发布或已取消', started: '路演已开始，报名已截止' } as const;

export class RoadshowRegistrationClosedError extends AppError<RoadshowsErrorCode> {
  constructor(why: keyof typeof CLOSED_WORDS) {
    super(RoadshowsErrorCode.ROADSHOW_REGISTRATION_CLOSED, CLOSED_WORDS[why], { why });
  }
}

export class RoadshowNotEditableError extends AppError<RoadshowsErrorCode> {
  constructor(why: 'started' | 'cancelled') {
    super(
      RoadshowsErrorCode.ROADSHOW_NOT_EDITABLE,
      why === 'cancelled' ? '路演已取消，不能修改' : '路演已开始，不能再修改',
      { why },
    );
  }
}

export class RoadshowItemUnavailableError extends AppError<RoadshowsErrorCode> {
  constructor(kind: string, id: string) {
    super(RoadshowsErrorCode.ROADSHOW_ITEM_UNAVAILABLE, '只能推介已公开发布的科技成果或竞价标的', { kind, id });
  }
}

export class RoadshowDealUnrelatedError extends AppError<RoadshowsErrorCode> {
  constructor(dealId: string) {
    super(RoadshowsErrorCode.ROADSHOW_DEAL_UNRELATED, '该对接项目的双方须分别是本场路演的推介方和报名机构', { dealId });
  }
}

export class RoadshowVersionConflictError extends AppError<RoadshowsErrorCode> {
  constructor(id: string, expectedVersion: number) {
    super(RoadshowsErrorCode.ROADSHOW_VERSION_CONFLICT, '路演信息已被他人修改，请刷新后重试', { id, expectedVersion });
  }
}

export class RoadshowInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '路演信息不合法', fields);
  }
}
