import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../../outbox/src/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { SecretBox } from '../../shared/crypto/index.js';
import { MAIL_SEND_TOPIC } from './notification.service.js';

/** A mail that is no in-app notification: to someone without an account yet (an invitation). */
export interface DirectMail {
  to: string[];
  /** Chinese; sent as is. */
  subject: string;
  text: string;
  /** What caused it (e.g. `invite:<userId>`), for logs and the outbox key. */
  reference: string;
}

/**
 * Queues direct mails in the caller's transaction (outbox topic `mail.send`); the worker's
 * MailSendHandler sends them after commit. The mail is sealed in the outbox row: such mails
 * carry one-time links (an invitation link sets an account's password) and processed outbox
 * rows are kept, so a database dump alone must not yield them.
 */
@Injectable()
export class MailQueue {
  private readonly box: SecretBox;

  constructor(
    private readonly outbox: OutboxService,
    auth: AuthConfig,
  ) {
    this.box = new SecretBox(auth.jwtSecret, 'outbox-mail');
  }

  async enqueue(em: EntityManager, mail: DirectMail): Promise<void> {
    const plain: DirectMail = { to: mail.to, subject: mail.subject, text: mail.text, reference: mail.reference };
    await this.outbox.enqueue(em, {
      topic: MAIL_SEND_TOPIC,
      aggregateKey: `mail:${mail.reference}`,
      payload: { sealed: this.box.seal(JSON.stringify(plain)) },
    });
  }

  /** The mail of a sealed payload; throws when it was sealed under another JWT_SECRET. */
  open(sealed: string): DirectMail {
    return JSON.parse(this.box.open(sealed)) as DirectMail;
  }
}
