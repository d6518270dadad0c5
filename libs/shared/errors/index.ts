export { AppError, errorCodes, fixedError, notFoundError, type ErrorStatusMap } from './app-error.js';
export { CommonErrorCode, commonErrorStatus, type FieldError } from './common-error-codes.js';
export { errorTable, registerErrorStatuses, statusForCode } from './error-registry.js';
export { AppExceptionFilter, type ErrorBody } from './app-exception.filter.js';
export { createValidationPipe } from './validation.js';
export { databaseFailure, type DatabaseFailure } from './database-errors.js';
