export { ListingsModule } from './listings.module.js';
export { ListingsService, type ListFilter } from './listings.service.js';
export {
  ChallengeApplicationService,
  type ApplicationInput,
  type ApplicationView,
} from './challenge-application.service.js';
export { ListingReader } from './listing-reader.js';
export type { ListingStamp } from './listing.repository.js';
export { ListingIndexer, SEARCH_INDEX_QUEUE } from './listing-indexer.js';
export { listingIndexSettings, FILTERABLE_ATTRIBUTES } from './listing-index.settings.js';
export { ListingIndexHooks, type IndexedListingsCommit, type IndexedListingsHook } from './listing-index-hooks.js';
export { ListingDeadlines } from './listing-deadlines.js';
export { ListingPublication, type PublishedListingSource } from './listing-publication.js';
export {
  ListingSearchService,
  buildListingFilter,
  SEARCH_SORTS,
  FACETS,
  type SearchSort,
  type ListingSearchQuery,
  type ListingSearchResult,
  type ListingSearchItem,
} from './listing-search.service.js';
export type { ListingView, ListingDocument } from './listing-mapping.js';
export type { ListingInput, NeedInput, AchievementInput, ChallengeInput } from './listing-input.js';
export * from './listing.types.js';
export { ListingsErrorCode } from './listings.errors.js';
export { TechNeed } from './tech-need.entity.js';
export { Achievement, type IpItem, type TeamMember } from './achievement.entity.js';
export { Challenge } from './challenge.entity.js';
export { ChallengeApplication } from './challenge-application.entity.js';
export {
  LISTING_CHANGED,
  LISTING_INDEXED,
  LISTING_REVIEWED,
  CHALLENGE_APPLIED,
  CHALLENGE_AWARDED,
  listingEventKey,
  listingOfEvent,
  type ListingChangedEvent,
  type ListingIndexedEvent,
  type ListingReviewedEvent,
  type ChallengeApplicationEvent,
} from './listing.events.js';
export { ListingFactsReader } from './listing-facts.js';
export { ListingNotFoundError, ListingNotOwnerError, ListingReviewOutOfRegionError } from './listings.errors.js';
