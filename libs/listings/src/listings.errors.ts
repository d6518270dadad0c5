import { AppError, errorTable, fixedError, notFoundError } from '../../shared/errors/index.js';
import type { ListingKind, ListingStatus } from './listing.types.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ListingsErrorCode = errorTable({
  LISTING_NOT_FOUND: 404,
  LISTING_VERSION_CONFLICT: 409,
  LISTING_INVALID_TRANSITION: 409,
  LISTING_NOT_OWNER: 403,
  LISTING_ORG_TYPE_NOT_ALLOWED: 403,
  LISTING_ORG_NOT_VERIFIED: 403,
  LISTING_REVIEW_OUT_OF_REGION: 403,
  LISTING_INVALID_FIELD: 400,
  CHALLENGE_APPLICATION_NOT_FOUND: 404,
  CHALLENGE_APPLICATION_DUPLICATE: 409,
  CHALLENGE_NOT_OPEN: 409,
  CHALLENGE_ALREADY_AWARDED: 409,
});

export type ListingsErrorCode = keyof typeof ListingsErrorCode;

const KIND_NAME: Record<ListingKind, string> = { need: '技术需求', achievement: '科技成果', challenge: '揭榜挂帅榜单' };

export class ListingNotFoundError extends AppError {
  constructor(kind: ListingKind, id: string) {
    super(ListingsErrorCode.LISTING_NOT_FOUND, `${KIND_NAME[kind]}不存在或不可见`, { kind, id });
  }
}

export class ListingVersionConflictError extends AppError {
  constructor(id: string, expected: number, current?: number) {
    super(ListingsErrorCode.LISTING_VERSION_CONFLICT, '内容已被他人修改，请刷新后重试', {
      id,
      expectedVersion: expected,
      currentVersion: current,
    });
  }
}

export class ListingInvalidTransitionError extends AppError {
  constructor(from: ListingStatus, action: string) {
    super(ListingsErrorCode.LISTING_INVALID_TRANSITION, `当前状态（${from}）不能执行“${action}”`, {
      status: from,
      action,
    });
  }
}

export class ListingNotOwnerError extends fixedError(ListingsErrorCode.LISTING_NOT_OWNER, '只能操作本单位发布的信息') {}

export class ListingOrgTypeNotAllowedError extends AppError {
  constructor(kind: ListingKind, orgType: string) {
    super(ListingsErrorCode.LISTING_ORG_TYPE_NOT_ALLOWED, `该类型的单位不能发布${KIND_NAME[kind]}`, { kind, orgType });
  }
}

export class ListingOrgNotVerifiedError extends fixedError(
  ListingsErrorCode.LISTING_ORG_NOT_VERIFIED,
  '单位尚未通过认证，不能提交发布',
) {}

export class ListingReviewOutOfRegionError extends AppError {
  constructor(regionCode: string) {
    super(ListingsErrorCode.LISTING_REVIEW_OUT_OF_REGION, '只能审核本辖区单位提交的信息', { regionCode });
  }
}

export class ListingInvalidFieldError extends AppError {
  constructor(field: string, message: string) {
    super(ListingsErrorCode.LISTING_INVALID_FIELD, message, [{ field, messages: [message] }]);
  }
}

export class ChallengeApplicationNotFoundError extends notFoundError(
  ListingsErrorCode.CHALLENGE_APPLICATION_NOT_FOUND,
  '揭榜申请不存在',
) {}

export class ChallengeApplicationDuplicateError extends fixedError(
  ListingsErrorCode.CHALLENGE_APPLICATION_DUPLICATE,
  '本单位已揭榜该榜单',
) {}

export class ChallengeNotOpenError extends fixedError(
  ListingsErrorCode.CHALLENGE_NOT_OPEN,
  '榜单未在发布状态或已截止，不能揭榜',
) {}

export class ChallengeAlreadyAwardedError extends fixedError(
  ListingsErrorCode.CHALLENGE_ALREADY_AWARDED,
  '榜单已确定揭榜方',
) {}
