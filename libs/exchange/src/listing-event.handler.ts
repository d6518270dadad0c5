import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LISTING_KINDS, type ListingKind } from '../../listings/src/index.js';
import { OutboxRelay, type OutboxHandler, type RelayedMessage } from '../../outbox/src/index.js';
import { ExchangeFeedService, toExchangeListing } from './exchange-feed.service.js';
import { EXCHANGE_LISTING_EVENT_TOPIC, type ExchangeFeedItem } from './exchange.types.js';
import { nextAnnouncement, type Announced } from './listing-announcement.js';

const TABLE_OF: Record<ListingKind, string> = { need: 'tech_need', achievement: 'achievement', challenge: 'challenge' };

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
      }
      return next.event;
    });
  }
}
