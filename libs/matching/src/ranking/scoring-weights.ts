/**
 * Every weight of the matching score, in one place.
 *
 * How they were chosen: from the standard values of the literature first (BM25 k1 = 1.2,
 * b = 0.75; BM25F field boosts), then checked one at a time on kg-dev.tsv with protocol
 * "split-abstract" (scripts/eval-matching.ts, `--set name=value`), keeping a change only when
 * it helped on principle (e.g. "a keyword the author chose is stronger evidence than a word of
 * the description") and moved recall by more than noise. No value was fitted to single rows;
 * the held-back split checks that the figures carry over. The step-by-step figures are in
 * libs/matching/README.md; what was tried and left out (PRF, LSA, a general-language rarity
 * prior) has its own weights in src/evaluation/ablations.
 */
export const SCORING = {
  /** BM25 term-frequency saturation. */
  k1: 1.2,
  /** Query-term-frequency saturation (BM25's k3): a word repeated in a need counts, but less each time. */
  k3: 8,
  /** BM25F field boosts and length normalisation. */
  fields: {
    title: { weight: 2.0, b: 0.5 },
    keywords: { weight: 2.0, b: 0.3 },
    description: { weight: 1.0, b: 0.75 },
    /** Character bigrams of every field: back-off for compounds the dictionary splits differently. */
    grams: { weight: 1.0, b: 0.75 },
  },
  /** Weight of a query's character-bigram terms relative to its word terms (0 = off). */
  gramWeight: 0.3,
  /** Weight of a synonym-table expansion relative to the term it came from. */
  synonymWeight: 0.6,
  /**
   * Structured factors, added to the text score divided by the best text score of the request
   * (so the best text match has 1). Not measurable on the paper corpus (no such fields): set
   * by judgement as tie-breakers, together at most 0.25, so that they reorder texts that are
   * about equally close but never lift an unrelated listing over a related one.
   */
  structured: {
    sameTechField: 0.08,
    modeMatch: 0.05,
    withinBudget: 0.04,
    trlReady: 0.03,
    sameCity: 0.05,
    sameProvince: 0.02,
  },
};

export type ScoringWeights = typeof SCORING;

/**
 * Match alerts (a newly published listing tells the owners of existing listings of the other
 * kind): a pair is alerted when it is among the new listing's best `maxPerListing` matches by
 * the score above AND its cosine similarity (MatchEngine.similarity: log-tf · idf word
 * vectors, in [0, 1], unlike the BM25F score not relative to the request) is at least
 * `minSimilarity`.
 *
 * How minSimilarity was chosen: on kg-dev.tsv with protocol "split-abstract" (the two halves
 * of one abstract are the true pair), in memory over the 1000 achievements, the similarity of
 * every true pair and of every other listing in each need's top 10 (libs/matching/README.md,
 * "Alert threshold"). An alert is a mail, so precision comes first: 0.2 keeps 84 % of the true
 * pairs and lets through 0.17 other listings per publication (0.15: 90 % and 0.50; 0.25: 78 %
 * and 0.08). A round value on that curve, not fitted to rows. maxPerListing bounds the mail
 * one publication can cause.
 */
export const MATCH_ALERT = { minSimilarity: 0.2, maxPerListing: 10 };

/**
 * A copy of `base` with dotted-path overrides (`{ 'fields.title.weight': 1.5 }`), for ablations in
 * the evaluation script. Unknown paths are refused so a typo cannot silently change nothing.
 */
export function withOverrides<T extends object>(base: T, overrides: Record<string, number>): T {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(overrides)) {
    const keys = path.split('.');
    let node = copy;
    for (const k of keys.slice(0, -1)) {
      if (typeof node[k] !== 'object' || node[k] === null) throw new Error(`unknown scoring weight ${path}`);
      node = node[k] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (typeof node[last] !== 'number') throw new Error(`unknown scoring weight ${path}`);
    node[last] = value;
  }
  return copy as unknown as T;
}
