import { Injectable } from '@nestjs/common';
import { SynonymService } from '../../../search/src/index.js';
import { MatchEngine } from '../ranking/match-engine.js';
import { SCORING } from '../ranking/scoring-weights.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { SYNONYM_GROUPS } from '../text/domain-dictionary.js';
import { buildAnalysis } from '../terms/term-analysis.js';
import { SynonymTable } from '../text/synonym-table.js';

/**
 * The matcher's text analysis, shared by the indexing hook and match requests: one jieba
 * tokenizer per process (its dictionary takes a few hundred milliseconds to load), built from
 * code only (domain words, the built-in synonym groups), so every process analyses a text
 * alike. No corpus: statistics are read from PostgreSQL per request.
 */
@Injectable()
export class MatchAnalyzer {
  private readonly built = buildAnalysis();
  readonly tokenizer: ChineseTokenizer = this.built.tokenizer;
  /** Analysis only (stored terms do not depend on the synonym table). */
  readonly analysis: MatchEngine = this.built.engine;

  constructor(private readonly synonymService: SynonymService) {}

  /**
   * An engine for one request, with the synonym table as it is now (built-in groups and the
   * platform admin's, read per request so that every process expands a query alike).
   */
  async engine(): Promise<MatchEngine> {
    const synonyms = new SynonymTable(SYNONYM_GROUPS);
    for (const g of await this.synonymService.list()) synonyms.addGroup(g.terms);
    return new MatchEngine(this.tokenizer, synonyms, SCORING);
  }
}
