import { commissionProblems, MAX_COMMISSION_FEN } from './commission.rules.js';

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
