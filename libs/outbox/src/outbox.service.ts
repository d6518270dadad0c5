import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OutboxEntry {
  /** What happened, e.g. `listing.changed`; the relay routes by topic. */
  topic: string;
  /** The changed thing, e.g. `need:<uuid>`; the relay keeps one in-flight row per key. */
  aggregateKey: string;
  /** Version of the aggregate after the change (handlers are idempotent by version). */
  aggregateVersion?: number;
  payload?: Record<string, unknown>;
  /**
   * An aggregate key whose earlier rows (any topic) must all be processed before this row
   * reaches its handler: match alerts for a listing wait until the listing is indexed.
   */
  after?: string;
  /**
   * Work that may wait (a bulk import's match alerts): handed out only when no ordinary row is
   * ready, so it never delays the rows of people using the market.
   */
  background?: boolean;
}

/**
 * Writes outbox rows. Always called with the caller's EntityManager inside its transaction, so
 * the change and its outbox row commit or roll back together; nothing here talks to the network.
 */
@Injectable()
export class OutboxService {
  async enqueue(em: EntityManager, entry: OutboxEntry): Promise<void> {
    await this.enqueueMany(em, [entry]);
  }

  /** Several rows in one statement, in order (a bulk import writes thousands per batch). */
  async enqueueMany(em: EntityManager, entries: OutboxEntry[]): Promise<void> {
    if (!em.queryRunner?.isTransactionActive)
      throw new Error("OutboxService.enqueue must run inside the caller's transaction");
    if (entries.length === 0) return;
    await em.query(
      `INSERT INTO outbox_message (topic, aggregate_key, aggregate_version, payload, after_key, background)
       SELECT topic, aggregate_key, aggregate_version, payload, after_key, background
         FROM unnest($1::text[], $2::text[], $3::int[], $4::jsonb[], $5::text[], $6::boolean[]) WITH ORDINALITY AS u(topic, aggregate_key, aggregate_version, payload, after_key, background, n)
        ORDER BY n`,
      [
        entries.map((e) => e.topic),
        entries.map((e) => e.aggregateKey),
        entries.map((e) => e.aggregateVersion ?? null),
        entries.map((e) => JSON.stringify(e.payload ?? {})),
        entries.map((e) => e.after ?? null),
        entries.map((e) => e.background === true),
      ],
    );
  }
}
