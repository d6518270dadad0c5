import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const between = (name: string, min: number, max: number) => `${name} must be an integer between ${min} and ${max}`;

class JobsEnv {
  @Transform(toInt)
  @IsInt({ message: between('LISTING_DEADLINE_POLL_MS', 1000, 86400000) })
  @Min(1000, { message: between('LISTING_DEADLINE_POLL_MS', 1000, 86400000) })
  @Max(86_400_000, { message: between('LISTING_DEADLINE_POLL_MS', 1000, 86400000) })
  LISTING_DEADLINE_POLL_MS: number = 300_000;

  @Transform(toInt)
  @IsInt({ message: between('IDEMPOTENCY_RETENTION_DAYS', 1, 3650) })
  @Min(1, { message: between('IDEMPOTENCY_RETENTION_DAYS', 1, 3650) })
  @Max(3650, { message: between('IDEMPOTENCY_RETENTION_DAYS', 1, 3650) })
  IDEMPOTENCY_RETENTION_DAYS: number = 7;

  @Transform(toInt)
  @IsInt({ message: between('IDEMPOTENCY_PURGE_POLL_MS', 1000, 86400000) })
  @Min(1000, { message: between('IDEMPOTENCY_PURGE_POLL_MS', 1000, 86400000) })
  @Max(86_400_000, { message: between('IDEMPOTENCY_PURGE_POLL_MS', 1000, 86400000) })
  IDEMPOTENCY_PURGE_POLL_MS: number = 3_600_000;

  @Transform(toInt)
  @IsInt({ message: between('OUTBOX_RETENTION_DAYS', 1, 3650) })
  @Min(1, { message: between('OUTBOX_RETENTION_DAYS', 1, 3650) })
  @Max(3650, { message: between('OUTBOX_RETENTION_DAYS', 1, 3650) })
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
