import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus, type EventSource } from '../../shared/jobs/index.js';
import {
  CHALLENGE_APPLIED,
  CHALLENGE_AWARDED,
  LISTING_CHANGED,
  LISTING_REVIEWED,
  listingEventKey,
  type ChallengeApplicationEvent,
  type ListingChangedEvent,
  type ListingReviewedEvent,
} from './listing.events.js';
import type { ListingKind } from './listing.types.js';

/** The events of listing changes: `listing.changed`, `listing.reviewed`, `challenge.*` (rows themselves: ListingRepository). */
@Injectable()
export class ListingStore {
  constructor(private readonly events: EventBus) {}

  /** Publishes `listing.changed` for one listing (what is published about it may have changed). */
  async indexChanged(em: EntityManager, kind: ListingKind, id: string, version: number): Promise<void> {
    await this.indexChangedMany(em, kind, [{ id, version }]);
  }

  /**
   * Publishes `listing.changed` in the caller's transaction, for every path that changes what is
   * published (ListingsService, awards, deadlines, bulk import). The listings lib names no
   * consumer here: its own search indexer, the exchange feed and whoever else subscribes hear
   * it. `bulk` (an import of thousands of rows) tells subscribers they may take it as
   * background work (match alerts: ~40 ms each, run after the work of people using the market).
   */
  async indexChangedMany(
    em: EntityManager,
    kind: ListingKind,
    listings: { id: string; version: number }[],
    options: { bulk?: boolean } = {},
  ): Promise<void> {
    await this.events.publish(
      em,
      LISTING_CHANGED,
      listings.map(({ id, version }) => {
        const payload: ListingChangedEvent = { kind, id, version, ...(options.bulk ? { bulk: true } : {}) };
        return { key: listingEventKey(kind, id), payload: { ...payload } };
      }),
    );
  }

  /**
   * Publishes `listing.changed` for each row `inserted` returns (ListingRepository.publishedInsert,
   * a bulk import's rows as one statement, run together with the events' insert). Answers how many.
   */
  indexChangedFrom(em: EntityManager, inserted: EventSource): Promise<number> {
    return this.events.publishFrom(em, LISTING_CHANGED, inserted);
  }

  /** Publishes `listing.reviewed`: the review decision on a submitted listing. */
  async reviewed(em: EntityManager, e: ListingReviewedEvent): Promise<void> {
    await this.events.publish(em, LISTING_REVIEWED, { key: listingEventKey(e.kind, e.id), payload: { ...e } });
  }

  /** Publishes `challenge.applied` or `challenge.awarded` (揭榜挂帅). */
  async challenge(
    em: EntityManager,
    topic: typeof CHALLENGE_APPLIED | typeof CHALLENGE_AWARDED,
    e: ChallengeApplicationEvent,
  ): Promise<void> {
    await this.events.publish(em, topic, { key: listingEventKey('challenge', e.challengeId), payload: { ...e } });
  }
}
