import { bidHash, canonicalBid, GENESIS_HASH, verifyChain, type ChainEntry } from './bid-chain.rules.js';

const LOT = '6f1c2a4e-1d3b-4c5a-9e8f-0a1b2c3d4e5f';
const chain = (n: number) => {
  const out: (ChainEntry & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainEntry = {
      lotId: LOT,
      seq,
      bidderOrgId: `00000000-0000-4000-8000-00000000000${seq % 3}`,
      amountFen: String(100_000 + seq * 5_000),
      placedAt: new Date(Date.UTC(2026, 11, 6, 2, 0, seq)).toISOString(),
      prevHash: prev,
    };
    prev = bidHash(e);
    out.push({ ...e, hash: prev });
  }
  return out;
};

describe('bid hash chain', () => {
  it('hashes seven lines: format, lot, seq, bidder, amount in fen, UTC time in ms, previous hash', () => {
    const e = chain(1)[0]!;
    expect(canonicalBid(e)).toBe(
      [
        'techmarket.auction-bid.v1',
        LOT,
        '1',
        '00000000-0000-4000-8000-000000000001',
        '105000',
        '2026-12-06T02:00:01.000Z',
        GENESIS_HASH,
      ].join('\n'),
    );
    // The same bytes through any SHA-256 (`printf '%s' "…" | sha256sum`) give this hash.
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(bidHash({ ...e, amountFen: '105001' })).not.toBe(e.hash);
  });

  it('gives the README’s worked example (what `printf … | sha256sum` gives for the same seven lines)', () => {
    expect(
      bidHash({
        lotId: LOT,
        seq: 1,
        bidderOrgId: '0b7a3e52-9c4d-4f1e-8a6b-2d5c7e9f1a3b',
        amountFen: '10000000',
        placedAt: '2026-12-08T01:00:03.271Z',
        prevHash: GENESIS_HASH,
      }),
    ).toBe('ba92e237c1343851382b7e0f82d0f1b5f3461743b1ea407c39baf7dd12da66e2');
  });

  it('verifies an intact chain against the lot’s head', () => {
    const c = chain(5);
    expect(verifyChain(c, { bidCount: 5, headHash: c[4]!.hash })).toEqual({
      valid: true,
      count: 5,
      firstBrokenSeq: null,
      headHash: c[4]!.hash,
    });
    expect(verifyChain([], { bidCount: 0, headHash: null })).toMatchObject({ valid: true, count: 0 });
  });

  it('names the first broken entry: a changed amount, a rewritten tail, a removed or reordered bid', () => {
    const c = chain(5);
    const head = { bidCount: 5, headHash: c[4]!.hash };
    const changed = c.map((e) => (e.seq === 3 ? { ...e, amountFen: '999999' } : e));
    expect(verifyChain(changed, head)).toMatchObject({ valid: false, firstBrokenSeq: 3 });
    // A forger who recomputes every hash after the change still misses the lot's head.
    let prev = c[1]!.hash;
    const rewritten = c.map((e) => {
      if (e.seq < 3) return e;
      const f = { ...e, amountFen: e.seq === 3 ? '999999' : e.amountFen, prevHash: prev };
      prev = bidHash(f);
      return { ...f, hash: prev };
    });
    expect(verifyChain(rewritten, head)).toMatchObject({ valid: false, firstBrokenSeq: 5 });
    expect(verifyChain(c.slice(0, 4), head)).toMatchObject({ valid: false, firstBrokenSeq: 5 });
    expect(verifyChain([c[0]!, c[2]!, c[1]!, c[3]!, c[4]!], head)).toMatchObject({ valid: false, firstBrokenSeq: 2 });
  });
});
