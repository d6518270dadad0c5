import { isAbsolute, join, resolve } from 'node:path';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

class ImportsEnv {
  @IsString()
  DATA_DIR: string = '.data';

  /** Where uploaded import files are kept; default `<DATA_DIR>/imports`. */
  @IsString()
  IMPORT_DIR: string = '';

  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_MB must be an integer between 1 and 4096' })
  @Min(1, { message: 'IMPORT_MAX_MB must be an integer between 1 and 4096' })
  @Max(4096, { message: 'IMPORT_MAX_MB must be an integer between 1 and 4096' })
  IMPORT_MAX_MB: number = 512;

  @Transform(toInt)
  @IsInt({ message: 'IMPORT_BATCH_SIZE must be an integer between 10 and 10000' })
  @Min(10, { message: 'IMPORT_BATCH_SIZE must be an integer between 10 and 10000' })
  @Max(10_000, { message: 'IMPORT_BATCH_SIZE must be an integer between 10 and 10000' })
  IMPORT_BATCH_SIZE: number = 500;

  @Transform(toInt)
  @IsInt({ message: 'IMPORT_POLL_MS must be an integer between 50 and 60000' })
  @Min(50, { message: 'IMPORT_POLL_MS must be an integer between 50 and 60000' })
  @Max(60_000, { message: 'IMPORT_POLL_MS must be an integer between 50 and 60000' })
  IMPORT_POLL_MS: number = 1000;
}

/** Bulk import: file storage, upload limit, rows per commit transaction, worker poll interval. */
export class ImportsConfig {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
    readonly batchSize: number,
    readonly pollMs: number,
  ) {}

  static fromEnv(env: Env): ImportsConfig {
    const e = validateEnv(ImportsEnv, env);
    const dir = e.IMPORT_DIR || join(e.DATA_DIR, 'imports');
    return new ImportsConfig(isAbsolute(dir) ? dir : resolve(dir), e.IMPORT_MAX_MB * 1024 * 1024, e.IMPORT_BATCH_SIZE, e.IMPORT_POLL_MS);
  }
}
