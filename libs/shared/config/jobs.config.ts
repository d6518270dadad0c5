import { ConfigError, envConfig, int, type Env } from './env-schema.js';

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

function refuseRetired(env: Env): void {
  for (const [old, now] of Object.entries(RETIRED))
    if (env[old] !== undefined && env[old] !== '') throw new ConfigError(old, `is no longer used: set ${now} instead`);
}

/**
 * The job queue (libs/shared/jobs): how often an idle worker looks for due jobs (commits wake it
 * at once), jobs per handler call, retry backoff (doubling, capped), how long a claimed job stays
 * reserved for a worker that may have died, how long done jobs are kept; and the worker's
 * schedules: closing listings past their deadline and auction lots past their end, purging old idempotency keys and done jobs.
 */
export class JobsConfig extends envConfig(
  {
    pollMs: int('JOBS_POLL_MS', 500, 50, 60_000),
    batchSize: int('JOBS_BATCH_SIZE', 200, 1, 5000),
    backoffBaseMs: int('JOBS_BACKOFF_BASE_MS', 500, 10, 60_000),
    backoffMaxMs: int('JOBS_BACKOFF_MAX_MS', 60_000, 100, 3_600_000),
    leaseMs: int('JOBS_LEASE_MS', 60_000, 1000, 3_600_000),
    /** Done jobs are deleted this long after they were done (kept for diagnosis). */
    retentionDays: int('JOBS_RETENTION_DAYS', 30, 1, 3650),
    /** How often the worker closes published needs and challenges past their deadline. */
    listingDeadlinePollMs: int('LISTING_DEADLINE_POLL_MS', 300_000, 1000, 86_400_000),
    /** How often the worker announces registration deadlines near or passed and price publications over. */
    contractReminderPollMs: int('CONTRACT_REMINDER_POLL_MS', 3_600_000, 1000, 86_400_000),
    /** How often the worker closes auction lots past their end (a lot's close waits at most this long). */
    auctionClosePollMs: int('AUCTION_CLOSE_POLL_MS', 15_000, 1000, 3_600_000),
    /** How often the worker ends 挂牌 listings past their period (sold, converted to an auction, or 流标). */
    listedSaleClosePollMs: int('LISTED_SALE_CLOSE_POLL_MS', 60_000, 1000, 3_600_000),
    /** How often the worker expires approved vouchers past their reservation and returns them to the budget. */
    voucherExpiryPollMs: int('VOUCHER_EXPIRY_POLL_MS', 3_600_000, 1000, 86_400_000),
    /** Idempotency keys older than this are deleted (never while their replay window is open). */
    idempotencyRetentionDays: int('IDEMPOTENCY_RETENTION_DAYS', 7, 1, 3650),
    idempotencyPurgePollMs: int('IDEMPOTENCY_PURGE_POLL_MS', 3_600_000, 1000, 86_400_000),
  },
  (v, env) => {
    refuseRetired(env);
    return { ...v, backoffMaxMs: Math.max(v.backoffMaxMs, v.backoffBaseMs) };
  },
) {}
