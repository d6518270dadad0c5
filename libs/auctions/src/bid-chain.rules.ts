import { createHash } from 'node:crypto';

/**
 * The hash-chained bid log. Every bid is one entry whose hash covers the entry and the hash of
 * the one before it, so changing, removing or reordering any stored bid changes every hash after
 * it. A third party recomputes the chain from the public bid history alone (README.md,
 * "Online auctions"): the canonical form is these seven lines joined by "\n", UTF-8, SHA-256,
 * lowercase hex.
 */

export const CHAIN_FORMAT = 'techmarket.auction-bid.v1';
/** The previous hash of the first bid. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEntry {
  lotId: string;
  seq: number;
  bidderOrgId: string;
  /** Integer fen, decimal, no sign or leading zeros. */
  amountFen: string;
  /** UTC, millisecond precision: `2026-12-06T02:31:15.123Z` (Date#toISOString). */
  placedAt: string;
  prevHash: string;
}

export function canonicalBid(e: ChainEntry): string {
  return [CHAIN_FORMAT, e.lotId, String(e.seq), e.bidderOrgId, e.amountFen, e.placedAt, e.prevHash].join('\n');
}

export function bidHash(e: ChainEntry): string {
  return createHash('sha256').update(canonicalBid(e), 'utf8').digest('hex');
}

export interface ChainVerdict {
  valid: boolean;
  /** Bids checked. */
  count: number;
  /** The first sequence number whose entry does not verify (changed, missing or out of order). */
  firstBrokenSeq: number | null;
  /** The last good hash (the chain's head when valid). */
  headHash: string;
}

/**
 * Recomputes the chain of `entries` (ordered by seq) and compares it with the stored hashes, and
 * the head with the lot's record of its last hash and number of bids (a removed last bid).
 */
export function verifyChain(
  entries: readonly (ChainEntry & { hash: string })[],
  lot: { bidCount: number; headHash: string | null },
): ChainVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const ok = e.seq === i + 1 && e.prevHash === prev && bidHash({ ...e, prevHash: prev }) === e.hash;
    if (!ok) return { valid: false, count: entries.length, firstBrokenSeq: i + 1, headHash: prev };
    prev = e.hash;
  }
  // Every stored entry links up; the lot's own record still tells a removed or added last bid,
  // or a tail rewritten with fresh hashes (its head no longer matches).
  const broken =
    entries.length !== lot.bidCount
      ? Math.min(entries.length, lot.bidCount) + 1
      : (lot.headHash ?? GENESIS_HASH) !== prev
        ? Math.max(entries.length, 1)
        : null;
  if (broken !== null) return { valid: false, count: entries.length, firstBrokenSeq: broken, headHash: prev };
  return { valid: true, count: entries.length, firstBrokenSeq: null, headHash: prev };
}
