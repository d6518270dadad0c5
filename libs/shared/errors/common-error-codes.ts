import { errorCodes } from './app-error.js';

/** Codes that belong to no single domain (transport, validation, auth basics), with their status. */
export const commonErrorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  BODY_TOO_DEEP: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  MALFORMED_REQUEST: 400,
  REQUEST_TIMEOUT: 408,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  /** A row lock was not granted within the session's lock_timeout. */
  RESOURCE_BUSY: 409,
  /** No pool connection became free within DATABASE_POOL_WAIT_MS. */
  DATABASE_BUSY: 503,
  DATABASE_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export const CommonErrorCode = errorCodes(commonErrorStatus);
export type CommonErrorCode = keyof typeof commonErrorStatus;

/** A field-level problem, the shape of `details` for VALIDATION_FAILED. */
export interface FieldError {
  field: string;
  messages: string[];
}
