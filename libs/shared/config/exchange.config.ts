import { IntSetting, validateEnv, type Env } from './env-schema.js';

class ExchangeEnv {
  @IntSetting(1, 100_000)
  EXCHANGE_RATE_LIMIT_PER_MINUTE: number = 60;

  @IntSetting(0, 60_000)
  EXCHANGE_SYNC_LAG_MS: number = 2_000;

  @IntSetting(100, 60_000)
  EXCHANGE_WEBHOOK_TIMEOUT_MS: number = 5_000;

  @IntSetting(1, 50)
  EXCHANGE_WEBHOOK_MAX_ATTEMPTS: number = 10;

  @IntSetting(10, 3_600_000)
  EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: number = 10_000;

  @IntSetting(100, 86_400_000)
  EXCHANGE_WEBHOOK_BACKOFF_MAX_MS: number = 3_600_000;
}

/** Partner exchange API: per-key rate limit, incremental-sync settle lag, webhook delivery timing. */
export class ExchangeConfig {
  constructor(
    /** Requests per key per minute unless the key has its own limit. */
    readonly rateLimitPerMinute: number = 60,
    /**
     * Rows changed within this many ms are not served yet: updated_at is the writing
     * transaction's start time, so a slow transaction could commit behind a cursor already handed out.
     */
    readonly syncLagMs: number = 2_000,
    readonly webhookTimeoutMs: number = 5_000,
    readonly webhookMaxAttempts: number = 10,
    readonly webhookBackoffBaseMs: number = 10_000,
    readonly webhookBackoffMaxMs: number = 3_600_000,
  ) {}

  static fromEnv(env: Env): ExchangeConfig {
    const e = validateEnv(ExchangeEnv, env);
    return new ExchangeConfig(
      e.EXCHANGE_RATE_LIMIT_PER_MINUTE,
      e.EXCHANGE_SYNC_LAG_MS,
      e.EXCHANGE_WEBHOOK_TIMEOUT_MS,
      e.EXCHANGE_WEBHOOK_MAX_ATTEMPTS,
      e.EXCHANGE_WEBHOOK_BACKOFF_BASE_MS,
      Math.max(e.EXCHANGE_WEBHOOK_BACKOFF_MAX_MS, e.EXCHANGE_WEBHOOK_BACKOFF_BASE_MS),
    );
  }
}
