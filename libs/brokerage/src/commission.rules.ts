import type { FieldError } from '../../shared/errors/index.js';
import type { CommissionInput, ExpectedCommission } from './deal.types.js';

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

/** The figure an expected commission is estimated on, and where it comes from. */
export interface CommissionBasisEstimate {
  fen: bigint;
  /** The achievement's asking price, or the need's budget ceiling. */
  source: NonNullable<ExpectedCommission['basisSource']>;
}

/**
 * What the broker can expect to earn on the terms: the fixed fee plus the percentage of the
 * basis, estimated on the listing's figure until a contract sets the real one (the net income
 * of a conversion is never known in advance, so that basis adds nothing to the estimate).
 * Exact integer arithmetic: percent has two decimals (numeric(5,2)), the share of the basis is
 * rounded half away from zero to the fen. Null without any terms.
 */
export function expectedCommission(
  terms: { percent: string | null; fixedFen: string | null; basis: string | null },
  estimate: CommissionBasisEstimate | null,
): ExpectedCommission | null {
  if (terms.percent === null && terms.fixedFen === null) return null;
  const fixed = terms.fixedFen === null ? 0n : BigInt(terms.fixedFen);
  if (terms.percent === null) return { fen: String(fixed), basisFen: null, basisSource: null };
  if (!estimate || terms.basis === 'net_income') return { fen: null, basisFen: null, basisSource: null };
  const basisPoints = BigInt(Math.round(Number(terms.percent) * 100));
  const numerator = estimate.fen * basisPoints;
  const share = (numerator * 2n + 10_000n) / 20_000n; // half up (amounts are not negative)
  return { fen: String(fixed + share), basisFen: String(estimate.fen), basisSource: estimate.source };
}
