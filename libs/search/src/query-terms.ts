import jiebaPkg from '@node-rs/jieba';
import dictPkg from '@node-rs/jieba/dict.js';

/** Meilisearch only looks at the first 10 words of a query (its documented limit). */
export const MAX_QUERY_WORDS = 10;

const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '及其',
  '或',
  '等',
  '在',
  '是',
  '对',
  '把',
  '被',
  '为',
  '于',
  '以',
  '并',
  '且',
  '上',
  '中',
  '下',
  '一种',
  '一个',
  '有关',
  '关于',
  '进行',
  '通过',
  '我们',
  '需要',
  '寻求',
  '求',
  '请问',
  '有没有',
  '相关',
  '以及',
  '方面',
  '如何',
  '什么',
  '哪些',
  '哪里',
  '能否',
  '是否',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'to',
]);
const HAN = /\p{Script=Han}/u;
const WORDISH = /[\p{L}\p{N}]/u;

let segmenter: { cut(text: string, hmm?: boolean): string[] } | undefined;
function cut(text: string): string[] {
  segmenter ??= jiebaPkg.Jieba.withDict(dictPkg.dict);
  return segmenter.cut(text, true);
}

export interface PreparedQuery {
  /** What is sent to the engine. */
  q: string;
  /** The words the query was read as (after segmentation, stop words kept when they fit). */
  terms: string[];
  /** True when words had to be dropped to stay within MAX_QUERY_WORDS. */
  truncated: boolean;
}

/** NFKC, no control characters, single spaces. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query as the engine will count them: Han runs segmented, other tokens by space. */
export function queryWords(q: string): string[] {
  const words: string[] = [];
  for (const token of normalizeQuery(q).split(' ')) {
    if (!token) continue;
    const parts = HAN.test(token) ? cut(token) : [token];
    for (const p of parts) if (WORDISH.test(p)) words.push(p.trim());
  }
  return words.filter(Boolean);
}

/**
 * Keeps a long query useful despite the 10-word limit: instead of the engine silently using the
 * first ten words (often particles such as 的/和), stop words and single Han characters are
 * dropped first, then the first ten remaining words are kept, in their original order.
 */
export function prepareQuery(raw: string, maxWords = MAX_QUERY_WORDS): PreparedQuery {
  const q = normalizeQuery(raw);
  const words = queryWords(q);
  if (words.length <= maxWords) return { q, terms: words, truncated: false };
  const informative = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !(HAN.test(w) && [...w].length === 1));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const w of informative) {
    if (seen.has(w)) continue;
    seen.add(w);
    kept.push(w);
    if (kept.length === maxWords) break;
  }
  return { q: kept.join(' '), terms: kept, truncated: true };
}
