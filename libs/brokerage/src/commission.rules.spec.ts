import { commissionProblems, expectedCommission, MAX_COMMISSION_FEN } from './commission.rules.js';

const fields = (c: Parameters<typeof commissionProblems>[0]) => commissionProblems(c).map((p) => p.field);

describe('commission terms', () => {
  it('accepts no terms, empty terms and nulls', () => {
    expect(fields(undefined)).toEqual([]);
    expect(fields({})).toEqual([]);
    expect(fields({ percent: null, fixedFen: null, basis: null, note: null })).toEqual([]);
  });

  it('accepts a percentage from 0 to 100 with at most two decimals', () => {
    for (const percent of [0, 3, 5.5, 12.25, 100]) expect(fields({ percent })).toEqual([]);
  });

  it('refuses percentages out of range, with three decimals, or not finite', () => {
    for (const percent of [-0.01, 100.01, 1.234, Number.NaN, Number.POSITIVE_INFINITY])
      expect(fields({ percent })).toEqual(['commission.percent']);
  });

  it('accepts a fixed fee in whole fen up to the ceiling', () => {
    for (const fixedFen of ['0', '1', '500000', MAX_COMMISSION_FEN.toString()])
      expect(fields({ fixedFen })).toEqual([]);
  });

  it('refuses fees with decimals, signs, leading zeros, exponents or past the ceiling', () => {
    for (const fixedFen of [
      '1.5',
      '-1',
      '+1',
      '01',
      '1e3',
      '',
      ' 1',
      (MAX_COMMISSION_FEN + 1n).toString(),
      '1'.repeat(20),
    ])
      expect(fields({ fixedFen })).toEqual(['commission.fixedFen']);
  });

  it('reports both fields when both are wrong', () => {
    expect(fields({ percent: 101, fixedFen: 'x' })).toEqual(['commission.percent', 'commission.fixedFen']);
  });
});

describe('expected commission', () => {
  const price = { fen: 80_000_000n, source: 'asking_price' as const }; // 80 万元

  it('adds the fixed fee to the percentage of the estimated basis, to the fen', () => {
    expect(expectedCommission({ percent: '3.00', fixedFen: '500000', basis: 'tech_amount' }, price)).toEqual({
      fen: String(2_400_000 + 500_000),
      basisFen: '80000000',
      basisSource: 'asking_price',
    });
    // 3.33 % of 1 234 567 fen = 41 111.0811 → 41 111; half a fen rounds up
    expect(
      expectedCommission(
        { percent: '3.33', fixedFen: null, basis: 'contract_amount' },
        { fen: 1_234_567n, source: 'budget' },
      )!.fen,
    ).toBe('41111');
    expect(
      expectedCommission(
        { percent: '0.50', fixedFen: null, basis: 'contract_amount' },
        { fen: 101n, source: 'budget' },
      )!.fen,
    ).toBe('1');
  });

  it('gives only the fixed fee without a percentage, and no figure when the basis is unknown', () => {
    expect(expectedCommission({ percent: null, fixedFen: '300000', basis: null }, null)).toEqual({
      fen: '300000',
      basisFen: null,
      basisSource: null,
    });
    expect(expectedCommission({ percent: '5.00', fixedFen: null, basis: 'tech_amount' }, null)!.fen).toBeNull();
    expect(expectedCommission({ percent: '5.00', fixedFen: null, basis: 'net_income' }, price)!.fen).toBeNull();
    expect(expectedCommission({ percent: null, fixedFen: null, basis: null }, price)).toBeNull();
  });
});
