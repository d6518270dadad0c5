import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
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
}

/**
 * Settings of `npm start` itself: where embedded servers keep their data and which ports they
 * use when DATABASE_URL / MEILI_URL are not set.
 */
export class LauncherConfig {
  constructor(
    readonly dataDir: string,
    readonly pgPort: number,
    readonly meiliPort: number,
    readonly databaseUrl: string | undefined,
    readonly meiliUrl: string | undefined,
    readonly meiliMasterKey: string | undefined,
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
    );
  }
}
