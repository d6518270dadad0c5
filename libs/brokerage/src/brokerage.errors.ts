import { AppError, errorCodes, notFoundError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const brokerageErrorStatus = {
  DEAL_NOT_FOUND: 404,
  DEAL_FORBIDDEN: 403,
  DEAL_NOT_A_PARTY: 403,
  DEAL_STAGE_INVALID: 409,
  DEAL_CLOSED: 409,
  DEAL_PARTIES_NOT_READY: 409,
  DEAL_ALREADY_RESPONDED: 409,
  DEAL_REGION_FORBIDDEN: 403,
};

export const BrokerageErrorCode = errorCodes(brokerageErrorStatus);
export type BrokerageErrorCode = keyof typeof brokerageErrorStatus;

export class BrokerageError extends AppError<BrokerageErrorCode> {}

export class DealNotFoundError extends notFoundError(BrokerageErrorCode.DEAL_NOT_FOUND, '对接项目不存在') {}
