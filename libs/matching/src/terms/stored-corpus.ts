import { averageLength, rsjIdf, type CorpusView, type DocTerms } from '../index/corpus-view.js';

/** A kind's totals as stored (`match_corpus`): listings with stored terms, and the sum of each field's length. */
export interface CorpusTotals {
  n: number;
  totalLen: readonly number[];
}

/**
 * The part of a kind's corpus one match request reads from PostgreSQL: the totals, the document
 * frequencies of the terms it asked for, and the stored terms of its candidates. Asking it for a
 * term or a document it was not given is a bug of the caller, not a term no listing contains, so
 * it throws rather than answer 0.
 */
export class StoredCorpus implements CorpusView {
  private readonly dfs = new Map<string, number>();
  private readonly docs = new Map<string, DocTerms>();

  constructor(private readonly totals: CorpusTotals) {}

  get size(): number {
    return this.totals.n;
  }

  /** Records document frequencies read for `terms` (a term without a row has none). */
  addDf(terms: Iterable<string>, found: ReadonlyMap<string, number>): void {
    for (const t of terms) this.dfs.set(t, found.get(t) ?? 0);
  }

  /** Which of `terms` have no document frequency here yet. */
  missingDf(terms: Iterable<string>): string[] {
    return [...new Set(terms)].filter((t) => !this.dfs.has(t));
  }

  addDocs(docs: ReadonlyMap<string, DocTerms>): void {
    for (const [id, d] of docs) this.docs.set(id, d);
  }

  df(term: string): number {
    const df = this.dfs.get(term);
    if (df === undefined) throw new Error(`document frequency of "${term}" was not read`);
    return df;
  }

  idf(term: string): number {
    return rsjIdf(this.totals.n, this.df(term));
  }

  avgLen(i: number): number {
    return averageLength(this.totals.totalLen[i] ?? 0, this.totals.n);
  }

  docTerms(id: string): DocTerms | undefined {
    return this.docs.get(id);
  }
}
