import { Bm25fIndex, countTerms, type FieldTerms } from '../index/bm25f-index.js';
import { Bm25fScorer } from '../index/bm25f-scorer.js';
import type { CorpusView, DocTerms } from '../index/corpus-view.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { SynonymTable } from '../text/synonym-table.js';
import type { ListingText, MatchText, ScoredId } from './listing-text.js';
import { SCORING, type ScoringWeights } from './scoring-weights.js';

/** Character-bigram terms live in the same statistics under this prefix, in their own field. */
export const GRAM_PREFIX = '#';

/** The fields a listing is analysed into, in the order of every per-field array (tf rows, lengths). */
export const MATCH_FIELDS = ['title', 'keywords', 'description', 'grams'] as const;

export interface RankOptions {
  k: number;
  /** Score only these ids (candidates gathered by the search engine); default: every document holding a query term. */
  candidates?: Iterable<string>;
}

/**
 * The lexical matcher: analysis of listing texts (title, keywords, description and a
 * character-bigram back-off field), query building (query-term saturation, synonym expansion,
 * bigram back-off) and BM25F scoring against a CorpusView. It holds no corpus: the market passes
 * the statistics and candidates read for one request (StoredCorpus), the evaluation an in-memory
 * Bm25fIndex. Pure computation, so it is unit-tested and evaluated in memory. What was tried on
 * top of it and did not help (PRF, LSA, a general-language rarity prior) lives in
 * src/evaluation/ablations.
 */
export class MatchEngine {
  readonly scorer: Bm25fScorer;

  constructor(
    readonly tokenizer: ChineseTokenizer,
    readonly synonyms: SynonymTable = new SynonymTable(),
    readonly weights: ScoringWeights = SCORING,
  ) {
    const f = weights.fields;
    this.scorer = new Bm25fScorer(
      MATCH_FIELDS.map((name) => ({ name, ...f[name] })),
      weights.k1,
    );
  }

  /** An empty in-memory index over the engine's fields (evaluation, tests). */
  newIndex(termPrior?: (term: string) => number): Bm25fIndex {
    return new Bm25fIndex(MATCH_FIELDS, termPrior ? (t) => (t.startsWith(GRAM_PREFIX) ? 1 : termPrior(t)) : undefined);
  }

  /** Adds (or replaces) a listing in an in-memory index. */
  upsert(index: Bm25fIndex, doc: ListingText): void {
    index.add(doc.id, this.analyse(doc));
  }

  /** The field terms of a listing, as indexed. */
  analyse(doc: Omit<ListingText, 'id'>): FieldTerms {
    const grams =
      this.weights.gramWeight > 0
        ? [doc.title, ...doc.keywords, doc.description]
            .flatMap((t) => this.tokenizer.charBigrams(t))
            .map((g) => GRAM_PREFIX + g)
        : [];
    return {
      title: this.tokenizer.terms(doc.title),
      keywords: doc.keywords.flatMap((k) => this.tokenizer.terms(k)),
      description: this.tokenizer.terms(doc.description),
      grams,
    };
  }

  /** A listing's per-field frequencies and lengths (what the market stores per listing). */
  docTerms(doc: Omit<ListingText, 'id'>): DocTerms {
    return countTerms(MATCH_FIELDS, this.analyse(doc));
  }

  /** log-tf · idf word weights of a document (no bigrams): the listing side of `similarity`. */
  weightedTerms(corpus: CorpusView, id: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [t, tf] of this.scorer.documentTerms(corpus, id)) {
      if (!t.startsWith(GRAM_PREFIX) && tf > 0) out.set(t, (1 + Math.log(1 + tf)) * corpus.idf(t));
    }
    return out;
  }

  /** The word terms a listing was indexed with (no bigrams): what explanations may show. */
  indexedTerms(corpus: CorpusView, id: string): string[] {
    return [...(corpus.docTerms(id)?.tf.keys() ?? [])].filter((t) => !t.startsWith(GRAM_PREFIX));
  }

  /** The word terms of a text, analysed like an indexed listing. */
  textTerms(text: MatchText): Set<string> {
    return new Set(
      [text.title ?? '', ...(text.keywords ?? []), text.description].flatMap((p) => this.tokenizer.terms(p)),
    );
  }

  /**
   * Every term whose document frequency a match for `text` reads: the query's terms (words,
   * synonyms, bigrams) and the precise-mode words the candidate queries are chosen from.
   */
  statisticsTerms(text: MatchText): string[] {
    const words = [text.title ?? '', ...(text.keywords ?? []), text.description].flatMap((p) =>
      this.tokenizer.words(p),
    );
    return [...new Set([...this.buildQuery(text).keys(), ...words])];
  }

  /**
   * The weighted query of a text: every term with its saturated frequency, synonyms of each
   * term at `synonymWeight`, and the character bigrams at `gramWeight`.
   */
  buildQuery(text: MatchText): Map<string, number> {
    const { k3, synonymWeight, gramWeight } = this.weights;
    const all = [text.title ?? '', ...(text.keywords ?? []), text.description];
    const counts = new Map<string, number>();
    for (const part of all) for (const t of this.tokenizer.terms(part)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const q = new Map<string, number>();
    const put = (t: string, w: number) => q.set(t, Math.max(q.get(t) ?? 0, w));
    for (const [t, n] of counts) {
      const w = ((k3 + 1) * n) / (k3 + n);
      put(t, w);
      if (synonymWeight > 0) {
        for (const s of this.synonyms.synonymsOf(t))
          for (const st of this.tokenizer.terms(s)) if (!counts.has(st)) put(st, w * synonymWeight);
      }
    }
    if (gramWeight > 0) {
      const grams = new Map<string, number>();
      for (const part of all)
        for (const g of this.tokenizer.charBigrams(part))
          grams.set(GRAM_PREFIX + g, (grams.get(GRAM_PREFIX + g) ?? 0) + 1);
      for (const [g, n] of grams) put(g, (gramWeight * (k3 + 1) * n) / (k3 + n));
    }
    return q;
  }

  /**
   * Cosine similarity in [0, 1] between a text and a document of the corpus, over word terms (no
   * bigrams) weighted log-tf · idf, the text's synonyms at `synonymWeight`. Unlike the BM25F
   * score (meaningful only relative to the best of one request), it does not grow with text
   * length or corpus size, so one fixed threshold can decide whether a match is worth an alert.
   */
  similarity(text: MatchText, corpus: CorpusView, id: string): number {
    const counts = new Map<string, number>();
    for (const part of [text.title ?? '', ...(text.keywords ?? []), text.description]) {
      for (const t of this.tokenizer.terms(part)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const q = new Map<string, number>();
    const put = (t: string, w: number) => q.set(t, Math.max(q.get(t) ?? 0, w));
    for (const [t, n] of counts) {
      const w = (1 + Math.log(n)) * corpus.idf(t);
      put(t, w);
      for (const s of this.synonyms.synonymsOf(t))
        for (const st of this.tokenizer.terms(s)) if (!counts.has(st)) put(st, w * this.weights.synonymWeight);
    }
    const d = this.weightedTerms(corpus, id);
    let dot = 0;
    let qn = 0;
    let dn = 0;
    for (const [t, w] of q) {
      qn += w * w;
      const dw = d.get(t);
      if (dw) dot += w * dw;
    }
    for (const w of d.values()) dn += w * w;
    return qn > 0 && dn > 0 ? dot / Math.sqrt(qn * dn) : 0;
  }

  /** Ranks the candidates (or, in an in-memory index, every document holding a query term) by BM25F. */
  rank(text: MatchText, corpus: CorpusView, opts: RankOptions): ScoredId[] {
    const query = this.buildQuery(text);
    const ids = opts.candidates ?? (corpus instanceof Bm25fIndex ? corpus.containing(query.keys()) : []);
    return this.scorer.top(query, corpus, ids, opts.k);
  }
}
