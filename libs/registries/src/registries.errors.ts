import { AppError, errorTable, CommonErrorCode, type FieldError } from '../../shared/errors/index.js';

export const RegistriesErrorCode = errorTable({
  REGISTRY_OUT_OF_REGION: 403,
  REGISTRY_CERTIFICATE_TAKEN: 409,
  REGISTRY_ENTRY_NOT_FOUND: 404,
  REGISTRY_ENTRY_WITHDRAWN: 409,
});
export type RegistriesErrorCode = keyof typeof RegistriesErrorCode;

export class RegistryEntryInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '名录信息不合法', fields);
  }
}

export class RegistryOutOfRegionError extends AppError {
  constructor(region: string) {
    super(RegistriesErrorCode.REGISTRY_OUT_OF_REGION, `地区 ${region} 不在本局辖区内，不能登记或查看其名录`, {
      regionCode: region,
    });
  }
}

export class RegistryCertificateTakenError extends AppError {
  constructor(certificateNo: string) {
    super(RegistriesErrorCode.REGISTRY_CERTIFICATE_TAKEN, `证书编号 ${certificateNo} 已登记`, { certificateNo });
  }
}

export class RegistryEntryNotFoundError extends AppError {
  constructor(id: string) {
    super(RegistriesErrorCode.REGISTRY_ENTRY_NOT_FOUND, '名录条目不存在', { id });
  }
}

export class RegistryEntryWithdrawnError extends AppError {
  constructor(id: string) {
    super(RegistriesErrorCode.REGISTRY_ENTRY_WITHDRAWN, '该名录条目已撤销', { id });
  }
}
