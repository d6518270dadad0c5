import { bidRefusal, closingOutcome, extendedEnd, nextMinimumBid, phaseOf, type BidContext } from './bid.rules.js';

const at = (iso: string) => new Date(iso);
const lot = (over: Partial<BidContext> = {}): BidContext => ({
  status: 'published',
  startsAt: at('2026-12-06T02:00:00Z'),
  endsAt: at('2026-12-06T04:00:00Z'),
  sellerOrgId: 'seller',
  startingPriceFen: 100_000n,
  incrementFen: 5_000n,
  currentPriceFen: null,
  ...over,
});
const ready = { orgId: 'bidder', registered: true, depositConfirmed: true };
const noon = at('2026-12-06T03:00:00Z');

describe('bid rules', () => {
  it('asks the starting price first, then the current price plus the increment', () => {
    expect(nextMinimumBid(lot())).toBe(100_000n);
    expect(nextMinimumBid(lot({ currentPriceFen: 100_000n }))).toBe(105_000n);
    expect(bidRefusal(lot(), ready, 100_000n, noon)).toBeNull();
    expect(bidRefusal(lot(), ready, 99_999n, noon)).toEqual({ kind: 'too-low', minimumFen: 100_000n });
    expect(bidRefusal(lot({ currentPriceFen: 100_000n }), ready, 104_999n, noon)).toEqual({
      kind: 'too-low',
      minimumFen: 105_000n,
    });
  });

  it('places a lot in its phase by the server time', () => {
    const l = lot();
    expect(phaseOf('published', l.startsAt, l.endsAt, at('2026-12-06T01:59:59Z'))).toBe('scheduled');
    expect(phaseOf('published', l.startsAt, l.endsAt, l.startsAt)).toBe('open');
    expect(phaseOf('published', l.startsAt, l.endsAt, l.endsAt)).toBe('ended');
    expect(phaseOf('unsold', l.startsAt, l.endsAt, noon)).toBe('unsold');
  });

  it('refuses the seller, bids outside the open phase, unregistered bidders and unconfirmed deposits, in that order', () => {
    expect(bidRefusal(lot(), { ...ready, orgId: 'seller' }, 100_000n, noon)).toEqual({ kind: 'seller' });
    expect(bidRefusal(lot(), ready, 100_000n, at('2026-12-06T04:00:00Z'))).toEqual({ kind: 'ended' });
    expect(bidRefusal(lot(), ready, 100_000n, at('2026-12-06T01:00:00Z'))).toEqual({
      kind: 'not-open',
      phase: 'scheduled',
    });
    expect(bidRefusal(lot({ status: 'withdrawn' }), ready, 100_000n, noon)).toEqual({
      kind: 'not-open',
      phase: 'withdrawn',
    });
    expect(bidRefusal(lot(), { ...ready, registered: false }, 1n, noon)).toEqual({ kind: 'not-registered' });
    expect(bidRefusal(lot(), { ...ready, depositConfirmed: false }, 1n, noon)).toEqual({
      kind: 'deposit-unconfirmed',
    });
  });

  it('extends the end to N minutes after a bid placed in the last N minutes, and only then', () => {
    const end = at('2026-12-06T04:00:00Z');
    expect(extendedEnd(end, at('2026-12-06T03:54:59Z'), 5)).toEqual(end);
    expect(extendedEnd(end, at('2026-12-06T03:55:00Z'), 5)).toEqual(end);
    expect(extendedEnd(end, at('2026-12-06T03:59:30Z'), 5)).toEqual(at('2026-12-06T04:04:30Z'));
    expect(extendedEnd(end, at('2026-12-06T03:59:30.250Z'), 1)).toEqual(at('2026-12-06T04:00:30.250Z'));
  });

  it('sells at the close when the highest bid meets the reserve (or there is none), else 流拍', () => {
    expect(closingOutcome({ bidCount: 0, currentPriceFen: null, reservePriceFen: null })).toBe('unsold');
    expect(closingOutcome({ bidCount: 1, currentPriceFen: 100n, reservePriceFen: null })).toBe('sold');
    expect(closingOutcome({ bidCount: 3, currentPriceFen: 200n, reservePriceFen: 200n })).toBe('sold');
    expect(closingOutcome({ bidCount: 3, currentPriceFen: 199n, reservePriceFen: 200n })).toBe('unsold');
  });
});
