import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { MailConfig } from '../../shared/config/index.js';
import { JobRunner, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { DeliverySender } from './delivery-sender.js';
import { MailFanOut } from './mail-fan-out.js';
import { MAIL_PORT, type MailPort } from './mail.port.js';
import { MailQueue } from './mail-queue.service.js';
import { MAIL_QUEUE } from './notification.service.js';

/**
 * The mail queue (`notifications.mail`), two steps: a notification's job becomes one delivery per
 * recipient and channel (MailFanOut, recorded in the transaction that completes the job); a
 * delivery's job sends it (DeliverySender). A delivery that cannot leave yet (server down, 4xx)
 * is retried with the queue's backoff; the others of the batch go on. Jobs sealed before
 * deliveries existed (`sealed` in the payload) are still sent.
 */
@Injectable()
export class MailSendHandler implements JobHandler, OnModuleInit {
  readonly queue = MAIL_QUEUE;
  /** Sending waits on a mail server: its own lane, so event deliveries never wait for SMTP. */
  readonly lane = 'mail';
  /**
   * A batch may wait on a slow server: small batches, and over SMTP a lease of three SMTP
   * timeouts (connection, greeting, socket) renewed before each mail once a fifth of it has
   * passed, so no other worker takes (and sends) a delivery still being sent. Without SMTP the
   * queue's lease (JOBS_LEASE_MS): a fixed long lease kept a killed worker's mails locked for
   * minutes, and the backlog with them.
   */
  readonly batchSize = 50;
  get leaseMs(): number | undefined {
    return this.cfg.smtp ? 3 * this.cfg.smtp.timeoutMs : undefined;
  }
  private readonly logger = new Logger(MailSendHandler.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly fanOut: MailFanOut,
    private readonly sender: DeliverySender,
    private readonly cfg: MailConfig,
    @Inject(MAIL_PORT) private readonly mail: MailPort,
    private readonly direct: MailQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async handle(jobs: Job[], ctx: JobContext): Promise<void> {
    let renewed = Date.now();
    for (const job of jobs) {
      if (this.leaseMs !== undefined && Date.now() - renewed > this.leaseMs / 5) {
        await ctx.heartbeat();
        renewed = Date.now();
      }
      const { notificationId, deliveryId, sealed } = job.payload;
      if (typeof notificationId === 'string') {
        const plan = await this.fanOut.plan(notificationId);
        if (plan) ctx.onCompletion((em) => this.fanOut.apply(em, plan));
      } else if (typeof deliveryId === 'string') {
        const outcome = await this.sender.send(deliveryId);
        if (outcome.retry) ctx.retryLater(job, { error: outcome.error });
      } else if (typeof sealed === 'string') {
        await this.sendSealed(job.id, sealed);
      }
    }
  }

  private async sendSealed(jobId: string, sealed: string): Promise<void> {
    let mail;
    try {
      mail = this.direct.open(sealed);
    } catch {
      // Sealed under another JWT_SECRET: no retry can open it, so it is dropped, not retried forever.
      this.logger.warn({ jobId }, 'queued mail cannot be opened (JWT_SECRET changed?); dropped');
      return;
    }
    if (mail.to.length) await this.mail.send({ from: this.cfg.from, ...mail });
  }
}
