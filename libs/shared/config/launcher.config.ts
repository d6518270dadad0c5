import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

class LauncherEnv {
  @IsString()
  DATA_DIR: string = '.data';

  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  @Min(1024, { message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_PG_PORT must be an integer between 1024 and 65535' })
  EMBEDDED_PG_PORT: number = 54329;

  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_MEILI_PORT must be an integer between 1024 and 65535' })
  @Min(1024, { message: 'EMBEDDED_MEILI_PORT must be an integer between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_MEILI_PORT must be an integer between 1024 and 65535' })
  EMBEDDED_MEILI_PORT: number = 7701;

  @Transform(toInt)
  @IsInt({ message: 'LAUNCHER_RESTART_BACKOFF_BASE_MS must be an integer between 100 and 60000' })
  @Min(100, { message: 'LAUNCHER_RESTART_BACKOFF_BASE_MS must be an integer between 100 and 60000' })
  @Max(60_000, { message: 'LAUNCHER_RESTART_BACKOFF_BASE_MS must be an integer between 100 and 60000' })
  LAUNCHER_RESTART_BACKOFF_BASE_MS: number = 1000;

  @Transform(toInt)
  @IsInt({ message: 'LAUNCHER_RESTART_BACKOFF_MAX_MS must be an integer between 100 and 600000' })
  @Min(100, { message: 'LAUNCHER_RESTART_BACKOFF_MAX_MS must be an integer between 100 and 600000' })
  @Max(600_000, { message: 'LAUNCHER_RESTART_BACKOFF_MAX_MS must be an integer between 100 and 600000' })
  LAUNCHER_RESTART_BACKOFF_MAX_MS: number = 30_000;

  @Transform(toInt)
  @IsInt({ message: 'LAUNCHER_RESTART_RESET_MS must be an integer between 1000 and 3600000' })
  @Min(1000, { message: 'LAUNCHER_RESTART_RESET_MS must be an integer between 1000 and 3600000' })
  @Max(3_600_000, { message: 'LAUNCHER_RESTART_RESET_MS must be an integer between 1000 and 3600000' })
  LAUNCHER_RESTART_RESET_MS: number = 60_000;

  @Transform(toInt)
  @IsInt({ message: 'LAUNCHER_RESTART_MAX_FAILURES must be an integer between 1 and 100' })
  @Min(1, { message: 'LAUNCHER_RESTART_MAX_FAILURES must be an integer between 1 and 100' })
  @Max(100, { message: 'LAUNCHER_RESTART_MAX_FAILURES must be an integer between 1 and 100' })
  LAUNCHER_RESTART_MAX_FAILURES: number = 5;

  @Transform(toInt)
  @IsInt({ message: 'LAUNCHER_STOP_TIMEOUT_MS must be an integer between 1000 and 600000' })
  @Min(1000, { message: 'LAUNCHER_STOP_TIMEOUT_MS must be an integer between 1000 and 600000' })
  @Max(600_000, { message: 'LAUNCHER_STOP_TIMEOUT_MS must be an integer between 1000 and 600000' })
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
