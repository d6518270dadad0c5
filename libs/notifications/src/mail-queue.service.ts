import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../shared/jobs/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { SecretBox } from '../../shared/crypto/index.js';
import { DeliveryRepository } from './delivery.repository.js';
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
 * Queues direct mails in the caller's transaction: a delivery row (sent at most once, a failure
 * kept for the platform admin like any other) and its job on queue `notifications.mail`; the
 * worker sends it after commit. The text is sealed in the row: such mails carry one-time links
 * (an invitation link sets an account's password), so a database dump alone must not yield them.
 */
@Injectable()
export class MailQueue {
  private readonly box: SecretBox;

  constructor(
    private readonly jobs: JobQueue,
    private readonly deliveries: DeliveryRepository,
    auth: AuthConfig,
  ) {
    // The label predates the job queue; another would leave mails sealed before it unreadable.
    this.box = new SecretBox(auth.jwtSecret, 'outbox-mail');
  }

  async enqueue(em: EntityManager, mail: DirectMail): Promise<void> {
    const plain: DirectMail = { to: mail.to, subject: mail.subject, text: mail.text, reference: mail.reference };
    const [id] = await this.deliveries.insertNew(em, [
      {
        dedupeKey: `direct:${randomUUID()}`,
        channel: 'mail',
        kind: 'direct',
        address: mail.to.join(', '),
        subject: mail.subject,
        sealed: this.box.seal(JSON.stringify(plain)),
      },
    ]);
    await this.jobs.enqueue(em, { queue: MAIL_QUEUE, key: `mail:${mail.reference}`, payload: { deliveryId: id } });
  }

  /** The mail of a sealed payload; throws when it was sealed under another JWT_SECRET. */
  open(sealed: string): DirectMail {
    return JSON.parse(this.box.open(sealed)) as DirectMail;
  }
}
