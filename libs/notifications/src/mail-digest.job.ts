import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { MailConfig } from '../../shared/config/index.js';
import { JobRunner, type ScheduledJob } from '../../shared/jobs/index.js';
import { DigestService } from './digest.service.js';

/**
 * A schedule of the job queue: every MAIL_DIGEST_POLL_MS (once across all workers) it queues the
 * daily digests that are due (DigestService); they leave through the mail queue like any mail.
 */
@Injectable()
export class MailDigestJob implements ScheduledJob, OnModuleInit {
  readonly queue = 'notifications.digest';
  readonly lane = 'schedules';
  readonly everyMs: number;
  private readonly logger = new Logger(MailDigestJob.name);

  constructor(
    private readonly digests: DigestService,
    private readonly runner: JobRunner,
    cfg: MailConfig,
  ) {
    this.everyMs = cfg.digestPollMs;
  }

  onModuleInit(): void {
    this.runner.schedule(this);
  }

  async handle(): Promise<void> {
    const queued = await this.digests.run();
    if (queued > 0) this.logger.log({ queued }, 'daily digests queued');
  }
}
