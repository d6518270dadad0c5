/**
 * term → frequency per field (the engine's field order). A Map is one; the stored form
 * (StoredTermRows) answers from the parsed JSON without building one, since a request reads
 * a few hundred candidates and scores only the query's terms of each.
 */
export interface TermRows extends Iterable<[string, readonly number[]]> {
  get(term: string): readonly number[] | undefined;
  has(term: string): boolean;
  keys(): Iterable<string>;
}

/** A document's terms as BM25F scores them, and its field lengths. */
export interface DocTerms {
  readonly tf: TermRows;
  readonly len: readonly number[];
}

/**
 * What a score needs of the corpus a listing is matched against: its size, the document
 * frequency of a term, the average length of each field, and the terms of the documents being
 * scored. Two implementations hold the same numbers: `Bm25fIndex` (every document in memory:
 * the evaluation's engines and unit tests) and `StoredCorpus` (the statistics and the
 * candidates' terms read from PostgreSQL for one request: the market).
 */
export interface CorpusView {
  /** Documents in the corpus (N). */
  readonly size: number;
  df(term: string): number;
  /** Inverse document frequency, with the view's prior when it has one. */
  idf(term: string): number;
  /** Average length of field `i` over the corpus (never 0). */
  avgLen(i: number): number;
  /** The terms of a document the view holds, or undefined. */
  docTerms(id: string): DocTerms | undefined;
}

/** Robertson–Spärck Jones IDF, floored at 0 by the +1 inside the logarithm. */
export function rsjIdf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Total length over documents → average, as the in-memory index has always computed it. */
export function averageLength(totalLen: number, n: number): number {
  return n ? Math.max(totalLen / n, 1e-9) : 1;
}
