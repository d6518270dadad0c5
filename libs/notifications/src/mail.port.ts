/** One outgoing mail: a plain-text part always, an HTML part for notifications and digests. */
export interface MailMessage {
  from: string;
  to: string[];
  /** Chinese; the transport encodes it (RFC 2047). */
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** Message-ID derived from the delivery, so that a mail handed over twice is recognisably the same. */
  messageId?: string;
  /** Correlates the mail with what caused it (the delivery or notification id), for logs. */
  reference: string;
}

/**
 * Port: how mail leaves the platform. Adapters: the log transport (default), disabled, SMTP
 * (nodemailer). Called only by the worker after commit, never inside a transaction. Throws
 * MailSendError when the server refused or could not be reached.
 */
export interface MailPort {
  send(mail: MailMessage): Promise<void>;
}

/** Nest injection token of the MailPort. */
export const MAIL_PORT = Symbol('MailPort');

/**
 * A mail that did not leave. `permanent`: the server refused it for good (an SMTP 5xx reply);
 * otherwise (server down, timeout, 4xx) a later attempt may succeed.
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}
