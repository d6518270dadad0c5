import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stateless matching (issue 21): the matcher's BM25F statistics move from a copy of the corpus
 * in every api process (22–24 KiB of heap per listing; 54 s to load 100,000 at the first match)
 * to PostgreSQL, kept by the search indexer's hook (libs/matching MatchTermsService):
 * - match_corpus: per kind the number of listings with stored terms and each field's total
 *   length (title, keywords, description, character bigrams); its row lock queues the writers;
 * - match_term_df: per kind and term, how many of those listings hold it;
 * - match_listing_terms: each published listing's analysed terms (JSON, one object per field),
 *   read for a request's candidates.
 * Listings published before this migration get their terms when the worker re-applies them:
 * one search-index job per published listing, without a topic (a reindex's job announces
 * nothing, so no match alert is sent again), in the background.
 */
export class MatchTermStatistics1765400400000 implements MigrationInterface {
  name = 'MatchTermStatistics1765400400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE match_corpus (
         kind text PRIMARY KEY CHECK (kind IN ('need', 'achievement', 'challenge')),
         n int NOT NULL DEFAULT 0 CHECK (n >= 0),
         total_len bigint[] NOT NULL DEFAULT '{0,0,0,0}'
       )`,
    );
    await q.query(`INSERT INTO match_corpus (kind) VALUES ('need'), ('achievement'), ('challenge')`);
    await q.query(
      `CREATE TABLE match_term_df (
         kind text NOT NULL,
         term text NOT NULL,
         df int NOT NULL CHECK (df >= 0),
         PRIMARY KEY (kind, term)
       )`,
    );
    await q.query(
      `CREATE TABLE match_listing_terms (
         kind text NOT NULL,
         listing_id uuid NOT NULL,
         version int NOT NULL,
         terms json NOT NULL,
         PRIMARY KEY (kind, listing_id)
       )`,
    );
    for (const [kind, table] of [
      ['need', 'tech_need'],
      ['achievement', 'achievement'],
      ['challenge', 'challenge'],
    ])
      await q.query(
        `INSERT INTO job (queue, key, payload, background)
         SELECT 'listings.search-index', '${kind}:' || id,
                jsonb_build_object('kind', '${kind}', 'id', id, 'version', version), true
           FROM ${table} WHERE status = 'published' ORDER BY id`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_listing_terms, match_term_df, match_corpus`);
  }
}
