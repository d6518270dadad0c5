import { JobsConfig } from './jobs.config.js';

describe('JobsConfig', () => {
  it('defaults: deadlines every 5 minutes, idempotency keys kept 7 days and purged hourly, relayed outbox rows kept 30 days', () => {
    expect(JobsConfig.fromEnv({})).toEqual({
      listingDeadlinePollMs: 300_000,
      idempotencyRetentionDays: 7,
      idempotencyPurgePollMs: 3_600_000,
      outboxRetentionDays: 30,
    });
  });

  it('takes values and refuses bad ones in one line naming the variable', () => {
    expect(JobsConfig.fromEnv({ LISTING_DEADLINE_POLL_MS: '60000', IDEMPOTENCY_RETENTION_DAYS: '30' })).toMatchObject({
      listingDeadlinePollMs: 60_000,
      idempotencyRetentionDays: 30,
    });
    expect(() => JobsConfig.fromEnv({ LISTING_DEADLINE_POLL_MS: '10' })).toThrow(
      /^Invalid configuration: LISTING_DEADLINE_POLL_MS must be an integer between 1000 and 86400000 \(got "10"\)$/,
    );
    expect(() => JobsConfig.fromEnv({ IDEMPOTENCY_RETENTION_DAYS: '0' })).toThrow(
      /^Invalid configuration: IDEMPOTENCY_RETENTION_DAYS must be/,
    );
    expect(() => JobsConfig.fromEnv({ IDEMPOTENCY_PURGE_POLL_MS: 'hourly' })).toThrow(
      /^Invalid configuration: IDEMPOTENCY_PURGE_POLL_MS must be/,
    );
    expect(() => JobsConfig.fromEnv({ OUTBOX_RETENTION_DAYS: '-1' })).toThrow(
      /^Invalid configuration: OUTBOX_RETENTION_DAYS must be/,
    );
  });
});
