import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListingStore } from './listing-store.js';
import { ListingRepository } from './listing.repository.js';

/**
 * A bulk load's listings as a query (ListingPublication.publishFrom): `sql` is a SELECT with
 * `params` as $1…$n, yielding one row per listing with the columns PUBLISHED_COLUMNS of the kind
 * in their table types — org_id, created_by (uuid), title, description, keywords (text[]),
 * tech_field_code, region_code, contact_name, contact_phone; an achievement's registry_number,
 * achievement_type, trl, transfer_modes (text[]), price_fen (bigint), negotiable; a need's
 * industry, budget_min_fen, budget_max_fen (bigint), deadline (date), cooperation_modes (text[])
 * — and `ord`, the order they are inserted and announced in. The table's constraints hold for
 * them (the caller validated the rows as the listing form does; owners exist and are verified).
 */
export interface PublishedListingSource {
  sql: string;
  params: unknown[];
}

/**
 * Listings that enter the market already published, in the caller's transaction: a bureau's
 * bulk import of its register (the bureau vouches for it, so it stands as the review). They get
 * what a publication through submit or review gets: status, submitted/published/reviewed
 * stamps from the database clock, a version, and the same `listing.changed` event, so nothing
 * downstream can tell an imported listing from a published one — except that the event says
 * `bulk`, so match alerts run in the background (a 100 k-row register is about an hour of
 * matching), after everyone else's work.
 *
 * Rows and events are one statement (issue 21, imports near COPY): the caller stages its rows
 * (COPY into a temporary table) and hands over the SELECT; no row passes through JavaScript
 * and no value is bound per row (an entity insert bound ~25 parameters a row: 113 µs of the
 * ~200 µs an imported achievement cost).
 */
@Injectable()
export class ListingPublication {
  constructor(
    private readonly store: ListingStore,
    private readonly listings: ListingRepository,
  ) {}

  /** Inserts the source's listings published, with their `listing.changed`; answers how many. */
  publishFrom(
    em: EntityManager,
    kind: 'need' | 'achievement',
    reviewerId: string,
    source: PublishedListingSource,
  ): Promise<number> {
    return this.store.indexChangedFrom(em, this.listings.publishedInsert(kind, reviewerId, source));
  }
}
