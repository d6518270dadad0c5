import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '../../shared/jobs/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page } from '../../shared/http/index.js';
import { NotificationNotFoundError } from './notifications.errors.js';
import type {
  NotificationInput,
  NotificationKind,
  NotificationListQuery,
  NotificationView,
} from './notification.types.js';

/** The mail queue of the notifications lib (notifications to mail, sealed direct mails). */
export const MAIL_QUEUE = 'notifications.mail';

interface Row {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  payload: Record<string, unknown>;
  read_at: Date | null;
  created_at: Date;
}

const toView = (r: Row): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  payload: r.payload,
  read: r.read_at !== null,
  readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * "Mine" for a user: addressed to them, or to their organisation as a whole. An organisation's
 * notification has one read state: once one of its users has read it, it is read for all
 * (the organisation, not each person, is asked to act on it).
 */
const MINE = `(n.recipient_user_id = $1 OR (n.recipient_user_id IS NULL AND n.recipient_org_id = $2))`;

/** In-app notifications: written in the caller's transaction, read and marked by their recipients. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Writes a notification in the caller's transaction; with `mail`, also a job so the worker
   * mails it after commit (no network call inside the transaction).
   */
  async notify(em: EntityManager, n: NotificationInput): Promise<string> {
    if (!n.recipientUserId && !n.recipientOrgId)
      throw new Error('a notification needs a recipient user or organisation');
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO notification (recipient_user_id, recipient_org_id, kind, title, body, link, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        n.recipientUserId ?? null,
        n.recipientOrgId ?? null,
        n.kind,
        n.title,
        n.body,
        n.link ?? null,
        JSON.stringify(n.payload ?? {}),
      ],
    );
    if (n.mail)
      await this.jobs.enqueue(em, { queue: MAIL_QUEUE, key: `notification:${id}`, payload: { notificationId: id } });
    return id;
  }

  async list(p: Principal, q: NotificationListQuery): Promise<Page<NotificationView> & { unread: number }> {
    const where = `${MINE}${q.unread ? ' AND n.read_at IS NULL' : ''}`;
    const rows: Row[] = await this.ds.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.payload, n.read_at, n.created_at FROM notification n
        WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $3 OFFSET $4`,
      [p.userId, p.orgId, q.pageSize, pageOffset(q)],
    );
    const [{ total, unread }]: { total: number; unread: number }[] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE ${where})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
         FROM notification n WHERE ${MINE}`,
      [p.userId, p.orgId],
    );
    return { ...toPage(rows.map(toView), total, q), unread };
  }

  async unreadCount(p: Principal): Promise<number> {
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM notification n WHERE ${MINE} AND n.read_at IS NULL`,
      [p.userId, p.orgId],
    );
    return n;
  }

  /** Marks one of the caller's notifications read (idempotent); someone else's is NOTIFICATION_NOT_FOUND. */
  async markRead(p: Principal, id: string): Promise<NotificationView> {
    const [rows]: [Row[], number] = await this.ds.query(
      `UPDATE notification n SET read_at = coalesce(n.read_at, now()) WHERE n.id = $3 AND ${MINE}
       RETURNING n.id, n.kind, n.title, n.body, n.link, n.payload, n.read_at, n.created_at`,
      [p.userId, p.orgId, id],
    );
    if (!rows[0]) throw new NotificationNotFoundError(id);
    return toView(rows[0]);
  }

  /** Marks every unread notification of the caller read; answers how many changed. */
  async markAllRead(p: Principal): Promise<{ updated: number }> {
    const [, updated]: [unknown, number] = await this.ds.query(
      `UPDATE notification n SET read_at = now() WHERE ${MINE} AND n.read_at IS NULL`,
      [p.userId, p.orgId],
    );
    return { updated };
  }
}
