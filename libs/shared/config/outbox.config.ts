import { IntSetting, validateEnv, type Env } from './env-schema.js';

class OutboxEnv {
  @IntSetting(50, 60_000)
  OUTBOX_POLL_MS: number = 500;

  @IntSetting(10, 60_000)
  OUTBOX_BACKOFF_BASE_MS: number = 500;

  @IntSetting(100, 3_600_000)
  OUTBOX_BACKOFF_MAX_MS: number = 60_000;

  @IntSetting(1000, 3_600_000)
  OUTBOX_LEASE_MS: number = 60_000;
}

/**
 * Outbox relay timing: how often the worker polls, how retries back off, and how long a claimed
 * row stays reserved for the relay that claimed it (a relay that dies mid-batch, or loses the
 * database before marking the batch done, leaves its rows to the next claim after this long).
 */
export class OutboxConfig {
  constructor(
    readonly pollMs: number,
    readonly backoffBaseMs: number,
    readonly backoffMaxMs: number,
    readonly leaseMs: number,
  ) {}

  static fromEnv(env: Env): OutboxConfig {
    const e = validateEnv(OutboxEnv, env);
    return new OutboxConfig(
      e.OUTBOX_POLL_MS,
      e.OUTBOX_BACKOFF_BASE_MS,
      Math.max(e.OUTBOX_BACKOFF_MAX_MS, e.OUTBOX_BACKOFF_BASE_MS),
      e.OUTBOX_LEASE_MS,
    );
  }
}
