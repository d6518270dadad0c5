import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { toDocument, type ListingDocument, type ListingRow, type ListingView } from './listing-mapping.js';
import { ListingRepository, type ListingStamp } from './listing.repository.js';
import type { ListingKind } from './listing.types.js';
import { ListingsService } from './listings.service.js';

/**
 * The read API other libs use (matching, brokerage): a listing as the caller may see it, and
 * the published set as index documents (anonymous needs without the organisation).
 */
@Injectable()
export class ListingReader {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ListingRepository,
    private readonly listings: ListingsService,
    private readonly directory: OrgDirectoryService,
    private readonly regions: RegionService,
  ) {}

  /** The listing if `principal` may see it (published and visible, or own/bureau/admin); else LISTING_NOT_FOUND. */
  getVisible(kind: ListingKind, id: string, principal: Principal | undefined): Promise<ListingView> {
    return this.listings.get(kind, id, principal);
  }

  /** Index documents of the listings among `ids` that are published now. */
  async publishedDocuments(
    kind: ListingKind,
    ids: string[],
    em: EntityManager = this.ds.manager,
  ): Promise<ListingDocument[]> {
    const rows = await this.repo.published(em, kind, ids);
    return this.documents(em, kind, rows);
  }

  private async documents(em: EntityManager, kind: ListingKind, rows: ListingRow[]): Promise<ListingDocument[]> {
    if (rows.length === 0) return [];
    const owners = await this.directory.summaries(
      rows.map((r) => r.orgId),
      em,
    );
    // The region and its ancestors (reference's RegionService, from memory), so a search scoped to a city finds its counties' listings.
    return rows.map((r) => toDocument(kind, r, owners.get(r.orgId)!, this.regions.lineage(r.regionCode)));
  }

  /** Every published listing of a kind, in batches ordered by id (keyset paging, no long transaction). */
  async *iteratePublished(kind: ListingKind, batchSize = 500): AsyncGenerator<ListingDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await this.repo.publishedIdsAfter(this.ds.manager, kind, after, batchSize);
      if (ids.length === 0) return;
      after = ids[ids.length - 1]!;
      const docs = await this.publishedDocuments(kind, ids);
      if (docs.length) yield docs;
    }
  }

  /** Ids of listings of a kind changed since `since` (reindex catch-up after the swap). */
  async changedSince(kind: ListingKind, since: Date): Promise<{ id: string; version: number }[]> {
    return this.repo.changedSince(this.ds.manager, kind, since);
  }

  /** The listing's version and update time (UTC text with microseconds), in the caller's transaction. */
  stamp(kind: ListingKind, id: string, em: EntityManager = this.ds.manager): Promise<ListingStamp | undefined> {
    return this.repo.stamp(em, kind, id);
  }

  /**
   * The change feed: listings ever published, changed after `after` (updatedAt as UTC text with
   * microseconds, id) and at least `lagMs` ago, in (updated_at, id) order.
   */
  changedAfter(
    kinds: readonly ListingKind[],
    after: { updatedAt: string; id: string },
    lagMs: number,
    limit: number,
  ): Promise<ListingStamp[]> {
    return this.repo.changedAfter(this.ds.manager, kinds, after, lagMs, limit);
  }

  /** The owner organisation of a listing that is published now, in the caller's transaction. */
  publishedOwner(kind: ListingKind, id: string, em: EntityManager = this.ds.manager): Promise<string | undefined> {
    return this.repo.publishedOwner(em, kind, id);
  }

  /**
   * Listing id → owner organisation, for the listings among `ids` published and still open on
   * `today` (a China date; needs and challenges close after their deadline day).
   */
  openOwners(
    kind: ListingKind,
    ids: string[],
    today: string,
    em: EntityManager = this.ds.manager,
  ): Promise<Map<string, string>> {
    return this.repo.openOwners(em, kind, ids, today);
  }
}
