import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../shared/database/index.js';
import type { CorpusTotals } from './stored-corpus.js';
import type { PublishedVersion, StatisticsDelta, StoredTerms, StoredVersion } from './term-statistics.rules.js';

export interface StoredListingTerms {
  id: string;
  version: number;
  terms: StoredTerms;
}

/**
 * The matcher's statistics (match_corpus: per kind N and total field lengths; match_term_df:
 * per kind and term the number of listings holding it) and each published listing's analysed
 * terms (match_listing_terms). Written only by MatchTermsService.apply, under the kind's
 * match_corpus row lock.
 */
@Injectable()
export class MatchTermsRepository {
  /** Locks the kind's totals row: every writer of one kind's statistics passes here first. */
  async lockTotals(db: Queryable, kind: string): Promise<CorpusTotals> {
    const [row]: { n: number; total_len: string[] }[] = await db.query(
      `SELECT n, total_len FROM match_corpus WHERE kind = $1 FOR UPDATE`,
      [kind],
    );
    if (!row) throw new Error(`match_corpus has no row for ${kind}`);
    return { n: row.n, totalLen: row.total_len.map(Number) };
  }

  /**
   * The kind's totals and the document frequencies of `terms` in one statement: one snapshot
   * (totals and frequencies agree) and one connection per request.
   */
  async statistics(
    db: Queryable,
    kind: string,
    terms: readonly string[],
  ): Promise<{ totals: CorpusTotals; df: Map<string, number> }> {
    const [row]: { n: number | null; total_len: string[] | null; df: Record<string, number> | null }[] = await db.query(
      `SELECT c.n, c.total_len,
              (SELECT json_object_agg(term, df) FROM match_term_df WHERE kind = $1 AND term = ANY($2::text[])) AS df
         FROM (SELECT 1) one LEFT JOIN match_corpus c ON c.kind = $1`,
      [kind, terms],
    );
    return {
      totals: { n: row?.n ?? 0, totalLen: (row?.total_len ?? []).map(Number) },
      df: new Map(Object.entries(row?.df ?? {})),
    };
  }

  /** Document frequencies of `terms` (terms no listing holds are absent). */
  async df(db: Queryable, kind: string, terms: readonly string[]): Promise<Map<string, number>> {
    if (terms.length === 0) return new Map();
    const rows: { term: string; df: number }[] = await db.query(
      `SELECT term, df FROM match_term_df WHERE kind = $1 AND term = ANY($2::text[])`,
      [kind, terms],
    );
    return new Map(rows.map((r) => [r.term, r.df]));
  }

  async listingTerms(db: Queryable, kind: string, ids: readonly string[]): Promise<StoredListingTerms[]> {
    if (ids.length === 0) return [];
    return db.query(
      `SELECT listing_id AS id, version, terms FROM match_listing_terms WHERE kind = $1 AND listing_id = ANY($2::uuid[])`,
      [kind, ids],
    );
  }

  /**
   * The stored rows of a batch's listings: every version, and the terms where the batch needs
   * them (published listings stored at an earlier version, and removed listings).
   */
  async batchRows(
    db: Queryable,
    kind: string,
    published: readonly PublishedVersion[],
    removed: readonly string[],
  ): Promise<Map<string, StoredVersion>> {
    if (published.length === 0 && removed.length === 0) return new Map();
    const rows: { id: string; version: number; terms: StoredTerms | null }[] = await db.query(
      `SELECT m.listing_id AS id, m.version, CASE WHEN u.v IS NULL OR m.version < u.v THEN m.terms END AS terms
         FROM match_listing_terms m JOIN unnest($2::uuid[], $3::int[]) AS u(id, v) ON m.listing_id = u.id
        WHERE m.kind = $1`,
      [
        kind,
        [...published.map((d) => d.id), ...removed],
        [...published.map((d) => d.version), ...removed.map(() => null)],
      ],
    );
    return new Map(rows.map((r) => [r.id, r.terms ? { version: r.version, terms: r.terms } : { version: r.version }]));
  }

  /** The stored version of each of `ids` that has stored terms. */
  async versions(db: Queryable, kind: string, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; version: number }[] = await db.query(
      `SELECT listing_id AS id, version FROM match_listing_terms WHERE kind = $1 AND listing_id = ANY($2::uuid[])`,
      [kind, ids],
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** Stores the listings' terms (`json`: StoredTerms as JSON) and deletes those of `gone`, in one statement. */
  async writeListingTerms(
    db: Queryable,
    kind: string,
    rows: readonly { id: string; version: number; json: string }[],
    gone: readonly string[],
  ): Promise<void> {
    if (rows.length === 0 && gone.length === 0) return;
    // One JSON document rather than a json[] parameter: the array literal's escaping of every
    // quote in the terms cost seconds a batch of 5,000, under the kind's lock.
    const batch = `[${rows.map((r) => `[${JSON.stringify(r.id)},${r.version},${r.json}]`).join(',')}]`;
    await db.query(
      `WITH gone AS (DELETE FROM match_listing_terms WHERE kind = $1 AND listing_id = ANY($3::uuid[]) RETURNING 1)
       INSERT INTO match_listing_terms (kind, listing_id, version, terms)
       SELECT $1, (e->>0)::uuid, (e->>1)::int, e->2 FROM json_array_elements($2::json) AS e
       ON CONFLICT (kind, listing_id) DO UPDATE SET version = excluded.version, terms = excluded.terms`,
      [kind, batch, gone],
    );
  }

  /**
   * Adds a delta to the kind's totals and document frequencies in one statement (the caller
   * holds lockTotals).
   */
  async applyDelta(db: Queryable, kind: string, delta: StatisticsDelta): Promise<void> {
    // Terms in a fixed order. A CHECK applies to the row an INSERT proposes even when it then
    // conflicts, so terms that lose documents are updated and only gaining ones upserted (the
    // two sets are disjoint: each statement of the WITH touches its own rows).
    const terms = [...delta.df.keys()].sort();
    const gained = terms.filter((t) => delta.df.get(t)! > 0);
    const lost = terms.filter((t) => delta.df.get(t)! < 0);
    await db.query(
      `WITH lost AS (
         UPDATE match_term_df m SET df = m.df + u.d
           FROM unnest($4::text[], $5::int[]) AS u(term, d)
          WHERE m.kind = $1 AND m.term = u.term
         RETURNING 1
       ), gained AS (
         INSERT INTO match_term_df (kind, term, df)
         SELECT $1, term, d FROM unnest($6::text[], $7::int[]) AS u(term, d)
         ON CONFLICT (kind, term) DO UPDATE SET df = match_term_df.df + excluded.df
         RETURNING 1
       )
       UPDATE match_corpus
          SET n = n + $2,
              total_len = ARRAY(SELECT t + d FROM unnest(total_len, $3::bigint[]) WITH ORDINALITY AS u(t, d, i) ORDER BY i)
        WHERE kind = $1`,
      [kind, delta.n, delta.len, lost, lost.map((t) => delta.df.get(t)!), gained, gained.map((t) => delta.df.get(t)!)],
    );
  }
}
