import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ListingDocument } from '../../../listings/src/index.js';
import { SearchModule } from '../../../search/src/index.js';
import { JobsModule } from '../../../shared/jobs/index.js';
import { useTestModule } from '../../../shared/testing/index.js';
import { MatchingModule } from '../matching.module.js';
import { MatchAnalyzer } from '../service/match-analyzer.js';
import { MatchTermsService } from './match-terms.service.js';
import { analyseTexts } from './term-analysis.js';
import { TermAnalysisPool } from './term-analysis-pool.js';
import { CompactListingTerms1765401010000 } from '../../../shared/database/migrations/1765401010000-compact-listing-terms.js';
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

const versionOf = async (ds: DataSource, id: string): Promise<number | undefined> =>
  (await ds.query(`SELECT version FROM match_listing_terms WHERE listing_id = $1`, [id]))[0]?.version;

/** The kind's totals and document frequencies equal the sums over its stored listings. */
async function expectTotalsOfStored(ds: DataSource): Promise<void> {
  const rows: { id: string; version: number; terms: StoredTerms }[] = await ds.query(
    `SELECT listing_id AS id, version, terms FROM match_listing_terms WHERE kind = 'achievement'`,
  );
  const expectedDf = new Map<string, number>();
  const expectedLen = [0, 0, 0, 0];
  for (const r of rows) {
    const d = decodeTerms(r.terms);
    for (const t of d.tf.keys()) expectedDf.set(t, (expectedDf.get(t) ?? 0) + 1);
    d.len.forEach((l, i) => (expectedLen[i]! += l));
  }
  const [corpus] = await ds.query(`SELECT n, total_len FROM match_corpus WHERE kind = 'achievement'`);
  expect(corpus.n).toBe(rows.length);
  expect(corpus.total_len.map(Number)).toEqual(expectedLen);
  const df: { term: string; df: number }[] = await ds.query(
    `SELECT term, df FROM match_term_df WHERE kind = 'achievement' AND df > 0`,
  );
  expect(new Map(df.map((r) => [r.term, r.df]))).toEqual(expectedDf);
}

/**
 * The term statistics stay equal to the sum over the stored listings when batches of
 * publications, edits, redeliveries and withdrawals of the same listings commit side by side
 * (writers of one kind queue on its match_corpus row, and compute their change under it).
 */
describe('matching term statistics under concurrent writers', () => {
  const mod = useTestModule([JobsModule, SearchModule, MatchingModule], {
    env: () => ({ SEARCH_INDEX_ANALYSIS_THREADS: '1' }),
  });

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

    await expectTotalsOfStored(ds);
    for (const id of ids.slice(0, 8)) expect(await versionOf(ds, id)).toBe(2);
  });

  it('prepared outside the lock, committed after other batches changed the same listings: planned again', async () => {
    const ds = mod.get(DataSource);
    const terms = mod.get(MatchTermsService);
    const ids = Array.from({ length: 12 }, () => randomUUID());
    // Every batch reads and analyses before any of them commits (as batches in flight do).
    const prepared = await Promise.all([
      terms.prepare(
        ds.manager,
        'achievement',
        ids.map((id, i) => doc(id, 1, i)),
        [],
      ),
      terms.prepare(
        ds.manager,
        'achievement',
        ids.slice(0, 6).map((id, i) => doc(id, 2, i + 3)),
        [],
      ),
      terms.prepare(
        ds.manager,
        'achievement',
        ids.slice(0, 6).map((id, i) => doc(id, 1, i)),
        [],
      ),
      terms.prepare(ds.manager, 'achievement', [], ids.slice(6, 9)),
      terms.prepare(
        ds.manager,
        'achievement',
        ids.slice(9).map((id, i) => doc(id, 1, i + 9)),
        [],
      ),
    ]);
    // Version 2 commits first: the redelivered version 1 of the same listings must not replace it.
    for (const i of [1, 0, 2, 3, 4]) await ds.transaction((em) => terms.commit(em, prepared[i]!));
    for (const id of ids.slice(0, 6)) expect(await versionOf(ds, id)).toBe(2);
    for (const id of ids.slice(6, 9)) expect(await versionOf(ds, id)).toBeUndefined();
    await expectTotalsOfStored(ds);
    // Withdrawn ones published again by a batch prepared before the withdrawal committed.
    const again = await terms.prepare(
      ds.manager,
      'achievement',
      ids.slice(6, 9).map((id, i) => doc(id, 3, i)),
      [],
    );
    const withdraw = await terms.prepare(ds.manager, 'achievement', [], ids.slice(6, 9));
    await ds.transaction((em) => terms.commit(em, again));
    await ds.transaction((em) => terms.commit(em, withdraw));
    for (const id of ids.slice(6, 9)) expect(await versionOf(ds, id)).toBeUndefined();
    await expectTotalsOfStored(ds);
  });

  it('analyses on the analysis threads exactly as on the calling thread', async () => {
    const pool = mod.get(TermAnalysisPool);
    const texts = Array.from({ length: 40 }, (_, i) => doc(randomUUID(), 1, i));
    const onThreads = await pool.analyse(texts);
    const here = analyseTexts(mod.get(MatchAnalyzer).analysis, texts);
    expect(JSON.stringify(onThreads)).toBe(JSON.stringify(here));
  });

  it('the compact form migration rewrites rows of the object form to the same terms, and back', async () => {
    const ds = mod.get(DataSource);
    const objectForm = {
      len: [3, 1, 2, 4],
      f: [{ 锂电池: 2, __proto__x: 1 }, { 正极材料: 1 }, { 'a"b\\c': 1, 研究: 1 }, { '#锂电': 2, '#电池': 2 }],
    };
    const empty = { len: [0, 0, 0, 0], f: [{}, {}, {}, {}] };
    const ids = [randomUUID(), randomUUID()];
    await ds.query(
      `INSERT INTO match_listing_terms (kind, listing_id, version, terms) VALUES ('migration-test', $1, 1, $2), ('migration-test', $3, 1, $4)`,
      [ids[0], JSON.stringify(objectForm), ids[1], JSON.stringify(empty)],
    );
    const read = async () =>
      new Map<string, StoredTerms>(
        (await ds.query(`SELECT listing_id AS id, terms FROM match_listing_terms WHERE kind = 'migration-test'`)).map(
          (r: { id: string; terms: StoredTerms }) => [r.id, r.terms],
        ),
      );
    const migration = new CompactListingTerms1765401010000();
    const runner = ds.createQueryRunner();
    try {
      await migration.up(runner);
      const compact = await read();
      expect(compact.get(ids[0]!)).toEqual({
        len: [3, 1, 2, 4],
        t: ['锂电池 __proto__x', '正极材料', 'a"b\\c 研究', '#锂电 #电池'],
        n: [[2, 1], [1], [1, 1], [2, 2]],
      });
      const terms = decodeTerms(compact.get(ids[0]!)!);
      expect(terms.tf.get('锂电池')).toEqual([2, 0, 0, 0]);
      expect(terms.tf.get('#电池')).toEqual([0, 0, 0, 2]);
      expect([...decodeTerms(compact.get(ids[1]!)!).tf]).toEqual([]);
      await migration.down(runner);
      const back = await read();
      expect(back.get(ids[0]!)).toEqual(objectForm);
      expect(back.get(ids[1]!)).toEqual(empty);
      await migration.up(runner);
    } finally {
      await ds.query(`DELETE FROM match_listing_terms WHERE kind = 'migration-test'`);
      await runner.release();
    }
  });
});
