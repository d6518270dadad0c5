import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ListingDocument } from './listing-mapping.js';
import type { ListingKind } from './listing.types.js';

/** What a hook does in the transaction that completes a batch. */
export type IndexedListingsCommit = (em: EntityManager) => Promise<void>;

/**
 * Work another lib keeps in step with the search index (matching's term statistics), run by the
 * search indexer for every batch it applies: `prepare` while the engine applies the batch (the
 * costly part, outside any transaction), its commit in the transaction that completes the batch
 * and publishes `listing.indexed`: what the event announces is then true of the hook's data too.
 */
export interface IndexedListingsHook {
  readonly name: string;
  /**
   * `published`: the listings of the batch published now, as their search documents; `removed`:
   * ids of the batch that are not published now. The commit must be idempotent (a batch may run
   * again), safe beside other workers applying other batches of the same kind, and correct when
   * other commits ran between prepare and it.
   */
  prepare(
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<IndexedListingsCommit>;
}

/** The hooks registered at module init (the listings lib names none of them). */
@Injectable()
export class ListingIndexHooks {
  private readonly hooks: IndexedListingsHook[] = [];

  register(hook: IndexedListingsHook): void {
    if (!this.hooks.some((h) => h.name === hook.name)) this.hooks.push(hook);
  }

  /** Prepares every hook for a batch; the commit runs theirs in order. */
  async prepare(
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<IndexedListingsCommit> {
    const commits = await Promise.all(this.hooks.map((h) => h.prepare(kind, published, removed)));
    return async (em) => {
      for (const c of commits) await c(em);
    };
  }
}
