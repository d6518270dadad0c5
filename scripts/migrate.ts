import { ConfigError, DatabaseConfig, processEnv } from '../libs/shared/config/index.js';
import { runMigrations } from '../libs/shared/database/index.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL. */
try {
  const cfg = DatabaseConfig.fromEnv(processEnv());
  const applied = await runMigrations(cfg.url);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(1);
}
