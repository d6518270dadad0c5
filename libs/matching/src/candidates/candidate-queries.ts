import type { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import type { MatchText } from '../ranking/listing-text.js';

/** Meilisearch reads only the first 10 words of a query. */
export const MAX_ENGINE_QUERY_WORDS = 10;

export interface CandidateQueryOptions {
  /** Words per window (≤ the engine's limit). */
  windowWords: number;
  /** How many keyword queries, each of `keywordsPerQuery` words, from the top TF-IDF words. */
  keywordQueries: number;
  keywordsPerQuery: number;
  /** Single-word queries for the most distinctive words. */
  wordQueries: number;
}

export const DEFAULT_CANDIDATE_QUERIES: CandidateQueryOptions = {
  windowWords: 0,
  keywordQueries: 2,
  keywordsPerQuery: 5,
  wordQueries: 16,
};

/**
 * The search-engine queries that together cover a whole need: one query per distinctive word
 * (TF × IDF, IDF from the matcher's corpus statistics) and its synonyms, queries of the most
 * distinctive words together, and optionally its words (stop words dropped, repeats kept once)
 * cut into consecutive windows that fit the engine's word limit. Every query lists its words
 * in decreasing weight.
 *
 * Why single words: Meilisearch never drops the first word of a query (`last` strategy) or
 * its rarest word (`frequency`), so a multi-word query only finds documents containing that
 * one word; single-word queries for the top words gave the right achievement in the pool for
 * 97.9 % of the dev needs against 12–27 candidates and ≤ 0.91 with windows alone.
 */
export function candidateQueries(
  tokenizer: ChineseTokenizer,
  /** The word's weight in the indexed corpus: its IDF, 0 when no listing contains it. */
  idf: (term: string) => number,
  text: MatchText,
  opts: CandidateQueryOptions = DEFAULT_CANDIDATE_QUERIES,
  /** Synonyms of a word: each distinctive word's synonyms are searched too. */
  synonymsOf: (word: string) => string[] = () => [],
): string[] {
  const size = Math.min(opts.windowWords, MAX_ENGINE_QUERY_WORDS);
  const words = [text.title ?? '', ...(text.keywords ?? []), text.description].flatMap((p) => tokenizer.words(p));
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const weight = new Map([...tf].map(([w, n]) => [w, n * idf(w)]));
  // A word no listing contains cannot find a candidate, and as the first word of a query it
  // would make the engine return nothing at all.
  const seen = new Set<string>();
  const unique = words.filter((w) => weight.get(w)! > 0 && (seen.has(w) ? false : (seen.add(w), true)));
  const byWeight = (a: string, b: string) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1);

  // Each window lists its words most distinctive first: with the engine's `last` strategy the
  // words it drops when too few documents match all of them are the least informative ones.
  const queries: string[] = [];
  for (let i = 0; size > 0 && i < unique.length; i += size)
    queries.push(
      unique
        .slice(i, i + size)
        .sort(byWeight)
        .join(' '),
    );
  const ranked = [...unique].sort(byWeight);
  const per = Math.min(opts.keywordsPerQuery, MAX_ENGINE_QUERY_WORDS);
  for (let q = 0; q < opts.keywordQueries && q * per < ranked.length; q++) {
    queries.push(ranked.slice(q * per, (q + 1) * per).join(' '));
  }
  for (const w of ranked.slice(0, opts.wordQueries)) queries.push(w, ...synonymsOf(w));
  return [...new Set(queries.filter(Boolean))];
}
