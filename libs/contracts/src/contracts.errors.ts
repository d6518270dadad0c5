import { AppError, CommonErrorCode, errorTable, type FieldError, notFoundError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ContractsErrorCode = errorTable({
  CONTRACT_NOT_FOUND: 404,
  CONTRACT_FORBIDDEN: 403,
  CONTRACT_OUT_OF_REGION: 403,
  CONTRACT_ALREADY_CERTIFIED: 409,
  CONTRACT_UNDER_REVIEW: 409,
  CONTRACT_NOT_SUBMITTED: 409,
  CONTRACT_NOT_CERTIFIED: 409,
  CONTRACT_CANCELLED: 409,
  CONTRACT_DEAL_NOT_SIGNED: 409,
  /** A draft made from a sale still lacks what only its parties know (subtype, field, signing date). */
  CONTRACT_INCOMPLETE: 409,
  REGISTRATION_SEQUENCE_EXHAUSTED: 409,
  PUBLICATION_REQUIRED: 409,
  PUBLICATION_PERIOD_NOT_OVER: 409,
  PUBLICATION_NOT_APPLICABLE: 409,
  PUBLICATION_EXISTS: 409,
  PUBLICATION_NOT_FOUND: 404,
  PUBLICATION_CLOSED: 409,
  CONTRACT_SELLER_NOT_VERIFIED: 409,
  ATTACHMENT_FILE_MISSING: 400,
  ATTACHMENT_NAME_INVALID: 400,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  ATTACHMENT_LIMIT_REACHED: 409,
  ATTACHMENTS_FROZEN: 409,
  ATTACHMENT_NOT_FOUND: 404,
});

export type ContractsErrorCode = keyof typeof ContractsErrorCode;

export class ContractsError extends AppError<ContractsErrorCode> {}

/** Bad contract content: the same 400 VALIDATION_FAILED shape as the validation pipe's. */
export class ContractValidationError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '合同信息不合法', fields);
  }
}

export class WorkCalendarValidationError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '工作日历不合法', fields);
  }
}

export class ContractNotFoundError extends notFoundError(ContractsErrorCode.CONTRACT_NOT_FOUND, '合同不存在') {}

export class AttachmentNotFoundError extends notFoundError(ContractsErrorCode.ATTACHMENT_NOT_FOUND, '附件不存在') {}

/** An attachment past ATTACHMENT_MAX_MB, refused while it streams (413 naming the limit). */
export class AttachmentTooLargeError extends ContractsError {
  constructor(maxBytes: number) {
    super(ContractsErrorCode.ATTACHMENT_TOO_LARGE, `单个附件不能超过 ${Math.floor(maxBytes / 1024 / 1024)} MB`, {
      limit: 'ATTACHMENT_MAX_MB',
      maxBytes,
    });
  }
}

export class VersionConflictError extends AppError {
  constructor(id: string, expected: number) {
    super(CommonErrorCode.VERSION_CONFLICT, '记录已被他人修改，请刷新后重试', { id, expectedVersion: expected });
  }
}
