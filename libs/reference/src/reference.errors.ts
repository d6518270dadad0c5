import { AppError, CommonErrorCode, errorTable, type FieldError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ReferenceErrorCode = errorTable({
  REGION_NOT_FOUND: 404,
  TECH_FIELD_NOT_FOUND: 404,
  CONTRACT_TYPE_NOT_FOUND: 404,
  REJECTION_REASON_NOT_FOUND: 404,
  TARGET_NOT_FOUND: 404,
  TARGET_PLAN_NOT_FOUND: 404,
  TARGET_OUT_OF_REGION: 403,
  TARGET_EXISTS: 409,
  TARGET_VERSION_CONFLICT: 409,
});

export type ReferenceErrorCode = keyof typeof ReferenceErrorCode;

export class RegionNotFoundError extends AppError {
  constructor(code: string) {
    super(ReferenceErrorCode.REGION_NOT_FOUND, `行政区划代码 ${code} 不存在`, { code });
  }
}

export class TargetError extends AppError {}

export class TargetInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '规划目标不合法', fields);
  }
}

export const targetNotFound = (id: string | number) =>
  new TargetError(ReferenceErrorCode.TARGET_NOT_FOUND, '规划目标不存在', { id });
export const targetPlanNotFound = (id: string | number) =>
  new TargetError(ReferenceErrorCode.TARGET_PLAN_NOT_FOUND, '规划不存在', { id });
export const targetOutOfRegion = (region: string) =>
  new TargetError(ReferenceErrorCode.TARGET_OUT_OF_REGION, `地区 ${region} 不在本局辖区内，不能管理其规划目标`, {
    regionCode: region,
  });
