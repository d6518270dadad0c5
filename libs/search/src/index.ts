export { SearchModule } from './search.module.js';
export { MeilisearchIndex } from './meilisearch.index.js';
export {
  SearchIndex,
  type IndexSettings,
  type SearchFilter,
  type SearchRequest,
  type SearchResponse,
  type SearchHit,
  type PendingWrite,
} from './search-index.port.js';
export { compileFilter, quoteFilterValue } from './filter-syntax.js';
export { prepareQuery, queryWords, normalizeQuery, MAX_QUERY_WORDS, type PreparedQuery } from './query-terms.js';
export { SynonymService, SYNONYMS_QUEUE, type SynonymGroupInput } from './synonym.service.js';
export { SynonymGroup } from './synonym-group.entity.js';
export { synonymMap } from './synonyms.js';
export {
  SearchErrorCode,
  SearchUnavailableError,
  SynonymsInvalidError,
  SynonymsForbiddenError,
} from './search.errors.js';
