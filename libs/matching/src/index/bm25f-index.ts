import { averageLength, rsjIdf, type CorpusView, type DocTerms } from './corpus-view.js';

/** Terms of one document per field, in any order, repeats counted. */
export type FieldTerms = Record<string, readonly string[]>;

/** Per-field term frequencies and lengths of one document's field terms (fields in `fieldNames` order). */
export function countTerms(fieldNames: readonly string[], terms: FieldTerms): DocTerms {
  const tf = new Map<string, number[]>();
  const len = fieldNames.map(() => 0);
  fieldNames.forEach((name, i) => {
    for (const t of terms[name] ?? []) {
      let row = tf.get(t);
      if (!row) tf.set(t, (row = fieldNames.map(() => 0)));
      row[i]!++;
      len[i]!++;
    }
  });
  return { tf, len };
}

/**
 * Every document in memory with the statistics BM25F needs (document frequencies, total field
 * lengths, document count), kept current one document at a time. The market does not use it:
 * its statistics live in PostgreSQL (StoredCorpus); the evaluation's in-memory engines, the
 * ablations (which need the whole corpus) and unit tests do.
 */
export class Bm25fIndex implements CorpusView {
  private readonly docs = new Map<string, DocTerms>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly totalLen: number[];

  constructor(
    readonly fieldNames: readonly string[],
    /** A multiplicative prior on each term's IDF (e.g. its rarity in general language). */
    private readonly termPrior: (term: string) => number = () => 1,
  ) {
    this.totalLen = fieldNames.map(() => 0);
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  ids(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** Adds a document, replacing any earlier version with the same id. */
  add(id: string, terms: FieldTerms): void {
    if (this.docs.has(id)) this.remove(id);
    const doc = countTerms(this.fieldNames, terms);
    for (const t of doc.tf.keys()) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Set()));
      p.add(id);
    }
    doc.len.forEach((l, i) => (this.totalLen[i]! += l));
    this.docs.set(id, doc);
  }

  remove(id: string): boolean {
    const doc = this.docs.get(id);
    if (!doc) return false;
    for (const t of doc.tf.keys()) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.delete(id);
      if (p.size === 0) this.postings.delete(t);
    }
    doc.len.forEach((l, i) => (this.totalLen[i]! -= l));
    this.docs.delete(id);
    return true;
  }

  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  idf(term: string): number {
    return rsjIdf(this.docs.size, this.df(term)) * this.termPrior(term);
  }

  avgLen(i: number): number {
    return averageLength(this.totalLen[i]!, this.docs.size);
  }

  docTerms(id: string): DocTerms | undefined {
    return this.docs.get(id);
  }

  /** Every document holding at least one of `terms` (ranking the whole corpus). */
  containing(terms: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const t of terms) for (const id of this.postings.get(t) ?? []) out.add(id);
    return out;
  }
}
