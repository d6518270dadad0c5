import { IsString, Matches } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

class LauncherEnv {
  @IsString()
  DATA_DIR: string = '.data';

  @IntSetting(1024, 65535)
  EMBEDDED_PG_PORT: number = 54329;

  @IntSetting(1024, 65535)
  EMBEDDED_MEILI_PORT: number = 7701;

  @IntSetting(100, 60_000)
  LAUNCHER_RESTART_BACKOFF_BASE_MS: number = 1000;

  @IntSetting(100, 600_000)
  LAUNCHER_RESTART_BACKOFF_MAX_MS: number = 30_000;

  @IntSetting(1000, 3_600_000)
  LAUNCHER_RESTART_RESET_MS: number = 60_000;

  @IntSetting(1, 100)
  LAUNCHER_RESTART_MAX_FAILURES: number = 5;

  @IntSetting(1000, 600_000)
  LAUNCHER_STOP_TIMEOUT_MS: number = 10_000;

  @Matches(/^(\/.*)?$/, { message: 'LAUNCHER_STATE_FILE must be an absolute path' })
  LAUNCHER_STATE_FILE: string = '';
}

/** Restarting supervised children: see RestartPolicy (libs/shared/supervisor). */
export interface LauncherRestartSettings {
  baseMs: number;
  maxMs: number;
  resetAfterMs: number;
  maxFailures: number;
}

/**
 * Settings of `npm start` itself: where embedded servers keep their data and which ports they
 * use when DATABASE_URL / MEILI_URL are not set; how it restarts a child that exits (exponential
 * backoff from the base delay up to the cap; given up after `maxFailures` failures in a row,
 * each within `resetAfterMs` of its start) and how long it waits for one to stop before SIGKILL.
 * `stateFile` is set by the launcher for the api it starts (LAUNCHER_STATE_FILE): the
 * supervised children's state, shown by the api's health.
 */
export class LauncherConfig {
  constructor(
    readonly dataDir: string,
    readonly pgPort: number,
    readonly meiliPort: number,
    readonly databaseUrl: string | undefined,
    readonly meiliUrl: string | undefined,
    readonly meiliMasterKey: string | undefined,
    readonly restart: LauncherRestartSettings,
    readonly stopTimeoutMs: number,
    readonly stateFile: string | undefined,
  ) {}

  static fromEnv(env: Env): LauncherConfig {
    const e = validateEnv(LauncherEnv, env);
    const blank = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
    return new LauncherConfig(
      e.DATA_DIR,
      e.EMBEDDED_PG_PORT,
      e.EMBEDDED_MEILI_PORT,
      blank(env.DATABASE_URL),
      blank(env.MEILI_URL),
      blank(env.MEILI_MASTER_KEY),
      {
        baseMs: e.LAUNCHER_RESTART_BACKOFF_BASE_MS,
        maxMs: Math.max(e.LAUNCHER_RESTART_BACKOFF_MAX_MS, e.LAUNCHER_RESTART_BACKOFF_BASE_MS),
        resetAfterMs: e.LAUNCHER_RESTART_RESET_MS,
        maxFailures: e.LAUNCHER_RESTART_MAX_FAILURES,
      },
      e.LAUNCHER_STOP_TIMEOUT_MS,
      blank(e.LAUNCHER_STATE_FILE),
    );
  }
}
