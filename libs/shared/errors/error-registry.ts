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
