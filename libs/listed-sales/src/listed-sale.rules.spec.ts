import { chinaDayText } from '../../shared/labels/index.js';
import {
  conversionIncrementFen,
  conversionWindow,
  endOutcome,
  intentRefusal,
  parseListingTerms,
  periodEnd,
  periodProblems,
} from './listed-sale.rules.js';

describe('listed sale rules', () => {
  const base = { title: '专利权转让', description: '', mode: 'transfer' as const, terms: '一次性付款' };

  it('refuses a price of zero or less and a negative deposit, by field', () => {
    expect(parseListingTerms({ ...base, priceFen: '0' }).problems.map((p) => p.field)).toEqual(['priceFen']);
    expect(parseListingTerms({ ...base, priceFen: '-5' }).problems.map((p) => p.field)).toEqual(['priceFen']);
    expect(parseListingTerms({ ...base, priceFen: '100', depositFen: '-1' }).problems.map((p) => p.field)).toEqual([
      'depositFen',
    ]);
    expect(parseListingTerms({ ...base, priceFen: '100' }).terms.depositFen).toBe(0n);
  });

  it('refuses a period below the minimum or above 60 working days', () => {
    expect(periodProblems(19, 20)).toHaveLength(1);
    expect(periodProblems(20, 20)).toEqual([]);
    expect(periodProblems(61, 20)).toHaveLength(1);
    expect(periodProblems(1.5, 1)).toHaveLength(1);
  });

  it('decides intent: own organisation, ended, not listed, twice', () => {
    const l = {
      status: 'listed' as const,
      endsAt: new Date('2026-12-10T00:00:00Z'),
      now: new Date('2026-12-09T00:00:00Z'),
      sellerOrgId: 's',
      callerOrgId: 'b',
      already: false,
    };
    expect(intentRefusal(l)).toBeNull();
    expect(intentRefusal({ ...l, callerOrgId: 's' })).toBe('own');
    expect(intentRefusal({ ...l, now: l.endsAt })).toBe('ended');
    expect(intentRefusal({ ...l, status: 'withdrawn' })).toBe('not-listed');
    expect(intentRefusal({ ...l, already: true })).toBe('twice');
  });

  it('ends with a sale to one buyer, an auction among several, 流标 with none', () => {
    expect(endOutcome(['a'])).toEqual({ kind: 'sold', buyerOrgId: 'a' });
    expect(endOutcome(['a', 'b'])).toEqual({ kind: 'auction', buyerOrgIds: ['a', 'b'] });
    expect(endOutcome([])).toEqual({ kind: 'failed' });
  });

  it('sets the converted auction: 1 % in whole yuan, at least 100 元, 09:00–16:00 China time', () => {
    expect(conversionIncrementFen(100_000_00n)).toBe(1_000_00n);
    expect(conversionIncrementFen(123_456_78n)).toBe(1_235_00n);
    expect(conversionIncrementFen(5_000_00n)).toBe(100_00n);
    expect(conversionWindow('2026-12-14')).toEqual({
      startsAt: '2026-12-14T09:00:00+08:00',
      endsAt: '2026-12-14T16:00:00+08:00',
    });
  });

  it('ends a period at midnight after its last working day, China time', () => {
    expect(periodEnd('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(chinaDayText(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(chinaDayText(new Date('2026-12-31T15:59:59.000Z'))).toBe('2026-12-31');
  });
});
