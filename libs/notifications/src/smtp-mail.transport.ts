import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpSettings } from '../../shared/config/index.js';
import { MailSendError, type MailMessage, type MailPort } from './mail.port.js';

/** What nodemailer puts on an error: the SMTP reply code when the server answered, else a code such as ECONNECTION. */
interface SmtpFailure {
  message?: string;
  code?: string;
  responseCode?: number;
}

/** 5xx is the server's final word on this mail (no such mailbox, refused); anything else may pass later. */
export function smtpFailure(err: unknown): MailSendError {
  const e = (err ?? {}) as SmtpFailure;
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
  const what = [e.responseCode, e.code].filter((x) => x !== undefined).join(' ');
  return new MailSendError(`${what ? `${what}: ` : ''}${e.message ?? String(err)}`.slice(0, 500), permanent);
}

/**
 * MAIL_TRANSPORT=smtp: nodemailer over SMTP_URL (smtp:// upgrades with STARTTLS when the server
 * offers it, or must with SMTP_REQUIRE_TLS; smtps:// is TLS from the start). Pooled connections,
 * so a burst of notifications does not open one connection per mail. The subject and names are
 * encoded by nodemailer (RFC 2047, UTF-8); each mail has a text and, when given, an HTML part.
 */
export class SmtpMailTransport implements MailPort {
  private readonly transporter: Transporter;

  constructor(s: SmtpSettings) {
    this.transporter = createTransport({
      url: s.url,
      pool: true,
      maxConnections: 2,
      requireTLS: s.requireTls,
      tls: { rejectUnauthorized: s.tlsRejectUnauthorized },
      connectionTimeout: s.timeoutMs,
      greetingTimeout: s.timeoutMs,
      socketTimeout: s.timeoutMs,
    });
  }

  async send(mail: MailMessage): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
      });
    } catch (err) {
      throw smtpFailure(err);
    }
  }

  close(): void {
    this.transporter.close();
  }
}
