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

/** Integer-like keys come first in a JS object whatever their insertion order. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

export function encodeAnalysed(doc: DocTerms): AnalysedTerms {
  const terms = [...doc.tf.keys()];
  // The tokenizer keeps no bare number, so this is for safety only: the objects' own order.
  if (terms.some((t) => ARRAY_INDEX.test(t)))
    return { json: JSON.stringify(encodeTerms(doc)), len: [...doc.len], terms };
  const fields = doc.len.map(() => [] as string[]);
  for (const [term, row] of doc.tf) {
    const key = JSON.stringify(term);
    for (let i = 0; i < row.length; i++) if (row[i]! > 0) fields[i]!.push(`${key}:${row[i]}`);
  }
  return {
    json: `{"len":[${doc.len.join(',')}],"f":[${fields.map((f) => `{${f.join(',')}}`).join(',')}]}`,
    len: [...doc.len],
    terms,
  };
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
  gramPrefix: string,
  published: readonly PublishedVersion[],
  removed: readonly string[],
  stored: ReadonlyMap<string, StoredVersion>,
  analysed: ReadonlyMap<string, AnalysedTerms>,
): BatchPlan {
  const storedOf = (id: string, t: StoredTerms | undefined) => {
    if (!t) throw new Error(`terms of listing ${id} were not read`);
    return decodeTerms(t, gramPrefix);
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
