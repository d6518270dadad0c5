import { Global, Module } from '@nestjs/common';
import { MeilisearchIndex } from './meilisearch.index.js';
import { SearchIndex } from './search-index.port.js';

/** Provides the SearchIndex port, backed by Meilisearch. */
@Global()
@Module({
  providers: [MeilisearchIndex, { provide: SearchIndex, useExisting: MeilisearchIndex }],
  exports: [SearchIndex],
})
export class SearchModule {}
