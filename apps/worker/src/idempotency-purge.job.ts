import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JobsConfig } from '../../../libs/shared/config/index.js';
import { IdempotencyService } from '../../../libs/shared/http/index.js';
import { PollingLoop } from '../../../libs/shared/jobs/index.js';

/**
 * Deletes idempotency keys older than IDEMPOTENCY_RETENTION_DAYS, at start and then every
 * IDEMPOTENCY_PURGE_POLL_MS (the store would otherwise keep every retried request's answer).
 */
@Injectable()
export class IdempotencyPurgeJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyPurgeJob.name);
  private readonly loop = new PollingLoop(
    async () => {
      const purged = await this.idempotency.purgeOlderThan(this.cfg.idempotencyRetentionDays);
      if (purged > 0) this.logger.log({ purged }, 'purged old idempotency keys');
      // purgeOlderThan deletes every old key in batches; the next look is a period away.
      return false;
    },
    () => this.cfg.idempotencyPurgePollMs,
    (err) => this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'idempotency purge failed'),
  );

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly cfg: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
    this.logger.log('idempotency purge job started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
