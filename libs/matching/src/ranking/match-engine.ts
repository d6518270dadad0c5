import { Bm25fIndex, type FieldTerms } from '../index/bm25f-index.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { SynonymTable } from '../text/synonym-table.js';
import type { ListingText, MatchText, ScoredId } from './listing-text.js';
import { SCORING, type ScoringWeights } from './scoring-weights.js';

/** Character-bigram terms live in the same index under this prefix, in their own field. */
export const GRAM_PREFIX = '#';

export interface RankOptions {
  k: number;
  /** Score only these ids (candidates gathered by the search engine). */
  candidates?: Iterable<string>;
}

/**
 * The lexical matcher: a BM25F index of listing texts (title, keywords, description and a
 * character-bigram back-off field), kept current one listing at a time, with query building
 * (query-term saturation, synonym expansion, bigram back-off). Pure computation: no I/O, so it
 * is unit-tested and evaluated in memory. What was tried on top of it and did not help (PRF,
 * LSA, a general-language rarity prior) lives in src/evaluation/ablations.
 */
export class MatchEngine {
  readonly index: Bm25fIndex;

  constructor(
    readonly tokenizer: ChineseTokenizer,
    readonly synonyms: SynonymTable = new SynonymTable(),
    readonly weights: ScoringWeights = SCORING,
    /** A multiplicative prior on each word's IDF (evaluation only; production uses none). */
    termPrior?: (term: string) => number,
  ) {
    const f = weights.fields;
    this.index = new Bm25fIndex(
      [
        { name: 'title', ...f.title },
        { name: 'keywords', ...f.keywords },
        { name: 'description', ...f.description },
        { name: 'grams', ...f.grams },
      ],
      weights.k1,
      termPrior ? (t) => (t.startsWith(GRAM_PREFIX) ? 1 : termPrior(t)) : undefined,
    );
  }

  /** log-tf · idf word weights of an indexed document (no bigrams): the listing side of `similarity`. */
  weightedTerms(id: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [t, tf] of this.index.documentTerms(id)) {
      if (!t.startsWith(GRAM_PREFIX) && tf > 0) out.set(t, (1 + Math.log(1 + tf)) * this.index.idf(t));
    }
    return out;
  }

  get size(): number {
    return this.index.size;
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

  /** The word terms a listing was indexed with (no bigrams): what explanations may show. */
  indexedTerms(id: string): string[] {
    return [...this.index.documentTerms(id).keys()].filter((t) => !t.startsWith(GRAM_PREFIX));
  }

  /** The word terms of a text, analysed like an indexed listing. */
  textTerms(text: MatchText): Set<string> {
    return new Set(
      [text.title ?? '', ...(text.keywords ?? []), text.description].flatMap((p) => this.tokenizer.terms(p)),
    );
  }

  upsert(doc: ListingText): void {
    this.index.add(doc.id, this.analyse(doc));
  }

  remove(id: string): boolean {
    return this.index.remove(id);
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
   * Cosine similarity in [0, 1] between a text and an indexed listing, over word terms (no
   * bigrams) weighted log-tf · idf, the text's synonyms at `synonymWeight`. Unlike the BM25F
   * score (meaningful only relative to the best of one request), it does not grow with text
   * length or corpus size, so one fixed threshold can decide whether a match is worth an alert.
   */
  similarity(text: MatchText, id: string): number {
    const counts = new Map<string, number>();
    for (const part of [text.title ?? '', ...(text.keywords ?? []), text.description]) {
      for (const t of this.tokenizer.terms(part)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const q = new Map<string, number>();
    const put = (t: string, w: number) => q.set(t, Math.max(q.get(t) ?? 0, w));
    for (const [t, n] of counts) {
      const w = (1 + Math.log(n)) * this.index.idf(t);
      put(t, w);
      for (const s of this.synonyms.synonymsOf(t))
        for (const st of this.tokenizer.terms(s)) if (!counts.has(st)) put(st, w * this.weights.synonymWeight);
    }
    const d = this.weightedTerms(id);
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

  /** Ranks the indexed listings (or the given candidates) for a match request by BM25F. */
  rank(text: MatchText, opts: RankOptions): ScoredId[] {
    return this.index.top(this.buildQuery(text), opts.k, opts.candidates);
  }
}
