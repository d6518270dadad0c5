import {
  applicationRefusal,
  approvalRefusal,
  ledgerTotals,
  redemptionOf,
  reservationEnd,
  subsidyOf,
  type ProgrammeTerms,
} from './voucher.rules.js';

const terms: ProgrammeTerms = {
  opensOn: '2026-01-01',
  closesOn: '2026-12-31',
  categories: ['tech_transfer', 'testing'],
  subsidyPercent: 50,
  capPerEnterpriseFen: 5_000_000n,
};
const apply = (over: Partial<Parameters<typeof applicationRefusal>[1]> = {}) =>
  applicationRefusal(terms, {
    today: '2026-06-01',
    category: 'testing',
    requestedFen: 1_000_000n,
    usedThisYearFen: 0n,
    ...over,
  });

describe('voucher rules', () => {
  it('pays the rate of the service, rounded down to the fen', () => {
    expect(subsidyOf(333n, 50)).toBe(166n);
    expect(subsidyOf(10_000_000n, 30)).toBe(3_000_000n);
  });

  it('refuses an application outside the window, for another category, or beyond the yearly cap', () => {
    expect(apply()).toBeNull();
    expect(apply({ today: '2027-01-01' })?.code).toBe('window');
    expect(apply({ today: '2025-12-31' })?.code).toBe('window');
    expect(apply({ category: 'training' })?.code).toBe('category');
    expect(apply({ usedThisYearFen: 4_500_000n })).toMatchObject({
      code: 'cap',
      remainingFen: 4_500_000n - 4_000_000n,
      message:
        '申请的补助 1 万元超出本项目每家企业每年的额度上限（5 万元）：本企业本年度已申请或获批 4.5 万元，尚可申请 5,000 元',
    });
    expect(apply({ usedThisYearFen: 5_000_000n })?.message).toContain('本年度额度已用完');
    expect(apply({ usedThisYearFen: 4_000_000n })).toBeNull(); // exactly the cap
  });

  it('approves within the budget left and the cap, never above the request', () => {
    const base = {
      amountFen: 1_000_000n,
      requestedFen: 1_000_000n,
      budgetFen: 10_000_000n,
      reservedFen: 6_000_000n,
      redeemedFen: 3_000_000n,
      capPerEnterpriseFen: 5_000_000n,
      enterpriseOtherFen: 0n,
    };
    expect(approvalRefusal(base)).toBeNull();
    expect(approvalRefusal({ ...base, redeemedFen: 3_000_001n })).toEqual({ code: 'budget', availableFen: 999_999n });
    expect(approvalRefusal({ ...base, amountFen: 1_000_001n })?.code).toBe('amount');
    expect(approvalRefusal({ ...base, enterpriseOtherFen: 4_500_000n })).toEqual({
      code: 'cap',
      availableFen: 500_000n,
    });
  });

  it('holds a reservation for its days, the approval day included', () => {
    expect(reservationEnd('2026-12-06', 1)).toBe('2026-12-06');
    expect(reservationEnd('2026-12-06', 90)).toBe('2027-03-05');
  });

  it('redeems the subsidy of the service bought, at most the reservation', () => {
    expect(redemptionOf(1_000_000n, 1_500_000n, 50)).toBe(750_000n);
    expect(redemptionOf(1_000_000n, 5_000_000n, 50)).toBe(1_000_000n);
  });

  it('adds a ledger up: reserved, released, redeemed', () => {
    expect(
      ledgerTotals(10_000_000n, [
        { kind: 'reserved', amountFen: 1_000_000n },
        { kind: 'reserved', amountFen: 2_000_000n },
        { kind: 'redeemed', amountFen: 750_000n },
        { kind: 'released', amountFen: 250_000n },
        { kind: 'released', amountFen: 2_000_000n },
      ]),
    ).toEqual({ reservedFen: 0n, redeemedFen: 750_000n, availableFen: 9_250_000n });
  });
});
