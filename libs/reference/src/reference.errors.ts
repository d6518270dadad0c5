import { AppError, errorCodes } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const referenceErrorStatus = {
  REGION_NOT_FOUND: 404,
  TECH_FIELD_NOT_FOUND: 404,
  CONTRACT_TYPE_NOT_FOUND: 404,
  REJECTION_REASON_NOT_FOUND: 404,
};

export const ReferenceErrorCode = errorCodes(referenceErrorStatus);
export type ReferenceErrorCode = keyof typeof referenceErrorStatus;

export class RegionNotFoundError extends AppError {
  constructor(code: string) {
    super(ReferenceErrorCode.REGION_NOT_FOUND, `行政区划代码 ${code} 不存在`, { code });
  }
}
