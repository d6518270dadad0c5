import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LISTING_CHANGED, ListingReader, listingOfEvent, type ListingKind } from '../../listings/src/index.js';
import { EventBus, JobQueue, type Job, type JobHandler } from '../../shared/jobs/index.js';
import { ExchangeFeedService, toExchangeListing } from './exchange-feed.service.js';
import type { ExchangeFeedItem } from './exchange.types.js';
import { nextAnnouncement } from './listing-announcement.js';
import { WEBHOOK_QUEUE } from './webhook-dispatcher.js';
import { WebhookRepository } from './webhook.repository.js';

/** The exchange feed's queue (a subscriber of `listing.changed`). */
export const LISTING_FEED_QUEUE = 'exchange.listing-feed';

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
    private readonly listings: ListingReader,
    private readonly webhooks: WebhookRepository,
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
      const last = await this.webhooks.lockAnnounced(em, kind, id);
      // Whether the listing is exposed and at which version come from one read: the public
      // document carries its own version; without one, the row read after it. (Read apart, a
      // withdrawal committing between the two reads announced the older version as withdrawn.)
      const doc = (await this.feed.exposedDocuments(kind, [id], em)).get(id);
      const row = await this.listings.stamp(kind, id, em);
      // A placeholder row (version 0, never announced) means partners were told nothing yet.
      const previous = last && last.version > 0 ? last : null;
      const current = doc
        ? { exposed: true, version: doc.version }
        : row
          ? { exposed: false, version: row.version }
          : null;
      const next = nextAnnouncement(current, previous);
      if (!next) return null;
      await this.webhooks.setAnnounced(em, kind, id, { state: next.state, version: next.version });
      const hooks = await this.webhooks.subscribers(em, next.event);
      const occurredAt = new Date().toISOString();
      const updatedAt = row?.updated ?? occurredAt;
      const listing: ExchangeFeedItem = doc
        ? toExchangeListing(doc, updatedAt)
        : { id, kind, deleted: true, version: next.version, updatedAt };
      for (const webhookId of hooks) {
        const deliveryId = randomUUID();
        // The body is fixed here, so every retry sends the same bytes under the same delivery id.
        const body = JSON.stringify({ id: deliveryId, event: next.event, occurredAt, listing });
        await this.webhooks.insertDelivery(em, {
          id: deliveryId,
          webhookId,
          event: next.event,
          kind,
          listingId: id,
          version: next.version,
          body,
        });
        // Keyed by subscriber and listing: one listing's events reach a subscriber in order, a
        // withdrawal never overtaking its publication, even while the publication is retried.
        await this.jobs.enqueue(em, { queue: WEBHOOK_QUEUE, key: `${webhookId}:${id}`, payload: { deliveryId } });
      }
      return next.event;
    });
  }
}
