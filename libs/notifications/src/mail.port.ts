/** One outgoing mail, plain text. */
export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Correlates the mail with what caused it (the notification id), for logs and idempotency. */
  reference: string;
}

/**
 * Port: how mail leaves the platform. Adapters: the log transport (default), disabled; an SMTP
 * adapter would be a third. Called only by the worker after commit, never inside a transaction.
 */
export interface MailPort {
  send(mail: MailMessage): Promise<void>;
}

/** Nest injection token of the MailPort. */
export const MAIL_PORT = Symbol('MailPort');
