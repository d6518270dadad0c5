import { Injectable } from '@nestjs/common';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { NotificationInput, NotificationKind, NotificationView } from './notification.types.js';

/** A stored notification: what its view shows, with the read and creation times as columns. */
export type NotificationRow = Omit<NotificationView, 'read' | 'readAt' | 'createdAt'> & {
  read_at: Date | null;
  created_at: Date;
};

export interface UnmailedNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  recipient_user_id: string | null;
  recipient_org_id: string | null;
}

/**
 * "Mine" for a user: addressed to them, or to their organisation as a whole. An organisation's
 * notification has one read state: once one of its users has read it, it is read for all
 * (the organisation, not each person, is asked to act on it).
 */
const MINE = `(n.recipient_user_id = $1 OR (n.recipient_user_id IS NULL AND n.recipient_org_id = $2))`;
const COLUMNS = 'n.id, n.kind, n.title, n.body, n.link, n.payload, n.read_at, n.created_at';

/** The notification table. Methods take the caller's EntityManager. */
@Injectable()
export class NotificationRepository {
  /** Answers the new notification's id, or null when one with the same dedupe key exists. */
  async insert(db: Queryable, n: NotificationInput): Promise<string | null> {
    const [row] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO notification (recipient_user_id, recipient_org_id, kind, title, body, link, payload, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id`,
      [
        n.recipientUserId ?? null,
        n.recipientOrgId ?? null,
        n.kind,
        n.title,
        n.body,
        n.link ?? null,
        JSON.stringify(n.payload ?? {}),
        n.dedupeKey ?? null,
      ],
    );
    return row?.id ?? null;
  }

  /** The user's notifications, newest first, how many there are and how many are unread. */
  async mine(
    db: Queryable,
    userId: string,
    orgId: string,
    unreadOnly: boolean,
    limit: number,
    offset: number,
  ): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    const where = `${MINE}${unreadOnly ? ' AND n.read_at IS NULL' : ''}`;
    const rows: NotificationRow[] = await db.query(
      `SELECT ${COLUMNS} FROM notification n WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $3 OFFSET $4`,
      [userId, orgId, limit, offset],
    );
    const [{ total, unread }]: { total: number; unread: number }[] = await db.query(
      `SELECT count(*) FILTER (WHERE ${where})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
         FROM notification n WHERE ${MINE}`,
      [userId, orgId],
    );
    return { rows, total, unread };
  }

  async unread(db: Queryable, userId: string, orgId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM notification n WHERE ${MINE} AND n.read_at IS NULL`,
      [userId, orgId],
    );
    return n;
  }

  /** Marks one of the user's notifications read (the first time only); undefined when it is not theirs. */
  async markRead(db: Queryable, userId: string, orgId: string, id: string): Promise<NotificationRow | undefined> {
    const [row] = await returningRows<NotificationRow>(
      db,
      `UPDATE notification n SET read_at = coalesce(n.read_at, now()) WHERE n.id = $3 AND ${MINE}
       RETURNING ${COLUMNS}`,
      [userId, orgId, id],
    );
    return row;
  }

  /** How many of the user's unread notifications were marked read. */
  markAllRead(db: Queryable, userId: string, orgId: string): Promise<number> {
    return affectedRows(db, `UPDATE notification n SET read_at = now() WHERE ${MINE} AND n.read_at IS NULL`, [
      userId,
      orgId,
    ]);
  }

  /** A notification still to be mailed. */
  async unmailed(db: Queryable, id: string): Promise<UnmailedNotification | undefined> {
    const [row]: UnmailedNotification[] = await db.query(
      `SELECT id, kind, title, body, link, recipient_user_id, recipient_org_id FROM notification WHERE id = $1 AND mailed_at IS NULL`,
      [id],
    );
    return row;
  }

  /** What a mail or SMS of the notification says. */
  async content(db: Queryable, id: string): Promise<{ title: string; body: string; link: string | null } | undefined> {
    const [row]: { title: string; body: string; link: string | null }[] = await db.query(
      `SELECT title, body, link FROM notification WHERE id = $1`,
      [id],
    );
    return row;
  }

  async markMailed(db: Queryable, id: string): Promise<void> {
    await db.query(`UPDATE notification SET mailed_at = now() WHERE id = $1`, [id]);
  }

  /** Who a notification is for, for the authorisation guard. */
  async recipients(
    db: Queryable,
    id: string,
  ): Promise<{ recipient_user_id: string | null; recipient_org_id: string | null } | undefined> {
    const [row]: { recipient_user_id: string | null; recipient_org_id: string | null }[] = await db.query(
      `SELECT recipient_user_id, recipient_org_id FROM notification WHERE id = $1`,
      [id],
    );
    return row;
  }
}
