import { ConfigError, DatabaseConfig, processEnv } from '../libs/shared/config/index.js';
import { openDataSource } from '../libs/shared/database/index.js';
import { loadReferenceData } from '../seeds/load-reference.js';

/** `npm run seed:reference`: loads the code tables into DATABASE_URL (idempotent). */
try {
  const cfg = DatabaseConfig.fromEnv(processEnv());
  const ds = await openDataSource(cfg.url);
  try {
    process.stdout.write(`${JSON.stringify(await loadReferenceData(ds))}\n`);
  } finally {
    await ds.destroy();
  }
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(1);
}
