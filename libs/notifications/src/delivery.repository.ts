import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';

export type DeliveryChannel = 'mail' | 'sms';
export type DeliveryKind = 'notification' | 'digest' | 'direct';
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface NewDelivery {
  /** Unique: `n:<notification>:<user>:<channel>`, `digest:<user>:<china date>`, `direct:<uuid>`. */
  dedupeKey: string;
  channel: DeliveryChannel;
  kind: DeliveryKind;
  notificationId?: string;
  userId?: string;
  category?: string;
  address: string;
  subject: string;
  sealed?: string;
}

export interface DeliveryRow {
  id: string;
  channel: DeliveryChannel;
  kind: DeliveryKind;
  notification_id: string | null;
  user_id: string | null;
  category: string | null;
  address: string;
  subject: string;
  sealed: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
  created_at: Date;
}

/** The notification_delivery table: one row per message that leaves (or failed to leave) the market. */
@Injectable()
export class DeliveryRepository {
  /** Inserts the deliveries not yet recorded under their keys; answers the ids of those it inserted. */
  async insertNew(db: Queryable, rows: NewDelivery[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await returningRows<{ id: string }>(
      db,
      `INSERT INTO notification_delivery (dedupe_key, channel, kind, notification_id, user_id, category, address, subject, sealed)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[])
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.channel),
        rows.map((r) => r.kind),
        rows.map((r) => r.notificationId ?? null),
        rows.map((r) => r.userId ?? null),
        rows.map((r) => r.category ?? null),
        rows.map((r) => r.address.slice(0, 320)),
        rows.map((r) => r.subject.slice(0, 300)),
        rows.map((r) => r.sealed ?? null),
      ],
    );
    return inserted.map((r) => r.id);
  }

  async get(db: Queryable, id: string): Promise<DeliveryRow | undefined> {
    const [row]: DeliveryRow[] = await db.query(`SELECT * FROM notification_delivery WHERE id = $1`, [id]);
    return row;
  }

  /** Sent: never sent again (a job run again finds it no longer pending). */
  async markSent(db: Queryable, id: string): Promise<void> {
    await db.query(
      `UPDATE notification_delivery SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** Counts a failed attempt; answers the attempts so far. */
  async recordFailure(db: Queryable, id: string, error: string): Promise<number> {
    const [row] = await returningRows<{ attempts: number }>(
      db,
      `UPDATE notification_delivery SET attempts = attempts + 1, last_error = $2 WHERE id = $1 RETURNING attempts`,
      [id, error.slice(0, 2000)],
    );
    return row?.attempts ?? 0;
  }

  /** Given up: the server refused it for good. Kept for the platform admin. */
  async markFailed(db: Queryable, id: string): Promise<void> {
    await db.query(
      `UPDATE notification_delivery SET status = 'failed', failed_at = now() WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** A delivery that turned out to have nothing to send (an empty digest), before it was queued. */
  async remove(db: Queryable, id: string): Promise<void> {
    await db.query(`DELETE FROM notification_delivery WHERE id = $1 AND status = 'pending'`, [id]);
  }

  /** Failed deliveries, newest first, and how many there are. */
  async failures(db: Queryable, limit: number, offset: number): Promise<{ rows: DeliveryRow[]; total: number }> {
    const rows: DeliveryRow[] = await db.query(
      `SELECT * FROM notification_delivery WHERE status = 'failed' ORDER BY failed_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const [{ total }]: { total: number }[] = await db.query(
      `SELECT count(*)::int AS total FROM notification_delivery WHERE status = 'failed'`,
    );
    return { rows, total };
  }
}
