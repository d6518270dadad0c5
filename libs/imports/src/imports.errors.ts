// Not the index: its exception filter and validation pipe load Nest, which the row reader's thread does without.
import { AppError } from '../../shared/errors/app-error.js';
import { errorTable } from '../../shared/errors/error-registry.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const ImportsErrorCode = errorTable({
  IMPORT_NOT_FOUND: 404,
  IMPORT_FORBIDDEN: 403,
  IMPORT_OUT_OF_REGION: 403,
  IMPORT_FILE_MISSING: 400,
  IMPORT_FILE_EMPTY: 400,
  IMPORT_FILE_TOO_LARGE: 413,
  IMPORT_FILE_NOT_SPREADSHEET: 400,
  IMPORT_FILE_TRUNCATED: 400,
  IMPORT_FILE_NOT_TEXT: 400,
  IMPORT_INVALID_STATE: 409,
  // One code per hard limit on a file (IMPORT_MAX_*): refused at upload where the upload shows
  // it (an XLSX's declared sizes), else the job fails with the same code while the file streams.
  IMPORT_LIMIT_UNCOMPRESSED_SIZE: 413,
  IMPORT_LIMIT_COMPRESSION_RATIO: 413,
  IMPORT_LIMIT_ROWS: 413,
  IMPORT_LIMIT_CELLS_PER_ROW: 413,
  IMPORT_LIMIT_CELL_TOO_LONG: 413,
  IMPORT_LIMIT_SHARED_STRINGS: 413,
  IMPORT_LIMIT_SHARED_STRINGS_SIZE: 413,
});

export type ImportsErrorCode = keyof typeof ImportsErrorCode;

/** The codes of the file limits, which a job failure may carry as well. */
export type ImportLimitCode = Extract<ImportsErrorCode, `IMPORT_LIMIT_${string}`>;

export class ImportsError extends AppError<ImportsErrorCode> {}

/** The upload exceeds IMPORT_MAX_MB (413): refused while it streams, before a job exists. */
export class ImportFileTooLargeError extends ImportsError {
  constructor(maxBytes: number) {
    super(ImportsErrorCode.IMPORT_FILE_TOO_LARGE, `文件不能超过 ${Math.floor(maxBytes / 1024 / 1024)} MB`, {
      maxBytes,
    });
  }
}

/** Why a job could not read its file at all (stored on the job, not thrown to a request). */
export enum ImportJobErrorCode {
  MISSING_COLUMNS = 'MISSING_COLUMNS',
  NO_HEADER = 'NO_HEADER',
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  ENCODING_ERROR = 'ENCODING_ERROR',
  INTERNAL = 'INTERNAL',
  /** The process running the job died (out of memory, killed) IMPORT_MAX_RUNNER_CRASHES times: it is not taken again. */
  IMPORT_RUNNER_CRASHED = 'IMPORT_RUNNER_CRASHED',
  /** The thread reading the file ran out of its capped heap (a file within every limit that still holds too much). */
  IMPORT_READER_OUT_OF_MEMORY = 'IMPORT_READER_OUT_OF_MEMORY',
}

export class ImportJobFailure extends Error {
  constructor(
    readonly code: ImportJobErrorCode | ImportLimitCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Row problem codes, as listed in the dry-run report. */
export const ProblemCode = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  BAD_VALUE: 'BAD_VALUE',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  AMBIGUOUS_REGION: 'AMBIGUOUS_REGION',
  REGION_OUT_OF_SCOPE: 'REGION_OUT_OF_SCOPE',
  UNKNOWN_TECH_FIELD: 'UNKNOWN_TECH_FIELD',
  UNKNOWN_CONTRACT_TYPE: 'UNKNOWN_CONTRACT_TYPE',
  UNKNOWN_REGISTRY_KIND: 'UNKNOWN_REGISTRY_KIND',
  BAD_CREDIT_CODE: 'BAD_CREDIT_CODE',
  BAD_PHONE: 'BAD_PHONE',
  ORG_NOT_FOUND: 'ORG_NOT_FOUND',
  ORG_TYPE_MISMATCH: 'ORG_TYPE_MISMATCH',
  ORG_NOT_VERIFIED: 'ORG_NOT_VERIFIED',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  AMOUNT_OUT_OF_RANGE: 'AMOUNT_OUT_OF_RANGE',
  TECH_AMOUNT_EXCEEDS_CONTRACT: 'TECH_AMOUNT_EXCEEDS_CONTRACT',
  BUDGET_RANGE: 'BUDGET_RANGE',
  BAD_DATE: 'BAD_DATE',
  BAD_REGISTRATION_NO: 'BAD_REGISTRATION_NO',
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  DUPLICATE_IN_DATABASE: 'DUPLICATE_IN_DATABASE',
  REJECTED_BY_DATABASE: 'REJECTED_BY_DATABASE',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];
