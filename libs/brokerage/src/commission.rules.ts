import type { FieldError } from '../../shared/errors/index.js';
import type { CommissionInput } from './deal.types.js';

/** The largest fixed fee accepted, in fen (below bigint's 2^63 with room for sums). */
export const MAX_COMMISSION_FEN = 9_000_000_000_000_000_000n;

/**
 * What is wrong with a broker's commission terms: a percentage must be 0–100 with at most two
 * decimals (the column is numeric(5,2)); a fixed fee a non-negative integer number of fen as a
 * decimal string (never a float), up to MAX_COMMISSION_FEN.
 */
export function commissionProblems(c: CommissionInput | undefined): FieldError[] {
  const out: FieldError[] = [];
  if (!c) return out;
  if (c.percent !== undefined && c.percent !== null) {
    if (
      !Number.isFinite(c.percent) ||
      c.percent < 0 ||
      c.percent > 100 ||
      Math.round(c.percent * 100) !== c.percent * 100
    ) {
      out.push({ field: 'commission.percent', messages: ['必须是 0 到 100 之间、最多两位小数的百分比'] });
    }
  }
  if (c.fixedFen !== undefined && c.fixedFen !== null) {
    if (!/^(0|[1-9][0-9]{0,18})$/.test(c.fixedFen) || BigInt(c.fixedFen) > MAX_COMMISSION_FEN) {
      out.push({ field: 'commission.fixedFen', messages: ['必须是以分为单位的非负整数，且不超过上限'] });
    }
  }
  return out;
}
