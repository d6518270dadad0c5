import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { toDocument, type ListingDocument, type ListingRow, type ListingView } from './listing-mapping.js';
import { ENTITY_OF, ListingStore, TABLE_OF } from './listing-store.js';
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
    private readonly store: ListingStore,
    private readonly listings: ListingsService,
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
    if (ids.length === 0) return [];
    const rows = await em.getRepository(ENTITY_OF[kind]).findBy({ id: In(ids), status: 'published' } as never);
    return this.documents(em, kind, rows);
  }

  private async documents(em: EntityManager, kind: ListingKind, rows: ListingRow[]): Promise<ListingDocument[]> {
    const owners = await this.store.owners(
      em,
      rows.map((r) => r.orgId),
    );
    const ancestry = await this.store.regionAncestry(
      em,
      rows.map((r) => r.regionCode),
    );
    return rows.map((r) => toDocument(kind, r, owners.get(r.orgId)!, ancestry.get(r.regionCode) ?? []));
  }

  /** Every published listing of a kind, in batches ordered by id (keyset paging, no long transaction). */
  async *iteratePublished(kind: ListingKind, batchSize = 500): AsyncGenerator<ListingDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids: { id: string }[] = await this.ds.query(
        `SELECT id FROM ${TABLE_OF[kind]} WHERE status = 'published' AND id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (ids.length === 0) return;
      after = ids[ids.length - 1]!.id;
      const docs = await this.publishedDocuments(
        kind,
        ids.map((r) => r.id),
      );
      if (docs.length) yield docs;
    }
  }

  /** Ids of listings of a kind changed since `since` (reindex catch-up after the swap). */
  async changedSince(kind: ListingKind, since: Date): Promise<{ id: string; version: number }[]> {
    return this.ds.query(`SELECT id, version FROM ${TABLE_OF[kind]} WHERE updated_at >= $1`, [since]);
  }
}
