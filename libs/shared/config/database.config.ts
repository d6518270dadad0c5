import { envConfig, int, optionalText, requiredText } from './env-schema.js';

function isPostgresUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1;
  } catch {
    return false;
  }
}

/** PostgreSQL connection settings. */
export class DatabaseConfig extends envConfig({
  url: requiredText('DATABASE_URL', {
    test: isPostgresUrl,
    message: 'must be a URL like postgres://user:password@host:5432/database',
  }),
  poolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
  /**
   * A read replica (streaming replication of DATABASE_URL) for the reads that tolerate its lag:
   * statistics and their exports. Unset: those reads use DATABASE_URL.
   */
  readUrl: optionalText('DATABASE_READ_URL', {
    test: isPostgresUrl,
    message: 'must be a URL like postgres://user:password@host:5432/database',
  }),
  readPoolSize: int('DATABASE_READ_POOL_SIZE', 10, 1, 200),
  /**
   * Server-side limits every pooled session gets, so that a stuck request fails with a coded
   * error instead of wedging the service: waiting for a row lock, one statement, and a
   * transaction left open while its client does something else.
   */
  limits: {
    /** How long a request waits for a free pool connection. */
    poolWaitMs: int('DATABASE_POOL_WAIT_MS', 10_000, 100, 600_000),
    lockTimeoutMs: int('DATABASE_LOCK_TIMEOUT_MS', 5_000, 100, 600_000),
    statementTimeoutMs: int('DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 1000, 3_600_000),
    idleInTransactionTimeoutMs: int('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 1000, 3_600_000),
  },
}) {}

export type SessionLimits = DatabaseConfig['limits'];
