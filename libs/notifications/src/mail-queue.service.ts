import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../shared/jobs/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { SecretBox } from '../../shared/crypto/index.js';
import { MAIL_QUEUE } from './notification.service.js';

/** A mail that is no in-app notification: to someone without an account yet (an invitation). */
export interface DirectMail {
  to: string[];
  /** Chinese; sent as is. */
  subject: string;
  text: string;
  /** What caused it (e.g. `invite:<userId>`), for logs and the job's key. */
  reference: string;
}

/**
 * Queues direct mails in the caller's transaction (queue `notifications.mail`); the worker's
 * MailSendHandler sends them after commit. The mail is sealed in the job: such mails carry
 * one-time links (an invitation link sets an account's password) and done jobs are kept for
 * JOBS_RETENTION_DAYS, so a database dump alone must not yield them.
 */
@Injectable()
export class MailQueue {
  private readonly box: SecretBox;

  constructor(
    private readonly jobs: JobQueue,
    auth: AuthConfig,
  ) {
    // The label predates the job queue; another would leave mails sealed before it unreadable.
    this.box = new SecretBox(auth.jwtSecret, 'outbox-mail');
  }

  async enqueue(em: EntityManager, mail: DirectMail): Promise<void> {
    const plain: DirectMail = { to: mail.to, subject: mail.subject, text: mail.text, reference: mail.reference };
    await this.jobs.enqueue(em, {
      queue: MAIL_QUEUE,
      key: `mail:${mail.reference}`,
      payload: { sealed: this.box.seal(JSON.stringify(plain)) },
    });
  }

  /** The mail of a sealed payload; throws when it was sealed under another JWT_SECRET. */
  open(sealed: string): DirectMail {
    return JSON.parse(this.box.open(sealed)) as DirectMail;
  }
}
