import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailConfig } from '../../shared/config/index.js';
import { JobRunner, type Job, type JobHandler } from '../../shared/jobs/index.js';
import { MAIL_PORT, type MailPort } from './mail.port.js';
import { MailQueue, type DirectMail } from './mail-queue.service.js';
import { MAIL_QUEUE } from './notification.service.js';
import { MailRecipients } from './mail-recipients.js';
import { NotificationRepository } from './notification.repository.js';

/**
 * Mails notifications after commit (queue `notifications.mail`). Idempotent: `mailed_at` is set
 * once the mail is handed to the transport, and a notification already mailed is skipped, so
 * a job run again sends nothing (a crash between sending and marking may send twice: mail
 * is at-least-once, as mail always is). Rows with a sealed direct mail (MailQueue, e.g.
 * invitations) have no such mark: one run again is sent again.
 */
@Injectable()
export class MailSendHandler implements JobHandler, OnModuleInit {
  readonly queue = MAIL_QUEUE;
  private readonly logger = new Logger(MailSendHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobRunner,
    private readonly cfg: MailConfig,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    private readonly direct: MailQueue,
    private readonly notifications: NotificationRepository,
    private readonly recipients: MailRecipients,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async handle(jobs: Job[]): Promise<void> {
    for (const m of jobs) {
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

  private async sendDirect(jobId: string, sealed: string): Promise<void> {
    let mail: DirectMail;
    try {
      mail = this.direct.open(sealed);
    } catch {
      // Sealed under another JWT_SECRET: no retry can open it, so it is dropped, not retried forever.
      this.logger.warn({ jobId }, 'queued mail cannot be opened (JWT_SECRET changed?); dropped');
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
