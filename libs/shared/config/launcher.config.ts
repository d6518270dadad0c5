import { envConfig, int, oneOf, optionalText, pattern, text } from './env-schema.js';

/**
 * Settings of `npm start` itself: where embedded servers keep their data and which ports they
 * use when DATABASE_URL / MEILI_URL are not set; how it restarts a child that exits (exponential
 * backoff from the base delay up to the cap; given up after `maxFailures` failures in a row,
 * each within `resetAfterMs` of its start) and how long it waits for one to stop before SIGKILL.
 * `stateFile` is set by the launcher for the api it starts (LAUNCHER_STATE_FILE): the
 * supervised children's state, shown by the api's health.
 */
export class LauncherConfig extends envConfig(
  {
    dataDir: text('DATA_DIR', '.data'),
    pgPort: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    meiliPort: int('EMBEDDED_MEILI_PORT', 7701, 1024, 65535),
    // Only whether they are set matters here: the database and search namespaces validate them.
    databaseUrl: optionalText('DATABASE_URL'),
    meiliUrl: optionalText('MEILI_URL'),
    meiliMasterKey: optionalText('MEILI_MASTER_KEY'),
    /**
     * The demo market (accounts with a published password) goes into an empty database: `auto`
     * only into the embedded PostgreSQL (a try-out on one machine), never into a database named by
     * DATABASE_URL unless `on`; `off` never.
     */
    demoData: oneOf('DEMO_DATA', ['auto', 'on', 'off'], 'auto'),
    /** Restarting supervised children: see RestartPolicy (libs/shared/supervisor). */
    restart: {
      baseMs: int('LAUNCHER_RESTART_BACKOFF_BASE_MS', 1000, 100, 60_000),
      maxMs: int('LAUNCHER_RESTART_BACKOFF_MAX_MS', 30_000, 100, 600_000),
      resetAfterMs: int('LAUNCHER_RESTART_RESET_MS', 60_000, 1000, 3_600_000),
      maxFailures: int('LAUNCHER_RESTART_MAX_FAILURES', 5, 1, 100),
    },
    stopTimeoutMs: int('LAUNCHER_STOP_TIMEOUT_MS', 10_000, 1000, 600_000),
    stateFile: optionalText('LAUNCHER_STATE_FILE', pattern(/^\//, 'must be an absolute path')),
  },
  (v) => ({ ...v, restart: { ...v.restart, maxMs: Math.max(v.restart.maxMs, v.restart.baseMs) } }),
) {}

export type LauncherRestartSettings = LauncherConfig['restart'];
