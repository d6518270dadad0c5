import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { WebhookEvent } from './exchange.types.js';
import type { Announced } from './listing-announcement.js';

export interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

/** A pending delivery being attempted, with what sending it needs. */
export interface AttemptedDelivery {
  id: string;
  event: string;
  body: string;
  /** Counting this attempt. */
  attempts: number;
  status: 'pending' | 'delivered' | 'failed';
  url: string;
  secret_sealed: string;
  disabled: boolean;
}

export interface DeliveryRow {
  id: string;
  event: WebhookEvent;
  listing_kind: string;
  listing_id: string;
  listing_version: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, url, events, description, created_at, disabled_at';

/**
 * Webhook subscriptions, the deliveries written for them, and what partners were last told of
 * each listing (exchange_listing_announced). The dispatcher's claim and retry queries live with
 * the dispatcher.
 */
@Injectable()
export class WebhookRepository {
  async insert(
    db: Queryable,
    w: { url: string; secretSealed: string; events: WebhookEvent[]; description: string | null; createdBy: string },
  ): Promise<WebhookRow> {
    const [row] = await returningRows<WebhookRow>(
      db,
      `INSERT INTO exchange_webhook (url, secret_sealed, events, description, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${COLUMNS}`,
      [w.url, w.secretSealed, w.events, w.description, w.createdBy],
    );
    return row!;
  }

  /** Newest first, and how many there are. */
  async page(db: Queryable, limit: number, offset: number): Promise<{ rows: WebhookRow[]; total: number }> {
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM exchange_webhook`);
    const rows: WebhookRow[] = await db.query(
      `SELECT ${COLUMNS} FROM exchange_webhook ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { rows, total: n };
  }

  /** Disabling twice keeps the first time; undefined for an unknown subscription. */
  async disable(db: Queryable, id: string): Promise<WebhookRow | undefined> {
    const [row] = await returningRows<WebhookRow>(
      db,
      `UPDATE exchange_webhook SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return row;
  }

  async exists(db: Queryable, id: string): Promise<boolean> {
    return (await db.query(`SELECT 1 FROM exchange_webhook WHERE id = $1`, [id])).length > 0;
  }

  /** A subscription's deliveries, newest first, and how many there are. */
  async deliveries(
    db: Queryable,
    webhookId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: DeliveryRow[]; total: number }> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM exchange_webhook_delivery WHERE webhook_id = $1`,
      [webhookId],
    );
    const rows: DeliveryRow[] = await db.query(
      `SELECT id, event, listing_kind, listing_id, listing_version, status, attempts, last_status_code, last_error, last_attempt_at, next_attempt_at, delivered_at, created_at
         FROM exchange_webhook_delivery WHERE webhook_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3`,
      [webhookId, limit, offset],
    );
    return { rows, total: n };
  }

  /** Active subscriptions to `event`. */
  async subscribers(db: Queryable, event: WebhookEvent): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM exchange_webhook WHERE disabled_at IS NULL AND $1 = ANY(events)`,
      [event],
    );
    return rows.map((r) => r.id);
  }

  async insertDelivery(
    db: Queryable,
    d: {
      id: string;
      webhookId: string;
      event: WebhookEvent;
      kind: string;
      listingId: string;
      version: number;
      body: string;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO exchange_webhook_delivery (id, webhook_id, event, listing_kind, listing_id, listing_version, body) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [d.id, d.webhookId, d.event, d.kind, d.listingId, d.version, d.body],
    );
  }

  /**
   * What partners were last told of the listing, locked until commit (announcements of one
   * listing run one at a time). A placeholder row (version 0) is created first, so that there
   * is a row to lock for a listing never announced.
   */
  async lockAnnounced(db: Queryable, kind: string, listingId: string): Promise<Announced | undefined> {
    await db.query(
      `INSERT INTO exchange_listing_announced (kind, listing_id, state, version) VALUES ($1, $2, 'withdrawn', 0) ON CONFLICT DO NOTHING`,
      [kind, listingId],
    );
    const [last]: Announced[] = await db.query(
      `SELECT state, version FROM exchange_listing_announced WHERE kind = $1 AND listing_id = $2 FOR UPDATE`,
      [kind, listingId],
    );
    return last;
  }

  async setAnnounced(db: Queryable, kind: string, listingId: string, a: Announced): Promise<void> {
    await db.query(
      `UPDATE exchange_listing_announced SET state = $3, version = $4, announced_at = now() WHERE kind = $1 AND listing_id = $2`,
      [kind, listingId, a.state, a.version],
    );
  }

  /**
   * Marks the webhook of a delivery that just failed as announced, when that delivery has been
   * waiting for an hour or more and the endpoint was not announced since its last success.
   * Answers the webhook's id and address when it was marked now (the caller announces it).
   */
  async markFailingForAnHour(db: Queryable, deliveryId: string): Promise<{ id: string; url: string } | undefined> {
    const [row] = await returningRows<{ id: string; url: string }>(
      db,
      `UPDATE exchange_webhook w SET failing_announced_at = now()
         FROM exchange_webhook_delivery d
        WHERE d.id = $1 AND w.id = d.webhook_id AND w.failing_announced_at IS NULL
          AND d.created_at <= now() - interval '1 hour'
       RETURNING w.id, w.url`,
      [deliveryId],
    );
    return row;
  }

  /** A delivery to the webhook succeeded: a later hour of failures is announced again. */
  async clearFailing(db: Queryable, deliveryId: string): Promise<void> {
    await db.query(
      `UPDATE exchange_webhook w SET failing_announced_at = NULL
         FROM exchange_webhook_delivery d
        WHERE d.id = $1 AND w.id = d.webhook_id AND w.failing_announced_at IS NOT NULL`,
      [deliveryId],
    );
  }

  async url(db: Queryable, webhookId: string): Promise<string | undefined> {
    const [row]: { url: string }[] = await db.query(`SELECT url FROM exchange_webhook WHERE id = $1`, [webhookId]);
    return row?.url;
  }

  /** Counts one more attempt of each pending delivery (before the network call: a crash mid-POST still counts). */
  async startAttempts(db: Queryable, deliveryIds: string[]): Promise<AttemptedDelivery[]> {
    return returningRows<AttemptedDelivery>(
      db,
      `UPDATE exchange_webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = now()
         FROM exchange_webhook w
        WHERE d.id = ANY($1::uuid[]) AND d.status = 'pending' AND w.id = d.webhook_id
       RETURNING d.id, d.event, d.body, d.attempts, d.status, w.url, w.secret_sealed, w.disabled_at IS NOT NULL AS disabled`,
      [deliveryIds],
    );
  }

  async delivered(db: Queryable, deliveryId: string, statusCode: number | null): Promise<void> {
    await db.query(
      `UPDATE exchange_webhook_delivery SET status = 'delivered', delivered_at = now(), last_status_code = $2, last_error = NULL WHERE id = $1`,
      [deliveryId, statusCode],
    );
  }

  /** A failed attempt: pending again after `retryInMs`, or failed for good. */
  async failedAttempt(
    db: Queryable,
    deliveryId: string,
    a: { giveUp: boolean; statusCode: number | null; error: string | null; retryInMs: number },
  ): Promise<void> {
    await db.query(
      `UPDATE exchange_webhook_delivery
          SET status = $2, last_status_code = $3, last_error = $4,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1`,
      [deliveryId, a.giveUp ? 'failed' : 'pending', a.statusCode, a.error, a.retryInMs],
    );
  }
}
