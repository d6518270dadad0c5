import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { IdempotencyService } from '../../../libs/shared/http/index.js';
import { JobRunner, type ScheduledJob } from '../../../libs/shared/jobs/index.js';

/**
 * Deletes what would otherwise only grow, at start and then every IDEMPOTENCY_PURGE_POLL_MS (a
 * schedule of the job queue): idempotency keys older than IDEMPOTENCY_RETENTION_DAYS (every
 * retried request's answer) and jobs done more than JOBS_RETENTION_DAYS ago (every change to a
 * listing, every mail and webhook leaves some).
 */
@Injectable()
export class HousekeepingJob implements ScheduledJob, OnModuleInit {
  readonly queue = 'worker.housekeeping';
  readonly lane = 'schedules';
  readonly everyMs: number;
  private readonly logger = new Logger(HousekeepingJob.name);

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly runner: JobRunner,
    private readonly cfg: JobsConfig,
  ) {
    this.everyMs = cfg.idempotencyPurgePollMs;
  }

  onModuleInit(): void {
    this.runner.schedule(this);
  }

  async handle(): Promise<void> {
    // Both purges delete every old row in batches; the next run is a period away.
    const keys = await this.idempotency.purgeOlderThan(this.cfg.idempotencyRetentionDays);
    const jobs = await this.runner.purgeDone(this.cfg.retentionDays);
    if (keys > 0 || jobs > 0) this.logger.log({ idempotencyKeys: keys, jobs }, 'purged old rows');
  }
}
