import { ConfigError, IntSetting, validateEnv, type Env } from './env-schema.js';

class JobsEnv {
  @IntSetting(50, 60_000)
  JOBS_POLL_MS: number = 500;

  @IntSetting(1, 5000)
  JOBS_BATCH_SIZE: number = 200;

  @IntSetting(10, 60_000)
  JOBS_BACKOFF_BASE_MS: number = 500;

  @IntSetting(100, 3_600_000)
  JOBS_BACKOFF_MAX_MS: number = 60_000;

  @IntSetting(1000, 3_600_000)
  JOBS_LEASE_MS: number = 60_000;

  @IntSetting(1, 3650)
  JOBS_RETENTION_DAYS: number = 30;

  @IntSetting(1000, 86_400_000)
  LISTING_DEADLINE_POLL_MS: number = 300_000;

  @IntSetting(1000, 86_400_000)
  CONTRACT_REMINDER_POLL_MS: number = 3_600_000;

  @IntSetting(1000, 3_600_000)
  AUCTION_CLOSE_POLL_MS: number = 15_000;

  @IntSetting(1, 3650)
  IDEMPOTENCY_RETENTION_DAYS: number = 7;

  @IntSetting(1000, 86_400_000)
  IDEMPOTENCY_PURGE_POLL_MS: number = 3_600_000;
}

/**
 * Variables of the three loops the job queue replaced (issue 15). A value set for one of them
 * would otherwise be ignored without a word, so start-up refuses it and names the replacement.
 */
const RETIRED: Record<string, string> = {
  OUTBOX_POLL_MS: 'JOBS_POLL_MS',
  OUTBOX_BACKOFF_BASE_MS: 'JOBS_BACKOFF_BASE_MS',
  OUTBOX_BACKOFF_MAX_MS: 'JOBS_BACKOFF_MAX_MS',
  OUTBOX_LEASE_MS: 'JOBS_LEASE_MS',
  OUTBOX_RETENTION_DAYS: 'JOBS_RETENTION_DAYS',
  EXCHANGE_WEBHOOK_POLL_MS: 'JOBS_POLL_MS (one loop runs every job)',
  IMPORT_POLL_MS: 'JOBS_POLL_MS (one loop runs every job)',
};

/**
 * The job queue (libs/shared/jobs): how often an idle worker looks for due jobs (commits wake it
 * at once), jobs per handler call, retry backoff (doubling, capped), how long a claimed job stays
 * reserved for a worker that may have died, how long done jobs are kept; and the worker's
 * schedules: closing listings past their deadline and auction lots past their end, purging old idempotency keys and done jobs.
 */
export class JobsConfig {
  constructor(
    readonly pollMs: number = 500,
    readonly batchSize: number = 200,
    readonly backoffBaseMs: number = 500,
    readonly backoffMaxMs: number = 60_000,
    readonly leaseMs: number = 60_000,
    /** Done jobs are deleted this long after they were done (kept for diagnosis). */
    readonly retentionDays: number = 30,
    /** How often the worker closes published needs and challenges past their deadline. */
    readonly listingDeadlinePollMs: number = 300_000,
    /** Idempotency keys older than this are deleted (never while their replay window is open). */
    readonly idempotencyRetentionDays: number = 7,
    readonly idempotencyPurgePollMs: number = 3_600_000,
    /** How often the worker announces registration deadlines near or passed and price publications over. */
    readonly contractReminderPollMs: number = 3_600_000,
    /** How often the worker closes auction lots past their end (a lot's close waits at most this long). */
    readonly auctionClosePollMs: number = 15_000,
  ) {}

  static fromEnv(env: Env): JobsConfig {
    for (const [old, now] of Object.entries(RETIRED))
      if (env[old] !== undefined && env[old] !== '')
        throw new ConfigError(old, `is no longer used: set ${now} instead`);
    const e = validateEnv(JobsEnv, env);
    return new JobsConfig(
      e.JOBS_POLL_MS,
      e.JOBS_BATCH_SIZE,
      e.JOBS_BACKOFF_BASE_MS,
      Math.max(e.JOBS_BACKOFF_MAX_MS, e.JOBS_BACKOFF_BASE_MS),
      e.JOBS_LEASE_MS,
      e.JOBS_RETENTION_DAYS,
      e.LISTING_DEADLINE_POLL_MS,
      e.IDEMPOTENCY_RETENTION_DAYS,
      e.IDEMPOTENCY_PURGE_POLL_MS,
      e.CONTRACT_REMINDER_POLL_MS,
      e.AUCTION_CLOSE_POLL_MS,
    );
  }
}
