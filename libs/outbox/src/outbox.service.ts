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
}

/**
 * Writes outbox rows. Always called with the caller's EntityManager inside its transaction, so
 * the change and its outbox row commit or roll back together; nothing here talks to the network.
 */
@Injectable()
export class OutboxService {
  async enqueue(em: EntityManager, entry: OutboxEntry): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) throw new Error('OutboxService.enqueue must run inside the caller\'s transaction');
    await em.query(`INSERT INTO outbox_message (topic, aggregate_key, aggregate_version, payload) VALUES ($1, $2, $3, $4)`, [
      entry.topic,
      entry.aggregateKey,
      entry.aggregateVersion ?? null,
      JSON.stringify(entry.payload ?? {}),
    ]);
  }
}
