import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum BrokerageErrorCode {
  DEAL_NOT_FOUND = 'DEAL_NOT_FOUND',
  DEAL_FORBIDDEN = 'DEAL_FORBIDDEN',
  DEAL_NOT_A_PARTY = 'DEAL_NOT_A_PARTY',
  DEAL_STAGE_INVALID = 'DEAL_STAGE_INVALID',
  DEAL_CLOSED = 'DEAL_CLOSED',
  DEAL_PARTIES_NOT_READY = 'DEAL_PARTIES_NOT_READY',
  DEAL_ALREADY_RESPONDED = 'DEAL_ALREADY_RESPONDED',
  DEAL_REGION_FORBIDDEN = 'DEAL_REGION_FORBIDDEN',
}

export const brokerageErrorStatus: ErrorStatusMap<BrokerageErrorCode> = {
  DEAL_NOT_FOUND: 404,
  DEAL_FORBIDDEN: 403,
  DEAL_NOT_A_PARTY: 403,
  DEAL_STAGE_INVALID: 409,
  DEAL_CLOSED: 409,
  DEAL_PARTIES_NOT_READY: 409,
  DEAL_ALREADY_RESPONDED: 409,
  DEAL_REGION_FORBIDDEN: 403,
};

export class BrokerageError extends AppError {
  constructor(code: BrokerageErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}

export class DealNotFoundError extends BrokerageError {
  constructor(id: string) {
    super(BrokerageErrorCode.DEAL_NOT_FOUND, '对接项目不存在', { id });
  }
}
