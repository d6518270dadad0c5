import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ListingIndexer, LISTING_KINDS } from '../../../libs/listings/src/index.js';
import { JobRunner } from '../../../libs/shared/jobs/index.js';

/**
 * Runs the job queue in the worker process: every lib's handlers and subscriptions, and the
 * worker's schedules, registered at module init. Index settings are declared at start when the
 * engine is up (otherwise before the first document, by the indexer itself).
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);

  constructor(
    private readonly runner: JobRunner,
    private readonly indexer: ListingIndexer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const kind of LISTING_KINDS) {
      await this.indexer
        .ensureIndex(kind)
        .catch((err: unknown) =>
          this.logger.warn(
            { err: err instanceof Error ? err.message : String(err) },
            `index settings for ${kind} deferred`,
          ),
        );
    }
    this.runner.start();
    this.logger.log('job runner started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
