import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum ReferenceErrorCode {
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
  TECH_FIELD_NOT_FOUND = 'TECH_FIELD_NOT_FOUND',
  CONTRACT_TYPE_NOT_FOUND = 'CONTRACT_TYPE_NOT_FOUND',
  REJECTION_REASON_NOT_FOUND = 'REJECTION_REASON_NOT_FOUND',
}

export const referenceErrorStatus: ErrorStatusMap<ReferenceErrorCode> = {
  REGION_NOT_FOUND: 404,
  TECH_FIELD_NOT_FOUND: 404,
  CONTRACT_TYPE_NOT_FOUND: 404,
  REJECTION_REASON_NOT_FOUND: 404,
};

export class RegionNotFoundError extends AppError {
  constructor(code: string) {
    super(ReferenceErrorCode.REGION_NOT_FOUND, `行政区划代码 ${code} 不存在`, { code });
  }
}
