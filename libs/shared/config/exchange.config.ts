import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const between = (name: string, min: number, max: number) => `${name} must be an integer between ${min} and ${max}`;

class ExchangeEnv {
  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_RATE_LIMIT_PER_MINUTE', 1, 100000) })
  @Min(1, { message: between('EXCHANGE_RATE_LIMIT_PER_MINUTE', 1, 100000) })
  @Max(100_000, { message: between('EXCHANGE_RATE_LIMIT_PER_MINUTE', 1, 100000) })
  EXCHANGE_RATE_LIMIT_PER_MINUTE: number = 60;

  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_SYNC_LAG_MS', 0, 60000) })
  @Min(0, { message: between('EXCHANGE_SYNC_LAG_MS', 0, 60000) })
  @Max(60_000, { message: between('EXCHANGE_SYNC_LAG_MS', 0, 60000) })
  EXCHANGE_SYNC_LAG_MS: number = 2_000;

  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_WEBHOOK_TIMEOUT_MS', 100, 60000) })
  @Min(100, { message: between('EXCHANGE_WEBHOOK_TIMEOUT_MS', 100, 60000) })
  @Max(60_000, { message: between('EXCHANGE_WEBHOOK_TIMEOUT_MS', 100, 60000) })
  EXCHANGE_WEBHOOK_TIMEOUT_MS: number = 5_000;

  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_WEBHOOK_MAX_ATTEMPTS', 1, 50) })
  @Min(1, { message: between('EXCHANGE_WEBHOOK_MAX_ATTEMPTS', 1, 50) })
  @Max(50, { message: between('EXCHANGE_WEBHOOK_MAX_ATTEMPTS', 1, 50) })
  EXCHANGE_WEBHOOK_MAX_ATTEMPTS: number = 10;

  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_WEBHOOK_BACKOFF_BASE_MS', 10, 3600000) })
  @Min(10, { message: between('EXCHANGE_WEBHOOK_BACKOFF_BASE_MS', 10, 3600000) })
  @Max(3_600_000, { message: between('EXCHANGE_WEBHOOK_BACKOFF_BASE_MS', 10, 3600000) })
  EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: number = 10_000;

  @Transform(toInt)
  @IsInt({ message: between('EXCHANGE_WEBHOOK_BACKOFF_MAX_MS', 100, 86400000) })
  @Min(100, { message: between('EXCHANGE_WEBHOOK_BACKOFF_MAX_MS', 100, 86400000) })
  @Max(86_400_000, { message: between('EXCHANGE_WEBHOOK_BACKOFF_MAX_MS', 100, 86400000) })
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
