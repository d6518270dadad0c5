/**
 * What the mail port delivers, for tests: swaps the port's `send` for a recorder, so that mails
 * queued through the job queue are read as the recipient would get them (drained with the job runner).
 * For flows where the mail is only the way to a link; what the mail looks like on the wire (SMTP,
 * encoded subject, parts) is tested through a real SMTP server: test/smtp-harness.ts.
 *
 *   const box = captureMail(t);
 *   … invite someone …
 *   const link = await box.link(email);   // https://…/accept-invite#token=…
 *   box.restore();
 */
import { MAIL_PORT, type MailMessage, type MailPort } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import type { TestApp } from './test-app.js';

export interface Mailbox {
  readonly sent: MailMessage[];
  /** Runs the due jobs, then the mails to `email`, oldest first. */
  to(email: string): Promise<MailMessage[]>;
  /** The set-password link of the newest mail to `email` (invitation or password reset). */
  link(email: string): Promise<string>;
  restore(): void;
}

export function captureMail(t: TestApp): Mailbox {
  const sent: MailMessage[] = [];
  const port = t.app.get<MailPort>(MAIL_PORT);
  const original = port.send;
  port.send = async (mail) => {
    sent.push(mail);
  };
  const to = async (email: string) => {
    // mails leave from their own lane once the default lane has turned notices into deliveries
    await t.app.get(JobRunner).drainUntilIdle();
    await t.app.get(JobRunner).drainUntilIdle({ lane: 'mail' });
    return sent.filter((m) => m.to.includes(email));
  };
  return {
    sent,
    to,
    link: async (email) => {
      const mails = await to(email);
      const link = /https?:\/\/\S+\/accept-invite#token=[A-Za-z0-9_-]+/.exec(mails.at(-1)?.text ?? '')?.[0];
      if (!link) throw new Error(`no set-password link mailed to ${email} (${mails.length} mails)`);
      return link;
    },
    restore: () => {
      port.send = original;
    },
  };
}

/** The token of a set-password link. */
export const tokenOf = (link: string): string => link.split('#token=')[1]!;
