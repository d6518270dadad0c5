import type { Totals } from './stats-query.repository.js';

/**
 * What a published figure may show. Official statistics never disclose a single respondent's
 * data (统计法: 能够识别或者推断单个统计调查对象身份的资料不得对外提供), so an amount that sums
 * fewer than MIN_CONTRACTS contracts is withheld (its count stays: a count says nothing about
 * one contract's price).
 */
export const MIN_CONTRACTS = 3;

export interface PublicTotals {
  count: number;
  contractAmountFen: string | null;
  techAmountFen: string | null;
  withheld: boolean;
}

export const needsWithholding = (count: number): boolean => count > 0 && count < MIN_CONTRACTS;

export function shown(t: Totals, withhold = needsWithholding(t.count)): PublicTotals {
  return withhold
    ? { count: t.count, contractAmountFen: null, techAmountFen: null, withheld: true }
    : { count: t.count, contractAmountFen: t.contractAmountFen, techAmountFen: t.techAmountFen, withheld: false };
}

/**
 * Which months of one year to withhold when the year's total is shown beside them. A lone
 * withheld month would be the total minus the months shown, so a second one is withheld with it
 * (the month with the fewest contracts among the rest; complementary suppression). When no other
 * month has contracts, the total itself sums fewer than MIN_CONTRACTS and is withheld.
 */
export function monthsToWithhold(months: readonly Totals[]): boolean[] {
  const out = months.map((m) => needsWithholding(m.count));
  if (out.filter(Boolean).length !== 1) return out;
  let partner = -1;
  months.forEach((m, i) => {
    if (!out[i] && m.count > 0 && (partner < 0 || m.count < months[partner]!.count)) partner = i;
  });
  if (partner >= 0) out[partner] = true;
  return out;
}
