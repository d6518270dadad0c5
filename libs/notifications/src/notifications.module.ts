import { Logger, Module } from '@nestjs/common';
import { MailConfig } from '../../shared/config/index.js';
import { JobsModule } from '../../shared/jobs/index.js';
import { registerErrorStatuses } from '../../shared/errors/index.js';
import { DisabledMailTransport, LogMailTransport } from './log-mail.transport.js';
import { MailQueue } from './mail-queue.service.js';
import { MailSendHandler } from './mail-send.handler.js';
import { MAIL_PORT, type MailPort } from './mail.port.js';
import { NotificationService } from './notification.service.js';
import { notificationsErrorStatus } from './notifications.errors.js';
import { NotificationFactsReader } from './notification-facts.js';
import { NotificationRepository } from './notification.repository.js';
import { MailRecipients } from './mail-recipients.js';

registerErrorStatuses(notificationsErrorStatus);

function mailTransport(cfg: MailConfig): MailPort {
  if (cfg.transport === 'disabled') return new DisabledMailTransport();
  const logger = new Logger('Mail');
  return new LogMailTransport({ info: (obj, msg) => logger.log(obj, msg) });
}

/**
 * In-app notifications and outgoing mail (MailPort, chosen by MAIL_TRANSPORT). The mail
 * handler registers on the job runner of whichever process imports this module; only the
 * worker runs it. JobsModule is global; it is imported here too so that a process without it
 * (the contracts demo loader, through IdentityModule) still gets it.
 */
@Module({
  imports: [JobsModule],
  providers: [
    NotificationRepository,
    MailRecipients,
    NotificationFactsReader,
    NotificationService,
    MailQueue,
    MailSendHandler,
    { provide: MAIL_PORT, useFactory: mailTransport, inject: [MailConfig] },
  ],
  exports: [NotificationFactsReader, NotificationService, MailQueue, MailRecipients, MAIL_PORT],
})
export class NotificationsModule {}
