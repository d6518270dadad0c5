import type { Bm25fIndex } from '../../index/bm25f-index.js';
import type { WeightedQuery } from '../../index/bm25f-scorer.js';
import type { ListingText, MatchText, ScoredId } from '../../ranking/listing-text.js';
import { GRAM_PREFIX, MatchEngine, type RankOptions } from '../../ranking/match-engine.js';
import { SCORING, type ScoringWeights } from '../../ranking/scoring-weights.js';
import type { ChineseTokenizer } from '../../text/chinese-tokenizer.js';
import type { SynonymTable } from '../../text/synonym-table.js';
import { GlobalTermRarity } from './global-term-rarity.js';
import { LatentSemanticIndex } from './latent-semantic-index.js';

/**
 * What was tried on top of the lexical matcher and left out of the production path, because
 * it moved recall on kg-dev.tsv by no more than noise (libs/matching/README.md, "Measured")
 * while costing latency. Kept here, off by default, so that `npm run eval:matching -- --engine
 * memory --set prf.weight=0.3` can measure them again on another corpus.
 */
export const ABLATIONS = {
  /** Exponent of the general-language rarity prior on IDF (jieba's bundled IDF table), 0 = off. */
  globalIdf: 0,
  /** Pseudo-relevance feedback (RM3): documents and terms taken, and the mixing weight. */
  prf: { docs: 10, terms: 20, weight: 0 },
  /**
   * Latent semantic analysis learnt from the indexed listings: dimensions of the SVD, the
   * weight of the cosine added to the max-normalised BM25F score, and how many nearest
   * documents in the latent space join the lexical candidates.
   */
  lsa: { dimensions: 150, minDf: 2, powerIterations: 2, weight: 0, pool: 50, lexicalPool: 200 },
};

export type AblationWeights = typeof ABLATIONS;

/**
 * A MatchEngine with the ablations switched on by `ablations`: index every listing, `fit()`
 * once (learns the latent space), then `rank` like MatchEngine.rank. With every ablation off
 * it ranks exactly as the engine does.
 */
export class AblationRanker {
  readonly engine: MatchEngine;
  /** Every listing in memory: the ablations learn from the whole corpus. */
  readonly index: Bm25fIndex;
  private readonly semantic: LatentSemanticIndex;

  constructor(
    tokenizer: ChineseTokenizer,
    synonyms: SynonymTable,
    weights: ScoringWeights = SCORING,
    readonly ablations: AblationWeights = ABLATIONS,
  ) {
    const rarity = ablations.globalIdf !== 0 ? new GlobalTermRarity() : undefined;
    this.engine = new MatchEngine(tokenizer, synonyms, weights);
    this.index = this.engine.newIndex(rarity && ((t) => rarity.factor(t, ablations.globalIdf)));
    const l = ablations.lsa;
    this.semantic = new LatentSemanticIndex({
      dimensions: l.dimensions,
      minDf: l.minDf,
      powerIterations: l.powerIterations,
      seed: 42,
    });
  }

  upsert(doc: ListingText): void {
    this.engine.upsert(this.index, doc);
  }

  /** Learns the latent space from every indexed listing (when LSA is on). */
  fit(): void {
    if (this.ablations.lsa.weight <= 0) return;
    const docs = new Map<string, Map<string, number>>();
    for (const id of this.index.ids()) docs.set(id, this.engine.weightedTerms(this.index, id));
    this.semantic.fit(docs);
  }

  /**
   * RM3-style pseudo-relevance feedback: the terms that weigh most in the best first-pass
   * documents (weighted by those documents' scores) are added to the query, so that words the
   * need did not use but its likely answers share still count.
   */
  feedback(query: WeightedQuery, first: readonly ScoredId[]): Map<string, number> {
    const { docs, terms, weight } = this.ablations.prf;
    const index = this.index;
    const out = new Map(query);
    if (weight <= 0 || first.length === 0) return out;
    const top = first.slice(0, docs);
    const max = top[0].score || 1;
    const acc = new Map<string, number>();
    for (const d of top) {
      const dw = Math.exp((d.score - max) / Math.max(max * 0.1, 1e-9));
      const tf = this.engine.scorer.documentTerms(index, d.id);
      let norm = 0;
      for (const v of tf.values()) norm += v;
      for (const [t, v] of tf) {
        if (t.startsWith(GRAM_PREFIX)) continue;
        acc.set(t, (acc.get(t) ?? 0) + (dw * v * index.idf(t)) / Math.max(norm, 1));
      }
    }
    const best = [...acc].sort((a, b) => b[1] - a[1]).slice(0, terms);
    const top1 = best[0]?.[1] || 1;
    for (const [t, v] of best) out.set(t, (out.get(t) ?? 0) + (weight * v) / top1);
    return out;
  }

  /**
   * BM25F (with feedback when on), then, when the latent space is fitted, BM25F / best BM25F +
   * weight · cosine over the lexical pool joined with the nearest documents in the latent space.
   */
  rank(text: MatchText, opts: RankOptions): ScoredId[] {
    const index = this.index;
    const scorer = this.engine.scorer;
    const candidates = opts.candidates ? [...opts.candidates] : undefined;
    const top = (q: WeightedQuery, k: number) => scorer.top(q, index, candidates ?? index.containing(q.keys()), k);
    let query = this.engine.buildQuery(text);
    const { prf, lsa } = this.ablations;
    const useLsa = lsa.weight > 0 && this.semantic.fitted;
    const pool = Math.max(opts.k, prf.docs, useLsa ? lsa.lexicalPool : 0);
    let ranked = top(query, pool);
    if (prf.weight > 0 && ranked.length > 0) {
      query = this.feedback(query, ranked);
      ranked = top(query, pool);
    }
    if (!useLsa) return ranked.slice(0, opts.k);

    const qv = new Map<string, number>();
    for (const [t, w] of query) if (!t.startsWith(GRAM_PREFIX)) qv.set(t, w * index.idf(t));
    const sims = this.semantic.similarities(this.semantic.project(qv), candidates);
    const nearest = [...sims]
      .sort((a, b) => b[1] - a[1])
      .slice(0, lsa.pool)
      .map(([id]) => id);
    const lexical = new Map(ranked.map((r) => [r.id, r.score]));
    const missing = nearest.filter((id) => !lexical.has(id));
    if (missing.length) for (const [id, sc] of scorer.score(query, index, missing)) lexical.set(id, sc);
    const best = ranked[0]?.score || 1;
    const ids = new Set([...ranked.map((r) => r.id), ...nearest]);
    return [...ids]
      .map((id) => ({ id, score: (lexical.get(id) ?? 0) / best + lsa.weight * (sims.get(id) ?? 0) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, opts.k);
  }
}
