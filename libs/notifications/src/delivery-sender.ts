import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailConfig } from '../../shared/config/index.js';
import { DeliveryRepository, type DeliveryRow } from './delivery.repository.js';
import { DigestRepository } from './digest.repository.js';
import { MAIL_PORT, MailSendError, type MailMessage, type MailPort } from './mail.port.js';
import { MailQueue } from './mail-queue.service.js';
import { renderDigestMail, renderNotificationMail } from './mail-render.js';
import { CATEGORY_LABELS, isEssential, type NotificationCategory } from './notification-categories.js';
import { NotificationRepository } from './notification.repository.js';
import { SMS_PORT, type SmsPort } from './sms.port.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/** What became of one attempt: done (sent, failed for good, or nothing to send), or try again later. */
export type SendOutcome = { retry: false } | { retry: true; error: string };

/** The web app's page of a user's mail preferences (digest mails link to it). */
export const PREFERENCES_PATH = '/notifications/preferences';
/** The web app's page that takes an unsubscribe token (in the fragment: it never reaches a server log). */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

/**
 * Sends one delivery (a notification's mail or SMS, a digest, a direct mail) and records what
 * happened on its row. A delivery is sent at most once per row: the row is `sent` right after
 * the transport accepted it, and a job run again (a worker restarted) finds it no longer
 * pending. Only a crash between the server's acceptance and that update can send twice; the
 * Message-ID is the delivery's, so the copy is recognisably the same mail.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: MailConfig,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    @Inject(SMS_PORT) private readonly sms: SmsPort,
    private readonly deliveries: DeliveryRepository,
    private readonly notifications: NotificationRepository,
    private readonly digests: DigestRepository,
    private readonly direct: MailQueue,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async send(deliveryId: string): Promise<SendOutcome> {
    const d = await this.deliveries.get(this.ds.manager, deliveryId);
    if (!d || d.status !== 'pending') return { retry: false };
    try {
      if (d.channel === 'sms') await this.sendSms(d);
      else {
        const message = await this.message(d);
        if (!message) {
          await this.deliveries.markFailed(this.ds.manager, d.id);
          return { retry: false };
        }
        await this.mail.send(message);
      }
    } catch (err) {
      const e = err instanceof MailSendError ? err : new MailSendError(String(err), false);
      const attempts = await this.deliveries.recordFailure(this.ds.manager, d.id, e.message);
      if (e.permanent && attempts >= this.cfg.permanentFailureAttempts) {
        await this.deliveries.markFailed(this.ds.manager, d.id);
        this.logger.warn({ deliveryId: d.id, attempts, err: e.message }, 'mail refused for good; recorded as failed');
        return { retry: false };
      }
      return { retry: true, error: e.message };
    }
    await this.deliveries.markSent(this.ds.manager, d.id);
    return { retry: false };
  }

  private async sendSms(d: DeliveryRow): Promise<void> {
    const n = d.notification_id ? await this.notifications.content(this.ds.manager, d.notification_id) : undefined;
    const text = n ? `【网上技术市场】${n.title}：${n.body}`.slice(0, 300) : d.subject;
    await this.sms.send({ to: d.address, text, reference: d.id });
  }

  /** The mail of a delivery, or null when it can no longer be built (a sealed mail under another JWT_SECRET). */
  private async message(d: DeliveryRow): Promise<MailMessage | null> {
    const base = { from: this.cfg.from, to: [d.address], messageId: `<${d.id}@techmarket>`, reference: d.id };
    const url = this.cfg.publicUrl;
    if (d.kind === 'direct') {
      try {
        const m = this.direct.open(d.sealed!);
        return { ...base, to: m.to, subject: m.subject, text: m.text, reference: m.reference };
      } catch {
        this.logger.warn({ deliveryId: d.id }, 'queued mail cannot be opened (JWT_SECRET changed?); dropped');
        return null;
      }
    }
    if (d.kind === 'digest') {
      const r = renderDigestMail(await this.digests.entries(this.ds.manager, d.id), url, `${url}${PREFERENCES_PATH}`);
      return { ...base, ...r };
    }
    const n = await this.notifications.content(this.ds.manager, d.notification_id!);
    if (!n) return null;
    const category = d.category as NotificationCategory;
    const unsubscribe =
      d.user_id && !isEssential(category)
        ? {
            url: `${url}${UNSUBSCRIBE_PATH}#token=${this.tokens.issue(d.user_id, category)}`,
            category: CATEGORY_LABELS[category] ?? category,
          }
        : null;
    const r = renderNotificationMail(n, url, unsubscribe);
    return { ...base, ...r, ...(unsubscribe ? { headers: { 'List-Unsubscribe': `<${unsubscribe.url}>` } } : {}) };
  }
}
