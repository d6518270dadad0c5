export { ChineseTokenizer, type TokenizerOptions } from './text/chinese-tokenizer.js';
export { SynonymTable } from './text/synonym-table.js';
export { DOMAIN_WORDS, SYNONYM_GROUPS } from './text/domain-dictionary.js';
export { STOP_WORDS } from './text/stop-words.js';
export { normalizeText } from './text/normalize.js';
export { Bm25fIndex, countTerms, type FieldTerms } from './index/bm25f-index.js';
export { Bm25fScorer, type FieldSpec, type WeightedQuery } from './index/bm25f-scorer.js';
export { rsjIdf, type CorpusView, type DocTerms } from './index/corpus-view.js';
export { MatchEngine, MATCH_FIELDS, type RankOptions } from './ranking/match-engine.js';
export type { ListingText, MatchText, ScoredId } from './ranking/listing-text.js';
export { SCORING, withOverrides, type ScoringWeights } from './ranking/scoring-weights.js';
export { splitAbstract, splitSentences, type AbstractHalves } from './evaluation/split-abstract.js';
export {
  parseCslKg,
  toAchievementAndNeed,
  type CslPaper,
  type EvalAchievement,
  type EvalNeed,
} from './evaluation/csl-dataset.js';
export { retrievalFigures, formatFigures, percentile, type RetrievalFigures } from './evaluation/retrieval-metrics.js';
export {
  candidateQueries,
  DEFAULT_CANDIDATE_QUERIES,
  MAX_ENGINE_QUERY_WORDS,
  type CandidateQueryOptions,
} from './candidates/candidate-queries.js';
export { gatherCandidates, type GatherOptions } from './candidates/candidate-gatherer.js';
// Evaluation only (scripts/eval-matching.ts): what was tried and left out of the production path.
export { AblationRanker, ABLATIONS, type AblationWeights } from './evaluation/ablations/ablation-ranker.js';
export { MatchingModule } from './matching.module.js';
export { MatchingService } from './service/matching.service.js';
export type { MatchFilter, MatchResult } from './service/match-result.js';
export {
  explainMatch,
  sharedKeyTerms,
  isDistinctiveTerm,
  SHARED_TERMS,
  structuredFit,
  structuredBonus,
  regionRelation,
  trlFit,
  type ListingFacts,
  type MatchExplanation,
} from './ranking/match-explanation.js';
export { highlightTerms } from './ranking/highlight-terms.js';
export { MatchingErrorCode, MatchingUnavailableError } from './matching.errors.js';
export { MATCH_ALERT } from './ranking/scoring-weights.js';
export { MatchAlertService, type AlertOutcome } from './alerts/match-alert.service.js';
export { MatchAlertHandler, MATCH_ALERTS_QUEUE } from './alerts/match-alert.handler.js';
export {
  MatchFeedbackService,
  MATCH_VERDICTS,
  type MatchVerdict,
  type MatchFeedbackInput,
  type MatchFeedbackView,
  type MatchmakingFigures,
} from './feedback/match-feedback.service.js';
export { MatchFeedbackNotPartyError } from './matching.errors.js';
