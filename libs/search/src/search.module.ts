import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeilisearchIndex } from './meilisearch.index.js';
import { SearchIndex } from './search-index.port.js';
import { SynonymGroup } from './synonym-group.entity.js';
import { SynonymService } from './synonym.service.js';
import { SynonymRepository } from './synonym.repository.js';

/**
 * Provides the SearchIndex port, backed by Meilisearch, and the synonym table. The synonym
 * service queues its pushes as jobs, so JobsModule (global) must be imported by the app.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SynonymGroup])],
  providers: [
    MeilisearchIndex,
    { provide: SearchIndex, useExisting: MeilisearchIndex },
    SynonymRepository,
    SynonymService,
  ],
  exports: [SearchIndex, SynonymService],
})
export class SearchModule {}
