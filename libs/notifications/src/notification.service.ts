import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, type JobContext } from '../../shared/jobs/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page } from '../../shared/http/index.js';
import { NotificationNotFoundError } from './notifications.errors.js';
import { NotificationRepository, type NotificationRow } from './notification.repository.js';
import type { NotificationInput, NotificationListQuery, NotificationView } from './notification.types.js';

/** The mail queue of the notifications lib (notifications to mail, sealed direct mails). */
export const MAIL_QUEUE = 'notifications.mail';

const toView = (r: NotificationRow): NotificationView => ({
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

/** In-app notifications: written in the caller's transaction, read and marked by their recipients. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationRepository,
  ) {}

  /**
   * Writes a notification in the caller's transaction; with `mail`, also a job so the worker
   * mails it after commit (no network call inside the transaction). Answers its id, or null when
   * one with the same `dedupeKey` exists (then nothing is written or mailed again).
   */
  async notify(em: EntityManager, n: NotificationInput): Promise<string | null> {
    if (!n.recipientUserId && !n.recipientOrgId)
      throw new Error('a notification needs a recipient user or organisation');
    const id = await this.notifications.insert(em, n);
    if (id && n.mail)
      await this.jobs.enqueue(em, { queue: MAIL_QUEUE, key: `notification:${id}`, payload: { notificationId: id } });
    return id;
  }

  /**
   * For a subscriber: writes `notices` in the transaction that marks its jobs done, so they
   * commit exactly when the events are handled (a batch retried writes nothing twice).
   */
  notifyOnCompletion(ctx: JobContext, notices: NotificationInput[]): void {
    if (notices.length === 0) return;
    ctx.onCompletion(async (em) => {
      for (const n of notices) await this.notify(em, n);
    });
  }

  async list(p: Principal, q: NotificationListQuery): Promise<Page<NotificationView> & { unread: number }> {
    const { rows, total, unread } = await this.notifications.mine(
      this.ds.manager,
      p.userId,
      p.orgId,
      Boolean(q.unread),
      q.pageSize,
      pageOffset(q),
    );
    return { ...toPage(rows.map(toView), total, q), unread };
  }

  async unreadCount(p: Principal): Promise<number> {
    return this.notifications.unread(this.ds.manager, p.userId, p.orgId);
  }

  /** Marks one of the caller's notifications read (idempotent); someone else's is NOTIFICATION_NOT_FOUND. */
  async markRead(p: Principal, id: string): Promise<NotificationView> {
    const row = await this.notifications.markRead(this.ds.manager, p.userId, p.orgId, id);
    if (!row) throw new NotificationNotFoundError(id);
    return toView(row);
  }

  /** Marks every unread notification of the caller read; answers how many changed. */
  async markAllRead(p: Principal): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(this.ds.manager, p.userId, p.orgId) };
  }
}
