import { scaledAmountText } from '../../shared/money/index.js';
import { VOUCHER_CATEGORIES, type VoucherCategory } from './voucher-categories.js';

/** A programme's terms as the rules read them (amounts in fen). */
export interface ProgrammeTerms {
  opensOn: string;
  closesOn: string;
  categories: readonly string[];
  subsidyPercent: number;
  capPerEnterpriseFen: bigint;
}

export type ApplicationRefusal =
  | { code: 'window'; message: string }
  | { code: 'category'; message: string }
  | { code: 'cap'; message: string; remainingFen: bigint };

/** The subsidy a service of `serviceFen` earns at `percent`, rounded down to the fen (never above the price times the rate). */
export function subsidyOf(serviceFen: bigint, percent: number): bigint {
  return (serviceFen * BigInt(percent)) / 100n;
}

/** What stops an application, checked in this order: the window, the category, the yearly cap. */
export function applicationRefusal(
  terms: ProgrammeTerms,
  input: { today: string; category: VoucherCategory; requestedFen: bigint; usedThisYearFen: bigint },
): ApplicationRefusal | null {
  if (input.today < terms.opensOn || input.today > terms.closesOn)
    return { code: 'window', message: `申报时间为 ${terms.opensOn} 至 ${terms.closesOn}，当前不在申报期内` };
  if (!terms.categories.includes(input.category))
    return { code: 'category', message: `本项目不支持“${VOUCHER_CATEGORIES[input.category]}”类服务` };
  const remaining = terms.capPerEnterpriseFen - input.usedThisYearFen;
  if (input.requestedFen > remaining) {
    const left = remaining > 0n ? remaining : 0n;
    return {
      code: 'cap',
      message:
        `申请的补助 ${scaledAmountText(input.requestedFen)}超出本项目每家企业每年的额度上限（${scaledAmountText(terms.capPerEnterpriseFen)}）：` +
        `本企业本年度已申请或获批 ${scaledAmountText(input.usedThisYearFen)}，` +
        (left > 0n ? `尚可申请 ${scaledAmountText(left)}` : '本年度额度已用完'),
      remainingFen: left,
    };
  }
  return null;
}

/** What stops an approval of `amountFen`: the budget left, then the enterprise's yearly cap. */
export function approvalRefusal(input: {
  amountFen: bigint;
  requestedFen: bigint;
  budgetFen: bigint;
  reservedFen: bigint;
  redeemedFen: bigint;
  capPerEnterpriseFen: bigint;
  enterpriseOtherFen: bigint;
}): { code: 'amount' | 'budget' | 'cap'; availableFen: bigint } | null {
  const available = input.budgetFen - input.reservedFen - input.redeemedFen;
  if (input.amountFen <= 0n || input.amountFen > input.requestedFen) return { code: 'amount', availableFen: available };
  if (input.amountFen > available) return { code: 'budget', availableFen: available };
  const capLeft = input.capPerEnterpriseFen - input.enterpriseOtherFen;
  if (input.amountFen > capLeft) return { code: 'cap', availableFen: capLeft > 0n ? capLeft : 0n };
  return null;
}

/** The last day a reservation made on `day` (YYYY-MM-DD) holds: `days` days including that day. */
export function reservationEnd(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days - 1);
  return d.toISOString().slice(0, 10);
}

/** The amount redeemed for a service of `serviceFen`: its subsidy at the rate, at most what was reserved. */
export function redemptionOf(approvedFen: bigint, serviceFen: bigint, percent: number): bigint {
  const subsidy = subsidyOf(serviceFen, percent);
  return subsidy < approvedFen ? subsidy : approvedFen;
}

export type LedgerKind = 'reserved' | 'released' | 'redeemed';

/** The totals a programme's ledger adds up to: what is reserved now, redeemed, and still available. */
export function ledgerTotals(
  budgetFen: bigint,
  entries: readonly { kind: LedgerKind; amountFen: bigint }[],
): { reservedFen: bigint; redeemedFen: bigint; availableFen: bigint } {
  let reserved = 0n;
  let redeemed = 0n;
  for (const e of entries) {
    if (e.kind === 'reserved') reserved += e.amountFen;
    else if (e.kind === 'released') reserved -= e.amountFen;
    else {
      reserved -= e.amountFen;
      redeemed += e.amountFen;
    }
  }
  return { reservedFen: reserved, redeemedFen: redeemed, availableFen: budgetFen - reserved - redeemed };
}
