export interface FieldSpec {
  name: string;
  /** How much one occurrence in this field counts relative to the others. */
  weight: number;
  /** Length normalisation of this field (0 = none, 1 = full). */
  b: number;
}

/** Terms of one document per field, in any order, repeats counted. */
export type FieldTerms = Record<string, readonly string[]>;

/** A weighted query: term → weight. */
export type WeightedQuery = ReadonlyMap<string, number>;

interface DocEntry {
  /** term → term frequency per field (index = field position). */
  tf: Map<string, number[]>;
  len: number[];
}

/**
 * An in-memory BM25F index (Robertson & Zaragoza, "The Probabilistic Relevance Framework":
 * per-field length-normalised frequencies are combined before one saturation).
 *
 * Documents are added, replaced and removed one by one and every statistic the score needs
 * (document frequencies, average field lengths, document count) is kept current, so a listing
 * published or withdrawn changes the next score without a rebuild.
 */
export class Bm25fIndex {
  private readonly docs = new Map<string, DocEntry>();
  private readonly postings = new Map<string, Map<string, number[]>>();
  private readonly totalLen: number[];

  constructor(
    readonly fields: readonly FieldSpec[],
    private readonly k1: number,
    /** A multiplicative prior on each term's IDF (e.g. its rarity in general language). */
    private readonly termPrior: (term: string) => number = () => 1,
  ) {
    this.totalLen = fields.map(() => 0);
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
    const tf = new Map<string, number[]>();
    const len = this.fields.map(() => 0);
    this.fields.forEach((f, i) => {
      for (const t of terms[f.name] ?? []) {
        let row = tf.get(t);
        if (!row) tf.set(t, (row = this.fields.map(() => 0)));
        row[i]++;
        len[i]++;
      }
    });
    for (const [t, row] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Map()));
      p.set(id, row);
    }
    len.forEach((l, i) => (this.totalLen[i] += l));
    this.docs.set(id, { tf, len });
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
    doc.len.forEach((l, i) => (this.totalLen[i] -= l));
    this.docs.delete(id);
    return true;
  }

  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Robertson–Spärck Jones IDF, floored at 0 by the +1 inside the logarithm. */
  idf(term: string): number {
    const n = this.docs.size;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5)) * this.termPrior(term);
  }

  private avgLen(i: number): number {
    return this.docs.size ? Math.max(this.totalLen[i] / this.docs.size, 1e-9) : 1;
  }

  /** The pseudo-frequency of BM25F: field-weighted, per-field length-normalised tf. */
  private pseudoTf(row: readonly number[], len: readonly number[]): number {
    let s = 0;
    for (let i = 0; i < this.fields.length; i++) {
      if (row[i] === 0) continue;
      const f = this.fields[i];
      s += (f.weight * row[i]) / (1 - f.b + (f.b * len[i]) / this.avgLen(i));
    }
    return s;
  }

  /**
   * Scores every document that contains a query term, or only `candidates` when given.
   * Score = Σ_t w(t) · idf(t) · tf̃ / (k1 + tf̃).
   */
  score(query: WeightedQuery, candidates?: Iterable<string>): Map<string, number> {
    const out = new Map<string, number>();
    const only = candidates ? new Set(candidates) : undefined;
    for (const [term, w] of query) {
      const p = this.postings.get(term);
      if (!p || w === 0) continue;
      const idf = this.idf(term);
      const add = (id: string, row: number[]) => {
        const doc = this.docs.get(id)!;
        const t = this.pseudoTf(row, doc.len);
        out.set(id, (out.get(id) ?? 0) + (w * idf * t) / (this.k1 + t));
      };
      if (only && only.size < p.size) {
        for (const id of only) {
          const row = p.get(id);
          if (row) add(id, row);
        }
      } else {
        for (const [id, row] of p) if (!only || only.has(id)) add(id, row);
      }
    }
    return out;
  }

  /** The best `k` documents, highest score first (ties by id for a stable order). */
  top(query: WeightedQuery, k: number, candidates?: Iterable<string>): { id: string; score: number }[] {
    return [...this.score(query, candidates)]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
  }

  /** A document's terms with their field-weighted frequency (similarity, explanations). */
  documentTerms(id: string): Map<string, number> {
    const doc = this.docs.get(id);
    const out = new Map<string, number>();
    if (!doc) return out;
    for (const [t, row] of doc.tf) out.set(t, this.pseudoTf(row, doc.len));
    return out;
  }

  /** Which fields of a document contain a term (explanations). */
  fieldsContaining(id: string, term: string): string[] {
    const row = this.docs.get(id)?.tf.get(term);
    return row ? this.fields.filter((_, i) => row[i] > 0).map((f) => f.name) : [];
  }
}
