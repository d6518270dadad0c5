import { errorCodes, type ErrorStatusMap } from './app-error.js';
import { commonErrorStatus } from './common-error-codes.js';

/**
 * The one code → status table. Each domain lib registers its exhaustive map once (from its
 * module file); the exception filter reads it. An unregistered code is a bug and answers 500.
 */
const statusByCode = new Map<string, number>(Object.entries(commonErrorStatus));

export function registerErrorStatuses(map: Record<string, number>): void {
  for (const [code, status] of Object.entries(map)) {
    const existing = statusByCode.get(code);
    if (existing !== undefined && existing !== status) {
      throw new Error(`error code ${code} registered with two statuses (${existing}, ${status})`);
    }
    statusByCode.set(code, status);
  }
}

export function statusForCode(code: string): number | undefined {
  return statusByCode.get(code);
}

/**
 * A lib's error table, the one place its codes are declared: each code with its HTTP status.
 * Registers the statuses for the exception filter as the lib's errors file loads (nothing
 * can throw one of its codes before), and answers the codes by name:
 * `export const XErrorCode = errorTable({ X_NOT_FOUND: 404 }); export type XErrorCode = keyof typeof XErrorCode;`.
 */
export function errorTable<T extends ErrorStatusMap<string>>(statuses: T): { readonly [K in keyof T]: K } {
  registerErrorStatuses(statuses);
  return errorCodes(statuses);
}
