import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LISTING_CHANGED, listingOfEvent, type ListingKind } from '../../listings/src/index.js';
import { EventBus, JobQueue, type Job, type JobHandler } from '../../shared/jobs/index.js';
import { ExchangeFeedService, toExchangeListing } from './exchange-feed.service.js';
import type { ExchangeFeedItem } from './exchange.types.js';
import { nextAnnouncement, type Announced } from './listing-announcement.js';
import { WEBHOOK_QUEUE } from './webhook-dispatcher.js';

/** The exchange feed's queue (a subscriber of `listing.changed`). */
export const LISTING_FEED_QUEUE = 'exchange.listing-feed';

const TABLE_OF: Record<ListingKind, string> = { need: 'tech_need', achievement: 'achievement', challenge: 'challenge' };

/**
 * Turns `listing.changed` into webhook deliveries. It compares the listing's current state with
 * what partners were last told (exchange_listing_announced, locked in the same transaction as the
 * delivery rows and their jobs it writes), so a redelivered event writes nothing.
 */
@Injectable()
export class ListingEventHandler implements JobHandler, OnModuleInit {
  readonly queue = LISTING_FEED_QUEUE;

  constructor(
    private readonly ds: DataSource,
    private readonly events: EventBus,
    private readonly jobs: JobQueue,
    private readonly feed: ExchangeFeedService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe([LISTING_CHANGED], this);
  }

  async handle(jobs: Job[]): Promise<void> {
    for (const j of jobs) {
      const listing = listingOfEvent(j.payload);
      if (listing) await this.announce(listing.kind, listing.id);
    }
  }

  /** Writes the event the listing's state calls for (one delivery per subscription); returns it. */
  async announce(kind: ListingKind, id: string): Promise<string | null> {
    return this.ds.transaction(async (em) => {
      // Serialises announcements of one listing (the job queue already runs one job per key at a time; this covers any other caller).
      await em.query(
        `INSERT INTO exchange_listing_announced (kind, listing_id, state, version) VALUES ($1, $2, 'withdrawn', 0) ON CONFLICT DO NOTHING`,
        [kind, id],
      );
      const [last]: Announced[] = await em.query(
        `SELECT state, version FROM exchange_listing_announced WHERE kind = $1 AND listing_id = $2 FOR UPDATE`,
        [kind, id],
      );
      const [row]: { version: number; updated: string }[] = await em.query(
        `SELECT version, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated FROM ${TABLE_OF[kind]} WHERE id = $1`,
        [id],
      );
      const doc = row ? (await this.feed.exposedDocuments(kind, [id], em)).get(id) : undefined;
      // A placeholder row (version 0, never announced) means partners were told nothing yet.
      const previous = last && last.version > 0 ? last : null;
      const next = nextAnnouncement(row ? { exposed: !!doc, version: row.version } : null, previous);
      if (!next) return null;
      await em.query(
        `UPDATE exchange_listing_announced SET state = $3, version = $4, announced_at = now() WHERE kind = $1 AND listing_id = $2`,
        [kind, id, next.state, next.version],
      );
      const hooks: { id: string }[] = await em.query(
        `SELECT id FROM exchange_webhook WHERE disabled_at IS NULL AND $1 = ANY(events)`,
        [next.event],
      );
      const occurredAt = new Date().toISOString();
      const updatedAt = row?.updated ?? occurredAt;
      const listing: ExchangeFeedItem = doc
        ? toExchangeListing(doc, updatedAt)
        : { id, kind, deleted: true, version: next.version, updatedAt };
      for (const hook of hooks) {
        const deliveryId = randomUUID();
        // The body is fixed here, so every retry sends the same bytes under the same delivery id.
        const body = JSON.stringify({ id: deliveryId, event: next.event, occurredAt, listing });
        await em.query(
          `INSERT INTO exchange_webhook_delivery (id, webhook_id, event, listing_kind, listing_id, listing_version, body) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [deliveryId, hook.id, next.event, kind, id, next.version, body],
        );
        // Keyed by subscriber and listing: one listing's events reach a subscriber in order, a
        // withdrawal never overtaking its publication, even while the publication is retried.
        await this.jobs.enqueue(em, { queue: WEBHOOK_QUEUE, key: `${hook.id}:${id}`, payload: { deliveryId } });
      }
      return next.event;
    });
  }
}
