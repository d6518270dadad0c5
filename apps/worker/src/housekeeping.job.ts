import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OutboxRelay } from '../../../libs/outbox/src/index.js';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { IdempotencyService } from '../../../libs/shared/http/index.js';
import { PollingLoop } from '../../../libs/shared/jobs/index.js';

/**
 * Deletes what would otherwise only grow, at start and then every IDEMPOTENCY_PURGE_POLL_MS:
 * idempotency keys older than IDEMPOTENCY_RETENTION_DAYS (every retried request's answer) and
 * outbox rows relayed more than OUTBOX_RETENTION_DAYS ago (every change to a listing, contract
 * or deal leaves some).
 */
@Injectable()
export class HousekeepingJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HousekeepingJob.name);
  private readonly loop = new PollingLoop(
    async () => {
      const keys = await this.idempotency.purgeOlderThan(this.cfg.idempotencyRetentionDays);
      const outbox = await this.relay.purgeProcessed(this.cfg.outboxRetentionDays);
      if (keys > 0 || outbox > 0) this.logger.log({ idempotencyKeys: keys, outboxRows: outbox }, 'purged old rows');
      // Both purges delete every old row in batches; the next look is a period away.
      return false;
    },
    () => this.cfg.idempotencyPurgePollMs,
    (err) => this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'housekeeping purge failed'),
  );

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly relay: OutboxRelay,
    private readonly cfg: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
    this.logger.log('housekeeping job started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
