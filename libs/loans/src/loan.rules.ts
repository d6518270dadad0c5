/**
 * A loan's standing from its filing and its later entries (还款, 违约, 结清), and which entry may
 * follow. Pure: the service applies them under the loan's row lock.
 */
export type LoanEntryKind = 'repayment' | 'default' | 'settled';
export const LOAN_ENTRY_KINDS: readonly LoanEntryKind[] = ['repayment', 'default', 'settled'];
export type LoanStatus = 'active' | 'defaulted' | 'settled';
export type RateType = 'fixed' | 'floating';
export const RATE_TYPES: readonly RateType[] = ['fixed', 'floating'];
export type Collateral = 'patent_pledge' | 'achievement' | 'credit';
export const COLLATERALS: readonly Collateral[] = ['patent_pledge', 'achievement', 'credit'];

export const RATE_TYPE_NAMES: Record<RateType, string> = { fixed: '固定利率', floating: '浮动利率' };
export const COLLATERAL_NAMES: Record<Collateral, string> = {
  patent_pledge: '专利质押',
  achievement: '科技成果',
  credit: '信用',
};
export const LOAN_STATUS_NAMES: Record<LoanStatus, string> = {
  active: '还款中',
  defaulted: '已违约',
  settled: '已结清',
};
export const LOAN_ENTRY_NAMES: Record<LoanEntryKind, string> = { repayment: '还款', default: '违约', settled: '结清' };

export interface EntryFact {
  kind: LoanEntryKind;
  amountFen: bigint | null;
}

export interface LoanStanding {
  status: LoanStatus;
  repaidFen: bigint;
  outstandingFen: bigint;
  /** The principal outstanding when the default was recorded (0 without one). */
  defaultedFen: bigint;
}

export function standing(amountFen: bigint, entries: readonly EntryFact[]): LoanStanding {
  let repaid = 0n;
  let defaulted = 0n;
  let status: LoanStatus = 'active';
  for (const e of entries) {
    if (e.kind === 'repayment') repaid += e.amountFen ?? 0n;
    if (e.kind === 'default') {
      defaulted = e.amountFen ?? 0n;
      if (status === 'active') status = 'defaulted';
    }
    if (e.kind === 'settled') status = 'settled';
  }
  return { status, repaidFen: repaid, outstandingFen: amountFen - repaid, defaultedFen: defaulted };
}

export type EntryRefusal =
  | { code: 'closed'; message: string }
  | { code: 'defaulted'; message: string }
  | { code: 'exceeds'; message: string; outstandingFen: bigint }
  | { code: 'not-repaid'; message: string; outstandingFen: bigint };

/** Why `next` may not follow the loan's entries; null when it may. */
export function entryRefusal(
  s: LoanStanding,
  next: { kind: LoanEntryKind; amountFen: bigint | null },
): EntryRefusal | null {
  if (s.status === 'settled') return { code: 'closed', message: '贷款已结清，不能再登记' };
  switch (next.kind) {
    case 'repayment':
      if (next.amountFen === null || next.amountFen <= 0n || next.amountFen > s.outstandingFen)
        return {
          code: 'exceeds',
          message: '还款金额须大于 0 且不超过未还本金',
          outstandingFen: s.outstandingFen,
        };
      return null;
    case 'default':
      if (s.status === 'defaulted') return { code: 'defaulted', message: '该贷款已登记违约' };
      if (s.outstandingFen <= 0n) return { code: 'closed', message: '本金已全部归还，不能登记违约' };
      return null;
    case 'settled':
      if (s.outstandingFen > 0n)
        return { code: 'not-repaid', message: '尚有未还本金，不能结清', outstandingFen: s.outstandingFen };
      return null;
  }
}
