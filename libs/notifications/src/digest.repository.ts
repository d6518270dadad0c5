import { Injectable } from '@nestjs/common';
import { affectedRows, type Queryable } from '../../shared/database/index.js';

export interface DigestEntry {
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
}

/** The notification_digest_item table: notifications waiting for their user's next daily digest. */
@Injectable()
export class DigestRepository {
  /** Queues items (once per user and notification). */
  async add(db: Queryable, items: { userId: string; notificationId: string }[]): Promise<void> {
    if (items.length === 0) return;
    await db.query(
      `INSERT INTO notification_digest_item (user_id, notification_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [items.map((i) => i.userId), items.map((i) => i.notificationId)],
    );
  }

  /** Users with items queued before `before` that are in no digest yet. */
  async usersDue(db: Queryable, before: Date, limit: number): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(
      `SELECT DISTINCT user_id FROM notification_digest_item WHERE delivery_id IS NULL AND created_at < $1 LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * Puts the user's waiting items (queued before `before`) into the digest `deliveryId`, in the
   * transaction that created it: an item belongs to one digest only. Answers how many.
   */
  assign(db: Queryable, userId: string, before: Date, deliveryId: string): Promise<number> {
    return affectedRows(
      db,
      `UPDATE notification_digest_item SET delivery_id = $3
        WHERE user_id = $1 AND delivery_id IS NULL AND created_at < $2`,
      [userId, before, deliveryId],
    );
  }

  /** What a digest holds, oldest first. */
  async entries(db: Queryable, deliveryId: string): Promise<DigestEntry[]> {
    return db.query(
      `SELECT n.title, n.body, n.link, n.created_at FROM notification_digest_item i
         JOIN notification n ON n.id = i.notification_id
        WHERE i.delivery_id = $1 ORDER BY n.created_at, n.id`,
      [deliveryId],
    );
  }
}
