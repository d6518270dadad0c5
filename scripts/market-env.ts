import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LauncherConfig, processEnv, projectRoot, type Env } from '../libs/shared/config/index.js';

/**
 * Env for scripts that work on the running market (search:reindex, bench:search): the given
 * DATABASE_URL / MEILI_URL, or else the embedded servers `npm start` runs from .data/.
 */
export function marketEnv(): Env {
  const env = processEnv();
  const launcher = LauncherConfig.fromEnv(env);
  const dataDir = resolve(projectRoot(), launcher.dataDir);
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined);
  const out: Env = { ...env };
  if (!launcher.databaseUrl) {
    const password = read(join(dataDir, 'pg-password'));
    if (password)
      out.DATABASE_URL = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${launcher.pgPort}/techmarket`;
  }
  if (!launcher.meiliUrl) {
    out.MEILI_URL = `http://127.0.0.1:${launcher.meiliPort}`;
    out.MEILI_MASTER_KEY = read(join(dataDir, 'meili', 'master-key'));
  }
  return out;
}
