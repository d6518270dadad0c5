import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ListingReader, LISTING_KINDS, type ListingKind } from '../../listings/src/index.js';
import { OutboxRelay, type OutboxHandler, type RelayedMessage } from '../../outbox/src/index.js';
import { ExchangeFeedService, toExchangeListing } from './exchange-feed.service.js';
import { EXCHANGE_LISTING_EVENT_TOPIC, type ExchangeFeedItem } from './exchange.types.js';
import { nextAnnouncement } from './listing-announcement.js';
import { WebhookRepository } from './webhook.repository.js';

/**
 * Turns `exchange.listing-event` outbox rows into webhook deliveries. It compares the listing's
 * current state with what partners were last told (exchange_listing_announced, locked in the
 * same transaction as the delivery rows it writes), so a redelivered row writes nothing.
 */
@Injectable()
export class ListingEventHandler implements OutboxHandler, OnModuleInit {
  readonly topic = EXCHANGE_LISTING_EVENT_TOPIC;

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly feed: ExchangeFeedService,
    private readonly listings: ListingReader,
    private readonly webhooks: WebhookRepository,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(messages: RelayedMessage[]): Promise<void> {
    for (const m of messages) {
      const { kind, id } = m.payload as { kind?: ListingKind; id?: unknown };
      if (!kind || !LISTING_KINDS.includes(kind) || typeof id !== 'string') continue;
      await this.announce(kind, id);
    }
  }

  /** Writes the event the listing's state calls for (one delivery per subscription); returns it. */
  async announce(kind: ListingKind, id: string): Promise<string | null> {
    return this.ds.transaction(async (em) => {
      // Serialises announcements of one listing (the relay already does per aggregate; this covers a second relay process too).
      const last = await this.webhooks.lockAnnounced(em, kind, id);
      const row = await this.listings.stamp(kind, id, em);
      const doc = row ? (await this.feed.exposedDocuments(kind, [id], em)).get(id) : undefined;
      // A placeholder row (version 0, never announced) means partners were told nothing yet.
      const previous = last && last.version > 0 ? last : null;
      const next = nextAnnouncement(row ? { exposed: !!doc, version: row.version } : null, previous);
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
      }
      return next.event;
    });
  }
}
