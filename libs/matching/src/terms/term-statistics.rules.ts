import type { DocTerms, TermRows } from '../index/corpus-view.js';

/**
 * How a listing's analysed terms are stored (`match_listing_terms.terms`, JSON): the field
 * lengths and, per field in the engine's field order (MATCH_FIELDS), its distinct terms joined by
 * one space with their frequencies in the same order. Strings and number arrays rather than one
 * object per field: a match request parses the stored terms of a few hundred candidates, and
 * JSON objects with a hundred keys each cost ×6 to parse and look up (libs/matching/README.md).
 * A term never holds white space (ChineseTokenizer.keep; the character bigrams are CJK only).
 */
export interface StoredTerms {
  len: number[];
  t: string[];
  n: number[][];
}

const SEPARATOR = ' ';

export function encodeTerms(doc: DocTerms): StoredTerms {
  const t = doc.len.map(() => [] as string[]);
  const n = doc.len.map(() => [] as number[]);
  for (const [term, row] of doc.tf) {
    if (/\s/.test(term)) throw new Error(`a term holds white space: ${JSON.stringify(term)}`);
    row.forEach((c, i) => {
      if (c > 0) {
        t[i]!.push(term);
        n[i]!.push(c);
      }
    });
  }
  return { len: [...doc.len], t: t.map((terms) => terms.join(SEPARATOR)), n };
}

/** Term → frequency per field, for every term of `stored` or only for those in `only`. */
function termMap(stored: StoredTerms, only?: ReadonlySet<string>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const fields = stored.t.length;
  for (let i = 0; i < fields; i++) {
    if (!stored.t[i]) continue;
    const terms = stored.t[i]!.split(SEPARATOR);
    const counts = stored.n[i]!;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      if (only && !only.has(term)) continue;
      let row = map.get(term);
      if (!row) map.set(term, (row = new Array<number>(fields).fill(0)));
      row[i] = counts[k]!;
    }
  }
  return map;
}

/**
 * The stored terms as TermRows. A request scores each candidate on the query's terms only, so
 * given `wanted` (the terms it will look up) only those are decoded up front; any other term,
 * and iterating, decodes the whole listing once.
 */
export class StoredTermRows implements TermRows {
  private some?: Map<string, number[]>;
  private all?: Map<string, number[]>;

  constructor(
    private readonly stored: StoredTerms,
    private readonly wanted?: ReadonlySet<string>,
  ) {}

  private full(): Map<string, number[]> {
    return (this.all ??= termMap(this.stored));
  }

  get(term: string): readonly number[] | undefined {
    if (this.all || !this.wanted?.has(term)) return this.full().get(term);
    return (this.some ??= termMap(this.stored, this.wanted)).get(term);
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  keys(): Iterable<string> {
    return this.full().keys();
  }

  [Symbol.iterator](): Iterator<[string, readonly number[]]> {
    return this.full()[Symbol.iterator]();
  }
}

/** A listing's stored terms as DocTerms; `wanted`: the terms the caller will look up (see StoredTermRows). */
export function decodeTerms(stored: StoredTerms, wanted?: ReadonlySet<string>): DocTerms {
  return { tf: new StoredTermRows(stored, wanted), len: stored.len };
}

/** What a change reads of a listing's terms: which terms it holds, and its field lengths. */
export interface ChangeTerms {
  readonly tf: Pick<TermRows, 'keys' | 'has'>;
  readonly len: readonly number[];
}

/**
 * A listing's analysed terms as the analysis threads hand them over: the stored form as JSON
 * (exactly `JSON.stringify(encodeTerms(doc))`, built without the intermediate objects), the
 * field lengths and its distinct terms.
 */
export interface AnalysedTerms {
  json: string;
  len: number[];
  terms: string[];
}

export function encodeAnalysed(doc: DocTerms): AnalysedTerms {
  return { json: JSON.stringify(encodeTerms(doc)), len: [...doc.len], terms: [...doc.tf.keys()] };
}

/** The ChangeTerms of analysed terms (no stored form decoded). */
export function analysedChange(a: AnalysedTerms): ChangeTerms {
  let set: Set<string> | undefined;
  return { len: a.len, tf: { keys: () => a.terms, has: (t) => (set ??= new Set(a.terms)).has(t) } };
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
export function addChange(
  delta: StatisticsDelta,
  before: ChangeTerms | undefined,
  after: ChangeTerms | undefined,
): void {
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

/** A listing's stored row as an indexing batch reads it: its terms only where the batch needs them. */
export interface StoredVersion {
  version: number;
  terms?: StoredTerms;
}

/** A listing of an indexing batch, published now at `version`. */
export interface PublishedVersion {
  id: string;
  version: number;
}

/**
 * Whether a published listing's terms are to be (re)stored: it has none stored, or of an earlier
 * version. A stored later version is never replaced by an earlier one (a reindex reading before an
 * edit), and redelivery of the stored version changes nothing.
 */
export function needsTerms(doc: PublishedVersion, stored: ReadonlyMap<string, StoredVersion>): boolean {
  const before = stored.get(doc.id);
  return !before || before.version < doc.version;
}

/** The version stored for each listing of a batch: equal maps mean the stored terms read are still the stored ones. */
export function sameVersions(read: ReadonlyMap<string, StoredVersion>, now: ReadonlyMap<string, number>): boolean {
  return read.size === now.size && [...read].every(([id, r]) => now.get(id) === r.version);
}

export interface BatchPlan {
  delta: StatisticsDelta;
  upserts: { id: string; version: number; json: string }[];
  /** Listings of the batch not published now that had stored terms: they give them back. */
  gone: string[];
}

/**
 * What an indexing batch does to a kind's statistics, from the stored rows of its listings
 * (`stored`, with terms wherever needsTerms holds or the listing is removed) and the analysed
 * terms of those published listings needing them (`analysed`).
 */
export function planBatch(
  fieldCount: number,
  published: readonly PublishedVersion[],
  removed: readonly string[],
  stored: ReadonlyMap<string, StoredVersion>,
  analysed: ReadonlyMap<string, AnalysedTerms>,
): BatchPlan {
  const storedOf = (id: string, t: StoredTerms | undefined) => {
    if (!t) throw new Error(`terms of listing ${id} were not read`);
    return decodeTerms(t);
  };
  const delta = emptyDelta(fieldCount);
  const upserts: BatchPlan['upserts'] = [];
  for (const doc of published) {
    if (!needsTerms(doc, stored)) continue;
    const before = stored.get(doc.id);
    const after = analysed.get(doc.id);
    if (!after) throw new Error(`terms of listing ${doc.id} were not analysed`);
    addChange(delta, before && storedOf(doc.id, before.terms), analysedChange(after));
    upserts.push({ id: doc.id, version: doc.version, json: after.json });
  }
  const gone = removed.filter((id) => stored.has(id));
  for (const id of gone) addChange(delta, storedOf(id, stored.get(id)!.terms), undefined);
  return { delta, upserts, gone };
}
