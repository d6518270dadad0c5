import {
  auctionTerms,
  editRefusal,
  lotProblems,
  parseTerms,
  withdrawAllowed,
  type LotInput,
} from './auction-lot.rules.js';

const now = new Date('2026-12-06T02:00:00Z');
const input = (over: Partial<LotInput> = {}): LotInput => ({
  title: '一种生物质硬碳负极材料的制备方法（专利转让）',
  description: '独占转让',
  startingPriceFen: '10000000',
  reservePriceFen: '15000000',
  incrementFen: '500000',
  depositFen: '1000000',
  startsAt: '2026-12-07T09:00:00+08:00',
  endsAt: '2026-12-07T11:00:00+08:00',
  ...over,
});
const fields = (i: LotInput, checkStart = true) =>
  lotProblems(parseTerms(i), now, { checkStart })
    .map((p) => p.field)
    .sort();

describe('lot rules', () => {
  it('accepts a sound lot, with the anti-sniping default of 5 minutes', () => {
    expect(fields(input())).toEqual([]);
    expect(parseTerms(input()).antiSnipingMinutes).toBe(5);
    expect(fields(input({ reservePriceFen: null }))).toEqual([]);
  });

  it('refuses a reserve below the start, an end not after the start, a start in the past and no increment', () => {
    expect(fields(input({ reservePriceFen: '9999999' }))).toEqual(['reservePriceFen']);
    expect(fields(input({ endsAt: '2026-12-07T09:00:00+08:00' }))).toEqual(['endsAt']);
    expect(fields(input({ startsAt: '2026-12-06T09:58:00+08:00' }))).toEqual(['startsAt']);
    // within the minute's grace a start is "now"; a published lot's start is no longer judged
    expect(fields(input({ startsAt: '2026-12-06T09:59:30+08:00' }))).toEqual([]);
    expect(fields(input({ startsAt: '2026-12-01T09:00:00+08:00' }), false)).toEqual([]);
    expect(fields(input({ startsAt: '2026-11-01T09:00:00+08:00' }))).toEqual(['endsAt', 'startsAt']);
    expect(fields(input({ incrementFen: '0', startingPriceFen: '0' }))).toEqual(['incrementFen', 'startingPriceFen']);
  });

  it('keeps the reserve once bid on, and the terms once published', () => {
    expect(editRefusal('draft', 0, ['startsAt', 'reservePriceFen'])).toBeNull();
    expect(editRefusal('published', 0, ['reservePriceFen', 'title'])).toBeNull();
    expect(editRefusal('published', 1, ['reservePriceFen'])).toBe('reserve-locked');
    expect(editRefusal('published', 1, ['description'])).toBeNull();
    expect(editRefusal('published', 0, ['startingPriceFen'])).toBe('not-editable');
    expect(editRefusal('sold', 0, ['title'])).toBe('not-editable');
    expect(withdrawAllowed('published', 0)).toBe(true);
    expect(withdrawAllowed('published', 1)).toBe(false);
  });

  it('writes the terms a bidder accepts from the lot, in China time, hiding a hidden reserve', () => {
    const terms = auctionTerms({ title: '标的', reserveShown: false, winnerAnonymous: false, ...parseTerms(input()) });
    expect(terms).toContain('2026-12-07 09:00 至 2026-12-07 11:00');
    expect(terms).toContain('起拍价 100000.00 元，每次加价不少于 5000.00 元');
    expect(terms).toContain('设有保留价（不公开）');
    expect(terms).not.toContain('150000');
  });
});
