import { Module } from '@nestjs/common';
import { ListingsModule } from '../../listings/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { matchingErrorStatus } from './matching.errors.js';
import { ListingCorpus } from './service/listing-corpus.js';
import { MatchingService } from './service/matching.service.js';

registerErrorStatuses(matchingErrorStatus);

/** Need ↔ achievement matching (SearchModule, for the SearchIndex port, is global). */
@Module({
  imports: [ListingsModule, ReferenceModule],
  providers: [ListingCorpus, MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
