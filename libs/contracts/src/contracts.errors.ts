import { AppError, CommonErrorCode, type ErrorStatusMap, type FieldError } from '../../shared/errors/index.js';

export enum ContractsErrorCode {
  CONTRACT_NOT_FOUND = 'CONTRACT_NOT_FOUND',
  CONTRACT_FORBIDDEN = 'CONTRACT_FORBIDDEN',
  CONTRACT_OUT_OF_REGION = 'CONTRACT_OUT_OF_REGION',
  CONTRACT_ALREADY_CERTIFIED = 'CONTRACT_ALREADY_CERTIFIED',
  CONTRACT_UNDER_REVIEW = 'CONTRACT_UNDER_REVIEW',
  CONTRACT_NOT_SUBMITTED = 'CONTRACT_NOT_SUBMITTED',
  CONTRACT_NOT_CERTIFIED = 'CONTRACT_NOT_CERTIFIED',
  CONTRACT_CANCELLED = 'CONTRACT_CANCELLED',
  CONTRACT_DEAL_NOT_SIGNED = 'CONTRACT_DEAL_NOT_SIGNED',
  REGISTRATION_SEQUENCE_EXHAUSTED = 'REGISTRATION_SEQUENCE_EXHAUSTED',
  PUBLICATION_REQUIRED = 'PUBLICATION_REQUIRED',
  PUBLICATION_PERIOD_NOT_OVER = 'PUBLICATION_PERIOD_NOT_OVER',
  PUBLICATION_NOT_APPLICABLE = 'PUBLICATION_NOT_APPLICABLE',
  PUBLICATION_EXISTS = 'PUBLICATION_EXISTS',
  PUBLICATION_NOT_FOUND = 'PUBLICATION_NOT_FOUND',
  PUBLICATION_CLOSED = 'PUBLICATION_CLOSED',
  CONTRACT_SELLER_NOT_VERIFIED = 'CONTRACT_SELLER_NOT_VERIFIED',
}

export const contractsErrorStatus: ErrorStatusMap<ContractsErrorCode> = {
  CONTRACT_NOT_FOUND: 404,
  CONTRACT_FORBIDDEN: 403,
  CONTRACT_OUT_OF_REGION: 403,
  CONTRACT_ALREADY_CERTIFIED: 409,
  CONTRACT_UNDER_REVIEW: 409,
  CONTRACT_NOT_SUBMITTED: 409,
  CONTRACT_NOT_CERTIFIED: 409,
  CONTRACT_CANCELLED: 409,
  CONTRACT_DEAL_NOT_SIGNED: 409,
  REGISTRATION_SEQUENCE_EXHAUSTED: 409,
  PUBLICATION_REQUIRED: 409,
  PUBLICATION_PERIOD_NOT_OVER: 409,
  PUBLICATION_NOT_APPLICABLE: 409,
  PUBLICATION_EXISTS: 409,
  PUBLICATION_NOT_FOUND: 404,
  PUBLICATION_CLOSED: 409,
  CONTRACT_SELLER_NOT_VERIFIED: 409,
};

export class ContractsError extends AppError {
  constructor(code: ContractsErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}

/** Bad contract content: the same 400 VALIDATION_FAILED shape as the validation pipe's. */
export class ContractValidationError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '合同信息不合法', fields);
  }
}

export class ContractNotFoundError extends ContractsError {
  constructor(id: string) {
    super(ContractsErrorCode.CONTRACT_NOT_FOUND, '合同不存在', { id });
  }
}

export class VersionConflictError extends AppError {
  constructor(id: string, expected: number) {
    super(CommonErrorCode.VERSION_CONFLICT, '记录已被他人修改，请刷新后重试', { id, expectedVersion: expected });
  }
}
