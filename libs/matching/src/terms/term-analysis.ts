import { MatchEngine } from '../ranking/match-engine.js';
import type { ListingText } from '../ranking/listing-text.js';
import { SCORING } from '../ranking/scoring-weights.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { DOMAIN_WORDS, SYNONYM_GROUPS } from '../text/domain-dictionary.js';
import { SynonymTable } from '../text/synonym-table.js';
import { encodeAnalysed, type AnalysedTerms } from './term-statistics.rules.js';

/** What the analysis reads of a listing (its search document holds more). */
export type AnalysedText = Omit<ListingText, 'id'>;

/**
 * The analysis behind the stored terms, built from code only (domain words, the built-in synonym
 * groups), so that every process and every analysis thread analyses a text alike. Its jieba
 * dictionary takes a few hundred milliseconds to load: built once per thread.
 */
export function buildAnalysis(): { tokenizer: ChineseTokenizer; builtIn: SynonymTable; engine: MatchEngine } {
  const builtIn = new SynonymTable(SYNONYM_GROUPS);
  const tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...builtIn.terms()] });
  return { tokenizer, builtIn, engine: new MatchEngine(tokenizer, builtIn, SCORING) };
}

/** Each listing's analysed terms, with their stored form as JSON (the same order as `texts`). */
export function analyseTexts(engine: MatchEngine, texts: readonly AnalysedText[]): AnalysedTerms[] {
  return texts.map((t) =>
    encodeAnalysed(engine.docTerms({ title: t.title, keywords: t.keywords, description: t.description })),
  );
}
