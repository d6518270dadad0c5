import { Transform } from 'class-transformer';
import { IsInt, Max, Min, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

@ValidatorConstraint({ name: 'postgresUrl' })
class IsPostgresUrl implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      const u = new URL(value);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'must be a URL like postgres://user:password@host:5432/database';
  }
}

class DatabaseEnv {
  @Validate(IsPostgresUrl)
  DATABASE_URL: string | undefined = undefined;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  @Max(200, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  DATABASE_POOL_SIZE: number = 10;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_WAIT_MS must be an integer between 100 and 600000' })
  @Min(100, { message: 'DATABASE_POOL_WAIT_MS must be an integer between 100 and 600000' })
  @Max(600_000, { message: 'DATABASE_POOL_WAIT_MS must be an integer between 100 and 600000' })
  DATABASE_POOL_WAIT_MS: number = 10_000;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_LOCK_TIMEOUT_MS must be an integer between 100 and 600000' })
  @Min(100, { message: 'DATABASE_LOCK_TIMEOUT_MS must be an integer between 100 and 600000' })
  @Max(600_000, { message: 'DATABASE_LOCK_TIMEOUT_MS must be an integer between 100 and 600000' })
  DATABASE_LOCK_TIMEOUT_MS: number = 5_000;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  @Min(1000, { message: 'DATABASE_STATEMENT_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  @Max(3_600_000, { message: 'DATABASE_STATEMENT_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  DATABASE_STATEMENT_TIMEOUT_MS: number = 30_000;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  @Min(1000, { message: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  @Max(3_600_000, { message: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS must be an integer between 1000 and 3600000' })
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 60_000;
}

/**
 * Server-side limits every pooled session gets, so that a stuck request fails with a coded
 * error instead of wedging the service: waiting for a row lock, one statement, and a
 * transaction left open while its client does something else.
 */
export interface SessionLimits {
  /** How long a request waits for a free pool connection. */
  poolWaitMs: number;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

/** PostgreSQL connection settings. */
export class DatabaseConfig {
  constructor(
    readonly url: string,
    readonly poolSize: number,
    readonly limits: SessionLimits,
  ) {}

  static fromEnv(env: Env): DatabaseConfig {
    const e = validateEnv(DatabaseEnv, env);
    return new DatabaseConfig(e.DATABASE_URL!, e.DATABASE_POOL_SIZE, {
      poolWaitMs: e.DATABASE_POOL_WAIT_MS,
      lockTimeoutMs: e.DATABASE_LOCK_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    });
  }
}
