import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ListingDeadlines } from '../../../libs/listings/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { PollingLoop } from '../../../libs/shared/jobs/index.js';

/**
 * Closes published needs and challenges past their deadline, at start and then every
 * LISTING_DEADLINE_POLL_MS. Several workers may run it at once (ListingDeadlines skips rows
 * another transaction holds).
 */
@Injectable()
export class ListingDeadlineJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ListingDeadlineJob.name);
  private readonly loop = new PollingLoop(
    async () => {
      const closed = await this.deadlines.closeExpired();
      if (closed > 0) this.logger.log({ closed }, 'closed listings past their deadline');
      // closeExpired works through every due listing in batches; the next look is a period away.
      return false;
    },
    () => this.cfg.listingDeadlinePollMs,
    (err) =>
      this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'listing deadline round failed'),
  );

  constructor(
    private readonly deadlines: ListingDeadlines,
    private readonly cfg: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
    this.logger.log('listing deadline job started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
