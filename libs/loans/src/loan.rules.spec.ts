import { entryRefusal, standing } from './loan.rules.js';

describe('loan rules', () => {
  const amount = 1_000_000n;

  it('sums repayments and derives the status from the entries', () => {
    expect(standing(amount, [])).toEqual({
      status: 'active',
      repaidFen: 0n,
      outstandingFen: amount,
      defaultedFen: 0n,
    });
    const s = standing(amount, [
      { kind: 'repayment', amountFen: 300_000n },
      { kind: 'default', amountFen: 700_000n },
      { kind: 'repayment', amountFen: 100_000n },
    ]);
    expect(s).toEqual({ status: 'defaulted', repaidFen: 400_000n, outstandingFen: 600_000n, defaultedFen: 700_000n });
    expect(
      standing(amount, [
        { kind: 'repayment', amountFen: amount },
        { kind: 'settled', amountFen: null },
      ]).status,
    ).toBe('settled');
  });

  it('refuses a repayment above the outstanding principal, and nothing after 结清', () => {
    const s = standing(amount, [{ kind: 'repayment', amountFen: 900_000n }]);
    expect(entryRefusal(s, { kind: 'repayment', amountFen: 100_000n })).toBeNull();
    expect(entryRefusal(s, { kind: 'repayment', amountFen: 100_001n })).toMatchObject({
      code: 'exceeds',
      outstandingFen: 100_000n,
    });
    expect(entryRefusal(s, { kind: 'repayment', amountFen: 0n })?.code).toBe('exceeds');
    const settled = standing(amount, [
      { kind: 'repayment', amountFen: amount },
      { kind: 'settled', amountFen: null },
    ]);
    expect(entryRefusal(settled, { kind: 'repayment', amountFen: 1n })?.code).toBe('closed');
  });

  it('settles only when the principal is repaid; defaults once, while something is outstanding', () => {
    const part = standing(amount, [{ kind: 'repayment', amountFen: 1n }]);
    expect(entryRefusal(part, { kind: 'settled', amountFen: null })?.code).toBe('not-repaid');
    expect(entryRefusal(part, { kind: 'default', amountFen: null })).toBeNull();
    const defaulted = standing(amount, [{ kind: 'default', amountFen: amount }]);
    expect(entryRefusal(defaulted, { kind: 'default', amountFen: null })?.code).toBe('defaulted');
    expect(entryRefusal(defaulted, { kind: 'repayment', amountFen: amount })).toBeNull();
    const repaid = standing(amount, [{ kind: 'repayment', amountFen: amount }]);
    expect(entryRefusal(repaid, { kind: 'default', amountFen: null })?.code).toBe('closed');
    expect(entryRefusal(repaid, { kind: 'settled', amountFen: null })).toBeNull();
  });
});
