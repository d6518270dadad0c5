import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, type Job, type JobContext } from '../../shared/jobs/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page } from '../../shared/http/index.js';
import { NotificationNotFoundError } from './notifications.errors.js';
import { NotificationRepository, type NotificationRow } from './notification.repository.js';
import type { NotificationInput, NotificationListQuery, NotificationView } from './notification.types.js';

/** The mail queue of the notifications lib (notifications to mail, sealed direct mails). */
export const MAIL_QUEUE = 'notifications.mail';

/** The notification table's limits on a title and a body (characters). */
const TITLE_MAX = 200;
const BODY_MAX = 4000;

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
  async notify(em: EntityManager, input: NotificationInput): Promise<string | null> {
    if (!input.recipientUserId && !input.recipientOrgId)
      throw new Error('a notification needs a recipient user or organisation');
    // Titles and bodies quote users' text (listing titles, reasons): cut to the columns' limits here, once.
    const n = { ...input, title: input.title.slice(0, TITLE_MAX), body: input.body.slice(0, BODY_MAX) };
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

  /** For a notices subscriber: the notices of each event of the batch, written as notifyOnCompletion does. */
  async notifyEach(ctx: JobContext, jobs: Job[], noticesOf: (job: Job) => Promise<NotificationInput[]>): Promise<void> {
    const notices: NotificationInput[] = [];
    for (const job of jobs) notices.push(...(await noticesOf(job)));
    this.notifyOnCompletion(ctx, notices);
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
