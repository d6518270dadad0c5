import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ListingDocument } from '../../../listings/src/index.js';
import { SearchModule } from '../../../search/src/index.js';
import { JobsModule } from '../../../shared/jobs/index.js';
import { useTestModule } from '../../../shared/testing/index.js';
import { MatchingModule } from '../matching.module.js';
import { GRAM_PREFIX } from '../ranking/match-engine.js';
import { MatchTermsService } from './match-terms.service.js';
import { decodeTerms, type StoredTerms } from './term-statistics.rules.js';

const WORDS = ['锂电池', '正极材料', '包覆改性', '水稻', '栽培', '废水处理', '膜生物反应器', '热稳定性'];

/** Just what the hook reads of a search document. */
const doc = (id: string, version: number, seed: number): ListingDocument =>
  ({
    id,
    version,
    title: `${WORDS[seed % WORDS.length]}技术`,
    keywords: [WORDS[(seed + 1) % WORDS.length]!],
    description: `研究${WORDS[(seed + 2) % WORDS.length]}与${WORDS[(seed * 3) % WORDS.length]}。`,
  }) as ListingDocument;

/**
 * The term statistics stay equal to the sum over the stored listings when batches of
 * publications, edits, redeliveries and withdrawals of the same listings commit side by side
 * (writers of one kind queue on its match_corpus row, and compute their change under it).
 */
describe('matching term statistics under concurrent writers', () => {
  const mod = useTestModule([JobsModule, SearchModule, MatchingModule]);

  it('counts every listing once, whatever commits concurrently', async () => {
    const ds = mod.get(DataSource);
    const terms = mod.get(MatchTermsService);
    const apply = (docs: ListingDocument[], removed: string[] = []) =>
      ds.transaction((em) => terms.apply(em, 'achievement', docs, removed));
    const ids = Array.from({ length: 24 }, () => randomUUID());

    await Promise.all([0, 1, 2, 3].map((b) => apply(ids.slice(b * 6, b * 6 + 6).map((id, i) => doc(id, 1, i + b)))));
    await Promise.all([
      // edits (version 2) beside redeliveries of version 1 of the same listings: the later version stays
      apply(ids.slice(0, 8).map((id, i) => doc(id, 2, i + 5))),
      apply(ids.slice(0, 8).map((id, i) => doc(id, 1, i))),
      // withdrawals beside a redelivered publication of some of them
      apply([], ids.slice(8, 16)),
      apply(ids.slice(12, 20).map((id, i) => doc(id, 1, i + 12))),
      apply([], ids.slice(20, 24)),
      apply([], ids.slice(20, 24)),
    ]);

    const rows: { id: string; version: number; terms: StoredTerms }[] = await ds.query(
      `SELECT listing_id AS id, version, terms FROM match_listing_terms WHERE kind = 'achievement'`,
    );
    const expectedDf = new Map<string, number>();
    const expectedLen = [0, 0, 0, 0];
    for (const r of rows) {
      const d = decodeTerms(r.terms, GRAM_PREFIX);
      for (const t of d.tf.keys()) expectedDf.set(t, (expectedDf.get(t) ?? 0) + 1);
      d.len.forEach((l, i) => (expectedLen[i]! += l));
    }
    for (const id of ids.slice(0, 8)) expect(rows.find((r) => r.id === id)?.version).toBe(2);
    const [corpus] = await ds.query(`SELECT n, total_len FROM match_corpus WHERE kind = 'achievement'`);
    expect(corpus.n).toBe(rows.length);
    expect(corpus.total_len.map(Number)).toEqual(expectedLen);
    const df: { term: string; df: number }[] = await ds.query(
      `SELECT term, df FROM match_term_df WHERE kind = 'achievement' AND df > 0`,
    );
    expect(new Map(df.map((r) => [r.term, r.df]))).toEqual(expectedDf);
  });
});
