import type { DocTerms, TermRows } from '../index/corpus-view.js';

/**
 * How a listing's analysed terms are stored (`match_listing_terms.terms`, JSON): the field
 * lengths, and one object per field in the engine's field order (MATCH_FIELDS), term → frequency.
 */
export interface StoredTerms {
  len: number[];
  f: Record<string, number>[];
}

export function encodeTerms(doc: DocTerms): StoredTerms {
  // Without a prototype, a term such as "__proto__" is an ordinary key.
  const f = doc.len.map(() => Object.create(null) as Record<string, number>);
  for (const [term, row] of doc.tf) row.forEach((n, i) => n > 0 && (f[i]![term] = n));
  return { len: [...doc.len], f };
}

/**
 * The stored terms as TermRows, read straight from the parsed JSON (no Map built). A term
 * starting with `gramPrefix` is looked up in the last field only (the character bigrams), any
 * other term in the others (the tokenizer keeps no word starting with it).
 */
export class StoredTermRows implements TermRows {
  constructor(
    private readonly fields: readonly Record<string, number>[],
    private readonly gramPrefix: string,
  ) {}

  get(term: string): readonly number[] | undefined {
    const last = this.fields.length - 1;
    const gram = term.startsWith(this.gramPrefix);
    let row: number[] | undefined;
    for (let i = gram ? last : 0; i < (gram ? last + 1 : last); i++) {
      const n = this.fields[i]![term];
      // Only a number counts: no member of Object.prototype is one ("constructor", "__proto__").
      if (typeof n === 'number') {
        row ??= new Array<number>(this.fields.length).fill(0);
        row[i] = n;
      }
    }
    return row;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  keys(): Iterable<string> {
    return new Set(this.fields.flatMap((f) => Object.keys(f)));
  }

  *[Symbol.iterator](): Iterator<[string, readonly number[]]> {
    for (const t of this.keys()) yield [t, this.get(t)!];
  }
}

export function decodeTerms(stored: StoredTerms, gramPrefix: string): DocTerms {
  return { tf: new StoredTermRows(stored.f, gramPrefix), len: stored.len };
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
