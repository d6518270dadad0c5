import dictPkg from '@node-rs/jieba/dict.js';

/** Median IDF of jieba's table (≈ 12); a word it does not know counts as this rare. */
const UNKNOWN_IDF = 12;
const REFERENCE_IDF = 10;

/**
 * How rare a word is in general Chinese, from the IDF table bundled with jieba (computed on a
 * large general corpus). A market holds a few thousand listings: its own document
 * frequencies are noisy, and a generic word (可行性, 应用) that happens to be rare in it would
 * otherwise weigh like a technical term. `factor` is a multiplicative prior on the corpus IDF.
 */
export class GlobalTermRarity {
  private readonly idf = new Map<string, number>();

  constructor(table: Uint8Array = dictPkg.idf) {
    const text = Buffer.from(table).toString('utf8');
    for (const line of text.split('\n')) {
      const sp = line.lastIndexOf(' ');
      if (sp > 0) this.idf.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
  }

  /** (global IDF / reference)^exponent: below 1 for generic words, above 1 for rare ones. */
  factor(term: string, exponent: number): number {
    if (exponent === 0) return 1;
    const g = this.idf.get(term) ?? UNKNOWN_IDF;
    return Math.pow(Math.max(g, 0.5) / REFERENCE_IDF, exponent);
  }
}
