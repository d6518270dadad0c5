import jiebaPkg, { type Jieba } from '@node-rs/jieba';
import dictPkg from '@node-rs/jieba/dict.js';
import { cjkRuns, isCjkOnly, isWordlike, normalizeText } from './normalize.js';
import { STOP_WORDS } from './stop-words.js';

export interface TokenizerOptions {
  /** Extra dictionary words (domain vocabulary, synonym-table terms). */
  userWords?: readonly string[];
  stopWords?: ReadonlySet<string>;
}

/** A frequency high enough that jieba prefers the user word over splitting it. */
const USER_WORD_FREQ = 20_000;
const PURE_NUMBER = /^[\d.,%]+$/;

/**
 * Chinese (and mixed Latin) tokenisation with jieba and its bundled dictionary. Loading the
 * dictionary takes a few hundred milliseconds, so one instance is shared per process.
 */
export class ChineseTokenizer {
  private readonly jieba: Jieba;
  private readonly stopWords: ReadonlySet<string>;

  constructor(opts: TokenizerOptions = {}) {
    this.jieba = jiebaPkg.Jieba.withDict(dictPkg.dict);
    const words = (opts.userWords ?? []).map(normalizeText).filter((w) => w.length > 1 && !/\s/.test(w));
    if (words.length) this.jieba.loadDict(Buffer.from(words.map((w) => `${w} ${USER_WORD_FREQ}`).join('\n')));
    this.stopWords = opts.stopWords ?? STOP_WORDS;
  }

  /** The underlying jieba instance (for TF-IDF keyword extraction). */
  get engine(): Jieba {
    return this.jieba;
  }

  isStopWord(token: string): boolean {
    return this.stopWords.has(token);
  }

  /**
   * A token worth indexing: has a letter or digit, is no stop word and is no bare number. Nor does
   * it start with '#': the matcher's character-bigram terms do, in the same statistics. Nor does it
   * hold white space: the stored terms are separated by a space (term-statistics.rules.ts).
   */
  keep(token: string): boolean {
    return (
      isWordlike(token) &&
      !token.startsWith('#') &&
      !/\s/.test(token) &&
      !this.stopWords.has(token) &&
      !PURE_NUMBER.test(token)
    );
  }

  /**
   * Index/query terms: search-mode cut (a compound and its dictionary parts, so 锂离子电池 also
   * matches 电池), normalised, stop words dropped.
   */
  terms(text: string): string[] {
    return this.jieba
      .cutForSearch(normalizeText(text), true)
      .map((t) => t.trim())
      .filter((t) => t && this.keep(t));
  }

  /** Precise-mode words in text order, stop words dropped (query windows, keywords). */
  words(text: string): string[] {
    return this.jieba
      .cut(normalizeText(text), true)
      .map((t) => t.trim())
      .filter((t) => t && this.keep(t));
  }

  /**
   * Character bigrams of every CJK run: the back-off for compounds the dictionary does not
   * know, so that an unknown 7-character term still shares evidence with its parts.
   */
  charBigrams(text: string): string[] {
    const out: string[] = [];
    for (const run of cjkRuns(normalizeText(text))) {
      if (run.length === 1) continue;
      for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
    }
    return out.filter((g) => isCjkOnly(g));
  }
}
