import { JobsConfig } from './jobs.config.js';

describe('JobsConfig', () => {
  it('defaults: poll every 500 ms, batches of 200, retries from 500 ms doubling up to a minute, a minute of lease, done jobs kept 30 days; deadlines every 5 minutes, idempotency keys kept 7 days and purged hourly, contract reminders hourly, auction closes every 15 s, 挂牌 ends every minute', () => {
    expect(JobsConfig.fromEnv({})).toEqual({
      pollMs: 500,
      batchSize: 200,
      backoffBaseMs: 500,
      backoffMaxMs: 60_000,
      leaseMs: 60_000,
      retentionDays: 30,
      listingDeadlinePollMs: 300_000,
      idempotencyRetentionDays: 7,
      idempotencyPurgePollMs: 3_600_000,
      contractReminderPollMs: 3_600_000,
      auctionClosePollMs: 15_000,
      listedSaleClosePollMs: 60_000,
      voucherExpiryPollMs: 3_600_000,
    });
  });

  it('takes values and refuses bad ones in one line naming the variable', () => {
    expect(
      JobsConfig.fromEnv({
        JOBS_LEASE_MS: '5000',
        LISTING_DEADLINE_POLL_MS: '60000',
        IDEMPOTENCY_RETENTION_DAYS: '30',
      }),
    ).toMatchObject({ leaseMs: 5000, listingDeadlinePollMs: 60_000, idempotencyRetentionDays: 30 });
    expect(() => JobsConfig.fromEnv({ JOBS_LEASE_MS: '10' })).toThrow(
      /^Invalid configuration: JOBS_LEASE_MS must be an integer between 1000 and 3600000 \(got "10"\)$/,
    );
    expect(() => JobsConfig.fromEnv({ LISTING_DEADLINE_POLL_MS: '10' })).toThrow(
      /^Invalid configuration: LISTING_DEADLINE_POLL_MS must be an integer between 1000 and 86400000 \(got "10"\)$/,
    );
    expect(() => JobsConfig.fromEnv({ JOBS_BATCH_SIZE: '0' })).toThrow(
      /^Invalid configuration: JOBS_BATCH_SIZE must be/,
    );
    expect(() => JobsConfig.fromEnv({ IDEMPOTENCY_PURGE_POLL_MS: 'hourly' })).toThrow(
      /^Invalid configuration: IDEMPOTENCY_PURGE_POLL_MS must be/,
    );
    expect(() => JobsConfig.fromEnv({ JOBS_RETENTION_DAYS: '-1' })).toThrow(
      /^Invalid configuration: JOBS_RETENTION_DAYS must be/,
    );
  });

  it('keeps the backoff cap at or above its base', () => {
    expect(JobsConfig.fromEnv({ JOBS_BACKOFF_BASE_MS: '2000', JOBS_BACKOFF_MAX_MS: '1000' }).backoffMaxMs).toBe(2000);
  });

  it('refuses the variables of the loops the job queue replaced, naming the one to set instead', () => {
    expect(() => JobsConfig.fromEnv({ OUTBOX_LEASE_MS: '5000' })).toThrow(
      /^Invalid configuration: OUTBOX_LEASE_MS is no longer used: set JOBS_LEASE_MS instead$/,
    );
    expect(() => JobsConfig.fromEnv({ IMPORT_POLL_MS: '100' })).toThrow(
      /IMPORT_POLL_MS is no longer used: set JOBS_POLL_MS/,
    );
    expect(() => JobsConfig.fromEnv({ EXCHANGE_WEBHOOK_POLL_MS: '' })).not.toThrow();
  });
});
