import { AppError, CommonErrorCode, errorTable, notFoundError, type FieldError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const BrokerageErrorCode = errorTable({
  DEAL_NOT_FOUND: 404,
  DEAL_FORBIDDEN: 403,
  DEAL_NOT_A_PARTY: 403,
  DEAL_STAGE_INVALID: 409,
  DEAL_CLOSED: 409,
  DEAL_PARTIES_NOT_READY: 409,
  DEAL_ALREADY_RESPONDED: 409,
  DEAL_REGION_FORBIDDEN: 403,
});

export type BrokerageErrorCode = keyof typeof BrokerageErrorCode;

export class BrokerageError extends AppError<BrokerageErrorCode> {}

export class DealNotFoundError extends notFoundError(BrokerageErrorCode.DEAL_NOT_FOUND, '对接项目不存在') {}

export function dealFieldError(fields: FieldError[]): AppError {
  return new AppError(CommonErrorCode.VALIDATION_FAILED, '对接项目信息不合法', fields);
}

/** A source id that names no row: the client's bad id, not a server error. */
export function dealSourceNotFound(constraint: string): AppError {
  const field = constraint.includes('need')
    ? 'needId'
    : constraint.includes('achievement')
      ? 'achievementId'
      : constraint.includes('challenge')
        ? 'challengeApplicationId'
        : 'source';
  return dealFieldError([{ field, messages: ['关联的记录不存在'] }]);
}

export const dealVersionConflict = (id: string, expectedVersion: number) =>
  new AppError(CommonErrorCode.VERSION_CONFLICT, '对接项目已被他人修改，请刷新后重试', { id, expectedVersion });
