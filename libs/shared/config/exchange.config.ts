import { envConfig, int } from './env-schema.js';

/** Partner exchange API: per-key rate limit, incremental-sync settle lag, webhook delivery timing. */
export class ExchangeConfig extends envConfig(
  {
    /** Requests per key per minute unless the key has its own limit. */
    rateLimitPerMinute: int('EXCHANGE_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    /**
     * Rows changed within this many ms are not served yet: updated_at is the writing
     * transaction's start time, so a slow transaction could commit behind a cursor already handed out.
     */
    syncLagMs: int('EXCHANGE_SYNC_LAG_MS', 2_000, 0, 60_000),
    webhookTimeoutMs: int('EXCHANGE_WEBHOOK_TIMEOUT_MS', 5_000, 100, 60_000),
    webhookMaxAttempts: int('EXCHANGE_WEBHOOK_MAX_ATTEMPTS', 10, 1, 50),
    webhookBackoffBaseMs: int('EXCHANGE_WEBHOOK_BACKOFF_BASE_MS', 10_000, 10, 3_600_000),
    webhookBackoffMaxMs: int('EXCHANGE_WEBHOOK_BACKOFF_MAX_MS', 3_600_000, 100, 86_400_000),
  },
  (v) => ({ ...v, webhookBackoffMaxMs: Math.max(v.webhookBackoffMaxMs, v.webhookBackoffBaseMs) }),
) {}
