import { Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

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

  @IntSetting(1, 200)
  DATABASE_POOL_SIZE: number = 10;

  @IntSetting(100, 600_000)
  DATABASE_POOL_WAIT_MS: number = 10_000;

  @IntSetting(100, 600_000)
  DATABASE_LOCK_TIMEOUT_MS: number = 5_000;

  @IntSetting(1000, 3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 30_000;

  @IntSetting(1000, 3_600_000)
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
