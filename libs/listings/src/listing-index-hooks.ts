import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ListingDocument } from './listing-mapping.js';
import type { ListingKind } from './listing.types.js';

/**
 * Work another lib keeps in step with the search index (matching's term statistics), run by the
 * search indexer for every batch it applies, in the transaction that completes the batch and
 * publishes `listing.indexed`: what the event announces is then true of the hook's data too.
 */
export interface IndexedListingsHook {
  readonly name: string;
  /**
   * `published`: the listings of the batch published now, as their search documents; `removed`:
   * ids of the batch that are not published now. Must be idempotent (a batch may run again) and
   * safe beside other workers applying other batches of the same kind.
   */
  apply(
    em: EntityManager,
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<void>;
}

/** The hooks registered at module init (the listings lib names none of them). */
@Injectable()
export class ListingIndexHooks {
  private readonly hooks: IndexedListingsHook[] = [];

  register(hook: IndexedListingsHook): void {
    if (!this.hooks.some((h) => h.name === hook.name)) this.hooks.push(hook);
  }

  async apply(
    em: EntityManager,
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<void> {
    for (const h of this.hooks) await h.apply(em, kind, published, removed);
  }
}
