import type { DocTerms } from '../index/corpus-view.js';

/**
 * How a listing's analysed terms are stored (`match_listing_terms.terms`, JSON): one object per
 * field in the engine's field order (MATCH_FIELDS), term → frequency. Field lengths are the sums,
 * so they are not stored twice.
 */
export type StoredTerms = Record<string, number>[];

export function encodeTerms(doc: DocTerms): StoredTerms {
  // Without a prototype, a term such as "__proto__" is an ordinary key.
  const fields: StoredTerms = doc.len.map(() => Object.create(null) as Record<string, number>);
  for (const [term, row] of doc.tf) row.forEach((n, i) => n > 0 && (fields[i]![term] = n));
  return fields;
}

export function decodeTerms(stored: StoredTerms, fieldCount: number): DocTerms {
  const tf = new Map<string, number[]>();
  const len = new Array<number>(fieldCount).fill(0);
  stored.slice(0, fieldCount).forEach((field, i) => {
    for (const [term, n] of Object.entries(field)) {
      let row = tf.get(term);
      if (!row) tf.set(term, (row = new Array<number>(fieldCount).fill(0)));
      row[i] = n;
      len[i]! += n;
    }
  });
  return { tf, len };
}

/** What a set of listing changes does to a kind's statistics: document count, field lengths, document frequencies. */
export interface StatisticsDelta {
  n: number;
  len: number[];
  df: Map<string, number>;
}

export const emptyDelta = (fieldCount: number): StatisticsDelta => ({
  n: 0,
  len: new Array<number>(fieldCount).fill(0),
  df: new Map(),
});

/**
 * Adds to `delta` the change of one listing from `before` (its stored terms, undefined when it
 * had none) to `after` (its terms now, undefined when it is not published): each distinct term
 * counts once per document, whatever its frequency. Applying the deltas of every change to the
 * stored totals keeps them equal to the totals over the stored listings.
 */
export function addChange(delta: StatisticsDelta, before: DocTerms | undefined, after: DocTerms | undefined): void {
  delta.n += (after ? 1 : 0) - (before ? 1 : 0);
  delta.len.forEach((_, i) => (delta.len[i]! += (after?.len[i] ?? 0) - (before?.len[i] ?? 0)));
  const bump = (t: string, by: number) => {
    const v = (delta.df.get(t) ?? 0) + by;
    if (v === 0) delta.df.delete(t);
    else delta.df.set(t, v);
  };
  for (const t of after?.tf.keys() ?? []) if (!before?.tf.has(t)) bump(t, 1);
  for (const t of before?.tf.keys() ?? []) if (!after?.tf.has(t)) bump(t, -1);
}
