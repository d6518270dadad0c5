import type { MailMessage, MailPort } from './mail.port.js';
import type { SmsMessage, SmsPort } from './sms.port.js';

/** Where the log transport writes: a pino-compatible `info(obj, msg)`. */
export interface MailLogSink {
  info(obj: Record<string, unknown>, msg: string): void;
}

/**
 * Default transport: the mail goes to the structured log (one JSON line with recipients,
 * subject and text), so a market without a mail server still shows what would have been sent.
 */
export class LogMailTransport implements MailPort {
  constructor(private readonly sink: MailLogSink) {}

  async send(mail: MailMessage): Promise<void> {
    this.sink.info(
      { mail: { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, reference: mail.reference } },
      'mail (log transport)',
    );
  }
}

/** MAIL_TRANSPORT=disabled: mails are dropped (the in-app notification still exists). */
export class DisabledMailTransport implements MailPort {
  async send(): Promise<void> {}
}

/** SMS_TRANSPORT=log (default): the message goes to the structured log. */
export class LogSmsTransport implements SmsPort {
  constructor(private readonly sink: MailLogSink) {}

  async send(sms: SmsMessage): Promise<void> {
    this.sink.info({ sms: { to: sms.to, text: sms.text, reference: sms.reference } }, 'sms (log transport)');
  }
}

/** SMS_TRANSPORT=disabled. */
export class DisabledSmsTransport implements SmsPort {
  async send(): Promise<void> {}
}
