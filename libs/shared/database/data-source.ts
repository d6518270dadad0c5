import { DataSource, type DataSourceOptions } from 'typeorm';
import type { SessionLimits } from '../config/index.js';
import { migrations } from './migrations/index.js';

/**
 * The one place that describes how we talk to PostgreSQL. Entities are registered by the Nest
 * modules that own them (autoLoadEntities); migrations are listed explicitly in migrations/.
 */
export function baseDataSourceOptions(url: string, poolSize = 10, limits?: SessionLimits): DataSourceOptions {
  // node-postgres sends these as startup parameters, so every pooled session has them.
  const session = limits
    ? {
        connectionTimeoutMillis: limits.poolWaitMs,
        lock_timeout: limits.lockTimeoutMs,
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      }
    : {};
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, application_name: 'techmarket', ...session },
    parseInt8: false,
  };
}

/** Applies every pending migration; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(baseDataSourceOptions(url, 2));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** A plain DataSource (no entities) for scripts that only run SQL, such as seed loaders. */
export async function openDataSource(url: string): Promise<DataSource> {
  const ds = new DataSource(baseDataSourceOptions(url, 4));
  return ds.initialize();
}
