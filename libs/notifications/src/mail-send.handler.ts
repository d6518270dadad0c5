import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay, type OutboxHandler, type RelayedMessage } from '../../outbox/src/index.js';
import { MailConfig } from '../../shared/config/index.js';
import { MAIL_PORT, type MailPort } from './mail.port.js';
import { MailQueue, type DirectMail } from './mail-queue.service.js';
import { MAIL_SEND_TOPIC } from './notification.service.js';
import { MailRecipients } from './mail-recipients.js';
import { NotificationRepository } from './notification.repository.js';

/**
 * Mails notifications after commit (outbox topic `mail.send`). Idempotent: `mailed_at` is set
 * once the mail is handed to the transport, and a notification already mailed is skipped, so
 * a redelivered row sends nothing (a crash between sending and marking may send twice: mail
 * is at-least-once, as mail always is). Rows with a sealed direct mail (MailQueue, e.g.
 * invitations) have no such mark: a redelivered one is sent again.
 */
@Injectable()
export class MailSendHandler implements OutboxHandler, OnModuleInit {
  readonly topic = MAIL_SEND_TOPIC;
  private readonly logger = new Logger(MailSendHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly cfg: MailConfig,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    private readonly queue: MailQueue,
    private readonly notifications: NotificationRepository,
    private readonly recipients: MailRecipients,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(messages: RelayedMessage[]): Promise<void> {
    for (const m of messages) {
      if (typeof m.payload.sealed === 'string') {
        await this.sendDirect(m.id, m.payload.sealed);
        continue;
      }
      const id = m.payload.notificationId;
      if (typeof id !== 'string') continue;
      const n = await this.notifications.unmailed(this.ds.manager, id);
      if (!n) continue;
      const to = n.recipient_user_id
        ? await this.recipients.emailsOfUser(n.recipient_user_id)
        : await this.recipients.emailsOfOrg(n.recipient_org_id!);
      if (to.length) {
        const link = n.link?.startsWith('/') ? `${this.cfg.publicUrl}${n.link}` : n.link;
        const text = link ? `${n.body}\n\n查看详情：${link}` : n.body;
        await this.mail.send({
          from: this.cfg.from,
          to,
          subject: `【网上技术市场】${n.title}`,
          text,
          reference: n.id,
        });
      }
      await this.notifications.markMailed(this.ds.manager, n.id);
    }
  }

  private async sendDirect(rowId: string, sealed: string): Promise<void> {
    let mail: DirectMail;
    try {
      mail = this.queue.open(sealed);
    } catch {
      // Sealed under another JWT_SECRET: no retry can open it, so it is dropped, not retried forever.
      this.logger.warn({ outboxId: rowId }, 'queued mail cannot be opened (JWT_SECRET changed?); dropped');
      return;
    }
    if (mail.to.length)
      await this.mail.send({
        from: this.cfg.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        reference: mail.reference,
      });
  }
}
