import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ListingDeadlines } from '../../../libs/listings/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { JobRunner, type ScheduledJob } from '../../../libs/shared/jobs/index.js';

/**
 * Closes published needs and challenges past their deadline: a schedule of the job queue, at
 * start and then every LISTING_DEADLINE_POLL_MS, once across all workers (ListingDeadlines would
 * also be safe run twice at once: it skips rows another transaction holds).
 */
@Injectable()
export class ListingDeadlineJob implements ScheduledJob, OnModuleInit {
  readonly queue = 'worker.listing-deadlines';
  readonly lane = 'schedules';
  readonly everyMs: number;
  private readonly logger = new Logger(ListingDeadlineJob.name);

  constructor(
    private readonly deadlines: ListingDeadlines,
    private readonly runner: JobRunner,
    cfg: JobsConfig,
  ) {
    this.everyMs = cfg.listingDeadlinePollMs;
  }

  onModuleInit(): void {
    this.runner.schedule(this);
  }

  async handle(): Promise<void> {
    // closeExpired works through every due listing in batches; the next run is a period away.
    const closed = await this.deadlines.closeExpired();
    if (closed > 0) this.logger.log({ closed }, 'closed listings past their deadline');
  }
}
