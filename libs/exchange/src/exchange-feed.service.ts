import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ListingReader, LISTING_KINDS, type ListingDocument, type ListingKind } from '../../listings/src/index.js';
import { AuthConfig, ExchangeConfig } from '../../shared/config/index.js';
import type { ExchangeFeedItem, ExchangeFeedPage, ExchangeListing } from './exchange.types.js';
import { CursorCodec, type FeedPosition } from './sync-cursor.js';

export interface FeedQuery {
  updatedSince?: Date;
  cursor?: string;
  limit: number;
  kind?: ListingKind;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A published, public listing as partners receive it (search document minus index-only fields). */
export function toExchangeListing(doc: ListingDocument, updatedAt: string): ExchangeListing {
  const { status: _status, audience: _audience, regionCodes: _regionCodes, publishedAt, orgId, orgName, ...rest } = doc;
  return {
    ...rest,
    deleted: false,
    updatedAt,
    publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
    orgId: orgId ?? null,
    orgName: orgName ?? null,
  };
}

/**
 * Incremental sync for partners: every listing that was ever published, in (updated_at, id)
 * order, as its public content when it is published and public now, else as a tombstone so the
 * partner deletes its copy. Keyset paging with signed cursors.
 */
@Injectable()
export class ExchangeFeedService {
  private readonly cursors: CursorCodec;

  constructor(
    private readonly ds: DataSource,
    private readonly reader: ListingReader,
    private readonly cfg: ExchangeConfig,
    auth: AuthConfig,
  ) {
    this.cursors = new CursorCodec(createHash('sha256').update(`exchange-cursor:${auth.jwtSecret}`).digest());
  }

  /** Public documents of the listings among ids that partners may hold (published and public now). */
  async exposedDocuments(
    kind: ListingKind,
    ids: string[],
    em: EntityManager = this.ds.manager,
  ): Promise<Map<string, ListingDocument>> {
    const docs = await this.reader.publishedDocuments(kind, ids, em);
    return new Map(docs.filter((d) => d.audience === 'public').map((d) => [d.id, d]));
  }

  async page(q: FeedQuery): Promise<ExchangeFeedPage> {
    const after: FeedPosition = q.cursor
      ? this.cursors.decode(q.cursor)
      : { updatedAt: (q.updatedSince ?? new Date(0)).toISOString().replace('Z', '000Z'), id: NIL_UUID };
    const kinds = q.kind ? [q.kind] : [...LISTING_KINDS];
    const rows = await this.reader.changedAfter(kinds, after, this.cfg.syncLagMs, q.limit + 1);
    const hasMore = rows.length > q.limit;
    const pageRows = rows.slice(0, q.limit);
    const docs = new Map<string, ListingDocument>();
    for (const kind of kinds) {
      const ids = pageRows.filter((r) => r.kind === kind).map((r) => r.id);
      if (ids.length) for (const [id, d] of await this.exposedDocuments(kind, ids)) docs.set(id, d);
    }
    const items: ExchangeFeedItem[] = pageRows.map((r) => {
      const doc = docs.get(r.id);
      // The row's own version: the document may be a moment newer than the row we ordered by.
      return doc
        ? toExchangeListing(doc, r.updated)
        : { id: r.id, kind: r.kind, deleted: true, version: r.version, updatedAt: r.updated };
    });
    const last = pageRows[pageRows.length - 1];
    const nextCursor = this.cursors.encode(last ? { updatedAt: last.updated, id: last.id } : after);
    return { items, nextCursor, hasMore };
  }
}
