import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

class OutboxEnv {
  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_POLL_MS must be an integer between 50 and 60000' })
  @Min(50, { message: 'OUTBOX_POLL_MS must be an integer between 50 and 60000' })
  @Max(60_000, { message: 'OUTBOX_POLL_MS must be an integer between 50 and 60000' })
  OUTBOX_POLL_MS: number = 500;

  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_BACKOFF_BASE_MS must be an integer between 10 and 60000' })
  @Min(10, { message: 'OUTBOX_BACKOFF_BASE_MS must be an integer between 10 and 60000' })
  @Max(60_000, { message: 'OUTBOX_BACKOFF_BASE_MS must be an integer between 10 and 60000' })
  OUTBOX_BACKOFF_BASE_MS: number = 500;

  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_BACKOFF_MAX_MS must be an integer between 100 and 3600000' })
  @Min(100, { message: 'OUTBOX_BACKOFF_MAX_MS must be an integer between 100 and 3600000' })
  @Max(3_600_000, { message: 'OUTBOX_BACKOFF_MAX_MS must be an integer between 100 and 3600000' })
  OUTBOX_BACKOFF_MAX_MS: number = 60_000;

  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_LEASE_MS must be an integer between 1000 and 3600000' })
  @Min(1000, { message: 'OUTBOX_LEASE_MS must be an integer between 1000 and 3600000' })
  @Max(3_600_000, { message: 'OUTBOX_LEASE_MS must be an integer between 1000 and 3600000' })
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
