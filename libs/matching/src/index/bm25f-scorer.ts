import type { CorpusView, DocTerms } from './corpus-view.js';

export interface FieldSpec {
  name: string;
  /** How much one occurrence in this field counts relative to the others. */
  weight: number;
  /** Length normalisation of this field (0 = none, 1 = full). */
  b: number;
}

/** A weighted query: term → weight. */
export type WeightedQuery = ReadonlyMap<string, number>;

/**
 * BM25F (Robertson & Zaragoza, "The Probabilistic Relevance Framework": per-field
 * length-normalised frequencies are combined before one saturation) over any CorpusView, so
 * the market (statistics from PostgreSQL) and the evaluation (an in-memory index) compute the
 * same score with the same arithmetic, in the same order.
 */
export class Bm25fScorer {
  constructor(
    readonly fields: readonly FieldSpec[],
    private readonly k1: number,
  ) {}

  /** The pseudo-frequency of BM25F: field-weighted, per-field length-normalised tf. */
  pseudoTf(row: readonly number[], len: readonly number[], corpus: CorpusView): number {
    let s = 0;
    for (let i = 0; i < this.fields.length; i++) {
      if (!row[i]) continue;
      const f = this.fields[i]!;
      s += (f.weight * row[i]!) / (1 - f.b + (f.b * len[i]!) / corpus.avgLen(i));
    }
    return s;
  }

  /**
   * Scores the documents `ids` that contain a query term (the others are left out).
   * Score = Σ_t w(t) · idf(t) · tf̃ / (k1 + tf̃), summed in query order.
   */
  score(query: WeightedQuery, corpus: CorpusView, ids: Iterable<string>): Map<string, number> {
    const idf = new Map<string, number>();
    const out = new Map<string, number>();
    for (const id of new Set(ids)) {
      const doc = corpus.docTerms(id);
      if (!doc) continue;
      let s = 0;
      let hit = false;
      for (const [term, w] of query) {
        const row = doc.tf.get(term);
        if (!row || w === 0) continue;
        let i = idf.get(term);
        if (i === undefined) idf.set(term, (i = corpus.idf(term)));
        const t = this.pseudoTf(row, doc.len, corpus);
        s += (w * i * t) / (this.k1 + t);
        hit = true;
      }
      if (hit) out.set(id, s);
    }
    return out;
  }

  /** The best `k` of `ids`, highest score first (ties by id for a stable order). */
  top(query: WeightedQuery, corpus: CorpusView, ids: Iterable<string>, k: number): { id: string; score: number }[] {
    return [...this.score(query, corpus, ids)]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
  }

  /** A document's terms with their field-weighted frequency (similarity, explanations). */
  documentTerms(corpus: CorpusView, id: string): Map<string, number> {
    const doc: DocTerms | undefined = corpus.docTerms(id);
    const out = new Map<string, number>();
    if (!doc) return out;
    for (const [t, row] of doc.tf) out.set(t, this.pseudoTf(row, doc.len, corpus));
    return out;
  }

  /** Which fields of a document contain a term (explanations). */
  fieldsContaining(corpus: CorpusView, id: string, term: string): string[] {
    const row = corpus.docTerms(id)?.tf.get(term);
    return row ? this.fields.filter((_, i) => (row[i] ?? 0) > 0).map((f) => f.name) : [];
  }
}
