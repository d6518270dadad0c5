import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AuthConfig, MailConfig } from '../../shared/config/index.js';
import { JobsModule } from '../../shared/jobs/index.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DeliveryReportService } from './delivery-report.service.js';
import { DeliverySender } from './delivery-sender.js';
import { DigestRepository } from './digest.repository.js';
import { DigestService } from './digest.service.js';
import {
  DisabledMailTransport,
  DisabledSmsTransport,
  LogMailTransport,
  LogSmsTransport,
} from './log-mail.transport.js';
import { MAIL_DIGEST_SCHEDULE } from './mail-digest.schedule.js';
import { MailFanOut } from './mail-fan-out.js';
import { MailQueue } from './mail-queue.service.js';
import { MailSendHandler } from './mail-send.handler.js';
import { MAIL_PORT, type MailPort } from './mail.port.js';
import { NotificationService } from './notification.service.js';
import { NotificationFactsReader } from './notification-facts.js';
import { NotificationRepository } from './notification.repository.js';
import { MailRecipients } from './mail-recipients.js';
import { PreferenceRepository } from './preference.repository.js';
import { NotificationPreferenceService } from './preference.service.js';
import { SMS_PORT, type SmsPort } from './sms.port.js';
import { SmtpMailTransport } from './smtp-mail.transport.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

function mailTransport(cfg: MailConfig): MailPort {
  if (cfg.transport === 'disabled') return new DisabledMailTransport();
  if (cfg.transport === 'smtp' && cfg.smtp) return new SmtpMailTransport(cfg.smtp);
  const logger = new Logger('Mail');
  return new LogMailTransport({ info: (obj, msg) => logger.log(obj, msg) });
}

function smsTransport(cfg: MailConfig): SmsPort {
  if (cfg.smsTransport === 'disabled') return new DisabledSmsTransport();
  const logger = new Logger('Sms');
  return new LogSmsTransport({ info: (obj, msg) => logger.log(obj, msg) });
}

/**
 * In-app notifications, outgoing mail (MailPort, chosen by MAIL_TRANSPORT) and SMS (SmsPort,
 * SMS_TRANSPORT), each user's mail preferences and daily digests. The mail handler and the
 * digest schedule register on the job runner of whichever process imports this module; only
 * the worker runs it. JobsModule is global; it is imported here too so that a process without
 * it (the contracts demo loader, through IdentityModule) still gets it.
 */
@Module({
  imports: [JobsModule],
  providers: [
    NotificationRepository,
    DeliveryRepository,
    PreferenceRepository,
    DigestRepository,
    MailRecipients,
    NotificationFactsReader,
    NotificationService,
    NotificationPreferenceService,
    DeliveryReportService,
    MailQueue,
    MailFanOut,
    DeliverySender,
    MailSendHandler,
    DigestService,
    MAIL_DIGEST_SCHEDULE,
    {
      provide: UnsubscribeTokens,
      useFactory: (auth: AuthConfig) => new UnsubscribeTokens(auth.jwtSecret),
      inject: [AuthConfig],
    },
    { provide: MAIL_PORT, useFactory: mailTransport, inject: [MailConfig] },
    { provide: SMS_PORT, useFactory: smsTransport, inject: [MailConfig] },
  ],
  exports: [
    NotificationFactsReader,
    NotificationService,
    NotificationPreferenceService,
    DeliveryReportService,
    DigestService,
    MailQueue,
    MailRecipients,
    MAIL_PORT,
    SMS_PORT,
  ],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_PORT) private readonly mail: MailPort) {}

  /** Closes the SMTP pool's connections, so the process can exit. */
  onApplicationShutdown(): void {
    if (this.mail instanceof SmtpMailTransport) this.mail.close();
  }
}
