import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ListingIndexer, LISTING_KINDS } from '../../../libs/listings/src/index.js';
import { OutboxRelay } from '../../../libs/outbox/src/index.js';

/**
 * Runs the outbox relay loop in the worker process. Index settings are declared at start when
 * the engine is up (otherwise before the first document, by the indexer itself).
 */
@Injectable()
export class OutboxRelayJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayJob.name);

  constructor(
    private readonly relay: OutboxRelay,
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
    this.relay.start();
    this.logger.log('outbox relay started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
