import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxConfig } from '../../shared/config/index.js';
import { PollingLoop } from '../../shared/jobs/index.js';
import { retryDelayMs } from './backoff.js';

/** One claimed outbox row as handlers see it. */
export interface RelayedMessage {
  id: string;
  topic: string;
  aggregateKey: string;
  aggregateVersion: number | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Applies the rows of one topic. Must be idempotent: a row may be delivered again after a
 * crash between applying it and marking it processed.
 */
export interface OutboxHandler {
  readonly topic: string;
  handle(messages: RelayedMessage[]): Promise<void>;
}

/** What the relay has yet to do (health). Rows are never given up: a failing row retries with capped backoff. */
export interface OutboxBacklog {
  /** Rows not yet processed. */
  pending: number;
  /** Age of the oldest unprocessed row, in seconds (null when there is none). */
  oldestPendingSeconds: number | null;
  /** Unprocessed rows whose last attempt failed (waiting for a retry). */
  failing: number;
  /** The most attempts any unprocessed row has had: a row that keeps failing shows here. */
  maxAttempts: number;
}

export interface DrainResult {
  claimed: number;
  processed: number;
  failed: number;
}

/** Serialises the short claim transactions so that "one in-flight row per aggregate" holds. */
const CLAIM_LOCK = 0x7465_6368; // 'tech'

/**
 * The outbox relay: claims due rows (FOR UPDATE SKIP LOCKED, a lease instead of a long
 * transaction, so no network call runs inside a transaction), hands them to the topic's
 * handler, marks them processed or schedules a retry with exponential backoff. The worker runs
 * it in a loop (start/stop); tests call drainOnce()/drainUntilIdle() in their own process.
 *
 * Order: one in-flight row per aggregate key; across keys, a row with `after_key` is claimed
 * only once every earlier row of that key is processed (not merely claimed in the same batch),
 * so it runs in a later round than what it depends on, whichever relay process takes it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly loop = new PollingLoop(
    async () => (await this.drainOnce()).claimed > 0,
    () => this.cfg.pollMs,
    (err) => this.logger.error({ err }, 'outbox relay round failed'),
  );

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: OutboxConfig,
  ) {}

  register(handler: OutboxHandler): void {
    this.handlers.set(handler.topic, handler);
  }

  private async claim(limit: number): Promise<RelayedMessage[]> {
    return this.ds.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      type Row = {
        id: string;
        topic: string;
        aggregate_key: string;
        aggregate_version: number | null;
        payload: Record<string, unknown>;
        attempts: number;
      };
      // TypeORM answers UPDATE … RETURNING with [rows, affectedCount].
      const [rows] = (await em.query(
        `WITH c AS (
             SELECT o.id FROM outbox_message o
             WHERE o.processed_at IS NULL AND o.available_at <= now()
               AND (o.locked_until IS NULL OR o.locked_until < now())
               AND NOT EXISTS (
                 SELECT 1 FROM outbox_message x
                 WHERE x.aggregate_key = o.aggregate_key AND x.processed_at IS NULL AND x.locked_until >= now())
               AND (o.after_key IS NULL OR NOT EXISTS (
                 SELECT 1 FROM outbox_message d
                 WHERE d.aggregate_key = o.after_key AND d.processed_at IS NULL AND d.id < o.id))
             ORDER BY o.background, o.id
             LIMIT $1
             FOR UPDATE SKIP LOCKED)
           UPDATE outbox_message m SET locked_until = now() + make_interval(secs => $2::double precision / 1000), attempts = m.attempts + 1
           FROM c WHERE m.id = c.id
           RETURNING m.id, m.topic, m.aggregate_key, m.aggregate_version, m.payload, m.attempts`,
        [limit, this.cfg.leaseMs],
      )) as [Row[], number];
      return rows
        .map((r) => ({
          id: String(r.id),
          topic: r.topic,
          aggregateKey: r.aggregate_key,
          aggregateVersion: r.aggregate_version,
          payload: r.payload,
          attempts: r.attempts,
        }))
        .sort((a, b) => Number(a.id) - Number(b.id));
    });
  }

  private async markProcessed(ids: string[]): Promise<void> {
    await this.ds.query(
      `UPDATE outbox_message SET processed_at = now(), locked_until = NULL, last_error = NULL WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  private async scheduleRetry(messages: RelayedMessage[], error: string): Promise<void> {
    for (const m of messages) {
      const delay = retryDelayMs(m.attempts, this.cfg.backoffBaseMs, this.cfg.backoffMaxMs);
      await this.ds.query(
        `UPDATE outbox_message SET locked_until = NULL, last_error = $2, available_at = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
        [m.id, error.slice(0, 2000), delay],
      );
    }
  }

  /** Claims and applies one batch of due rows. */
  /**
   * Deletes rows processed more than `retentionDays` ago, in batches (every relayed change
   * leaves up to three rows; without this the table only grows). Unprocessed rows are never
   * touched: nothing reads processed rows except a person diagnosing a delivery.
   */
  async purgeProcessed(retentionDays: number, batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      // TypeORM answers DELETE with [rows, affectedCount].
      const [, affected]: [unknown[], number] = await this.ds.query(
        `DELETE FROM outbox_message WHERE id IN (
           SELECT id FROM outbox_message WHERE processed_at < now() - make_interval(days => $1) LIMIT $2)`,
        [retentionDays, batchSize],
      );
      total += affected;
      if (affected < batchSize) return total;
    }
  }

  async drainOnce(limit = 200): Promise<DrainResult> {
    const claimed = await this.claim(limit);
    const byTopic = new Map<string, RelayedMessage[]>();
    for (const m of claimed) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    let processed = 0;
    let failed = 0;
    for (const [topic, messages] of byTopic) {
      const handler = this.handlers.get(topic);
      try {
        if (!handler) throw new Error(`no outbox handler for topic ${topic}`);
        await handler.handle(messages);
        await this.markProcessed(messages.map((m) => m.id));
        processed += messages.length;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.logger.warn({ topic, rows: messages.length, err: message }, 'outbox delivery failed; will retry');
        await this.scheduleRetry(messages, message);
        failed += messages.length;
      }
    }
    return { claimed: claimed.length, processed, failed };
  }

  /** Drains until no row is due now (tests, reindex); rows in backoff are left for later. */
  async drainUntilIdle(limit = 200, maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const r = await this.drainOnce(limit);
      total += r.processed;
      if (r.claimed === 0) break;
    }
    return total;
  }

  /** The unprocessed rows in one look; reads only them (the pending partial index), however many rows are done. */
  async backlog(): Promise<OutboxBacklog> {
    const [r]: { pending: number; failing: number; max_attempts: number | null; oldest_seconds: number | null }[] =
      await this.ds.query(
        `SELECT count(*)::int AS pending, count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing, max(attempts)::int AS max_attempts,
              floor(extract(epoch FROM now() - min(created_at)))::int AS oldest_seconds
         FROM outbox_message WHERE processed_at IS NULL`,
      );
    return {
      pending: r!.pending,
      oldestPendingSeconds: r!.oldest_seconds,
      failing: r!.failing,
      maxAttempts: r!.max_attempts ?? 0,
    };
  }

  /** Rows not yet processed (health, tests, benchmarks). */
  async pendingCount(): Promise<number> {
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM outbox_message WHERE processed_at IS NULL`);
    return n;
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
