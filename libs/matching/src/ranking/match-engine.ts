import { Bm25fIndex, type FieldTerms, type WeightedQuery } from '../index/bm25f-index.js';
import { LatentSemanticIndex } from '../index/latent-semantic-index.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { GlobalTermRarity } from '../text/global-term-rarity.js';
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
 * (query-term saturation, synonym expansion, bigram back-off) and pseudo-relevance feedback.
 * Pure computation: no I/O, so it is unit-tested and evaluated in memory.
 */
export class MatchEngine {
  readonly index: Bm25fIndex;
  readonly semantic: LatentSemanticIndex;

  constructor(
    readonly tokenizer: ChineseTokenizer,
    readonly synonyms: SynonymTable = new SynonymTable(),
    readonly weights: ScoringWeights = SCORING,
    rarity?: GlobalTermRarity,
  ) {
    const f = weights.fields;
    const prior = weights.globalIdf !== 0 ? (rarity ?? new GlobalTermRarity()) : undefined;
    const termPrior = prior
      ? (t: string) => (t.startsWith(GRAM_PREFIX) ? 1 : prior.factor(t, weights.globalIdf))
      : undefined;
    this.index = new Bm25fIndex(
      [
        { name: 'title', ...f.title },
        { name: 'keywords', ...f.keywords },
        { name: 'description', ...f.description },
        { name: 'grams', ...f.grams },
      ],
      weights.k1,
      termPrior,
    );
    const l = weights.lsa;
    this.semantic = new LatentSemanticIndex({
      dimensions: l.dimensions,
      minDf: l.minDf,
      powerIterations: l.powerIterations,
      seed: 42,
    });
  }

  private get semanticOn(): boolean {
    return this.weights.lsa.weight > 0;
  }

  /** log-tf · idf word weights of an indexed document (the latent space's input). */
  private semanticTerms(id: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [t, tf] of this.index.documentTerms(id)) {
      if (!t.startsWith(GRAM_PREFIX) && tf > 0) out.set(t, (1 + Math.log(1 + tf)) * this.index.idf(t));
    }
    return out;
  }

  /** (Re)learns the latent space from every indexed listing. */
  fitSemantic(): void {
    if (!this.semanticOn) return;
    const docs = new Map<string, Map<string, number>>();
    for (const id of this.index.ids()) docs.set(id, this.semanticTerms(id));
    this.semantic.fit(docs);
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
    if (this.semanticOn) this.semantic.upsert(doc.id, this.semanticTerms(doc.id));
  }

  remove(id: string): boolean {
    this.semantic.remove(id);
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
    const d = this.semanticTerms(id);
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

  /**
   * RM3-style pseudo-relevance feedback: the terms that weigh most in the best first-pass
   * documents (weighted by those documents' scores) are added to the query, so that words the
   * need did not use but its likely answers share still count.
   */
  feedback(query: WeightedQuery, first: readonly ScoredId[]): Map<string, number> {
    const { docs, terms, weight } = this.weights.prf;
    const out = new Map(query);
    if (weight <= 0 || first.length === 0) return out;
    const top = first.slice(0, docs);
    const max = top[0].score || 1;
    const acc = new Map<string, number>();
    for (const d of top) {
      const dw = Math.exp((d.score - max) / Math.max(max * 0.1, 1e-9));
      const tf = this.index.documentTerms(d.id);
      let norm = 0;
      for (const v of tf.values()) norm += v;
      for (const [t, v] of tf) {
        if (t.startsWith(GRAM_PREFIX)) continue;
        acc.set(t, (acc.get(t) ?? 0) + (dw * v * this.index.idf(t)) / Math.max(norm, 1));
      }
    }
    const best = [...acc].sort((a, b) => b[1] - a[1]).slice(0, terms);
    const top1 = best[0]?.[1] || 1;
    for (const [t, v] of best) out.set(t, (out.get(t) ?? 0) + (weight * v) / top1);
    return out;
  }

  /**
   * Ranks the indexed listings (or the given candidates) for a match request: BM25F (with
   * feedback when on), then, when the latent space is on, BM25F / best BM25F + weight · cosine
   * over the lexical pool joined with the nearest documents in the latent space.
   */
  rank(text: MatchText, opts: RankOptions): ScoredId[] {
    const candidates = opts.candidates ? [...opts.candidates] : undefined;
    let query = this.buildQuery(text);
    const lsa = this.weights.lsa;
    const useLsa = this.semanticOn && this.semantic.fitted;
    const pool = Math.max(opts.k, this.weights.prf.docs, useLsa ? lsa.lexicalPool : 0);
    let ranked = this.index.top(query, pool, candidates);
    if (this.weights.prf.weight > 0 && ranked.length > 0) {
      query = this.feedback(query, ranked);
      ranked = this.index.top(query, pool, candidates);
    }
    if (!useLsa) return ranked.slice(0, opts.k);

    const qv = new Map<string, number>();
    for (const [t, w] of query) if (!t.startsWith(GRAM_PREFIX)) qv.set(t, w * this.index.idf(t));
    const sims = this.semantic.similarities(this.semantic.project(qv), candidates);
    const nearest = [...sims]
      .sort((a, b) => b[1] - a[1])
      .slice(0, lsa.pool)
      .map(([id]) => id);
    const lexical = new Map(ranked.map((r) => [r.id, r.score]));
    const missing = nearest.filter((id) => !lexical.has(id));
    if (missing.length) for (const [id, sc] of this.index.score(query, missing)) lexical.set(id, sc);
    const best = ranked[0]?.score || 1;
    const ids = new Set([...ranked.map((r) => r.id), ...nearest]);
    return [...ids]
      .map((id) => ({ id, score: (lexical.get(id) ?? 0) / best + lsa.weight * (sims.get(id) ?? 0) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, opts.k);
  }
}
