export { SearchModule } from './search.module.js';
export { SearchIndex, type IndexSettings, type SearchFilter, type SearchRequest, type SearchResponse, type SearchHit } from './search-index.port.js';
export { compileFilter, quoteFilterValue } from './filter-syntax.js';
