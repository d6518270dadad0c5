import { IntSetting, validateEnv, type Env } from './env-schema.js';

class JobsEnv {
  @IntSetting(1000, 86_400_000)
  LISTING_DEADLINE_POLL_MS: number = 300_000;

  @IntSetting(1, 3650)
  IDEMPOTENCY_RETENTION_DAYS: number = 7;

  @IntSetting(1000, 86_400_000)
  IDEMPOTENCY_PURGE_POLL_MS: number = 3_600_000;

  @IntSetting(1, 3650)
  OUTBOX_RETENTION_DAYS: number = 30;
}

/** The worker's scheduled housekeeping: closing listings past their deadline, purging old idempotency keys and relayed outbox rows. */
export class JobsConfig {
  constructor(
    /** How often the worker looks for published needs and challenges past their deadline. */
    readonly listingDeadlinePollMs: number = 300_000,
    /** Idempotency keys older than this are deleted (never while their replay window is open). */
    readonly idempotencyRetentionDays: number = 7,
    readonly idempotencyPurgePollMs: number = 3_600_000,
    /** Relayed outbox rows are deleted this long after they were processed (kept for diagnosis). */
    readonly outboxRetentionDays: number = 30,
  ) {}

  static fromEnv(env: Env): JobsConfig {
    const e = validateEnv(JobsEnv, env);
    return new JobsConfig(
      e.LISTING_DEADLINE_POLL_MS,
      e.IDEMPOTENCY_RETENTION_DAYS,
      e.IDEMPOTENCY_PURGE_POLL_MS,
      e.OUTBOX_RETENTION_DAYS,
    );
  }
}
