import { isAbsolute, join, resolve } from 'node:path';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** An integer variable between min and max, with the one-line message naming it. */
function IntBetween(name: string, min: number, max: number): PropertyDecorator {
  const message = `${name} must be an integer between ${min} and ${max}`;
  return (target, key) => {
    Transform(toInt)(target, key);
    IsInt({ message })(target, key);
    Min(min, { message })(target, key);
    Max(max, { message })(target, key);
  };
}

class ImportsEnv {
  @IsString()
  DATA_DIR: string = '.data';

  /** Where uploaded import files are kept; default `<DATA_DIR>/imports`. */
  @IsString()
  IMPORT_DIR: string = '';

  @IntBetween('IMPORT_MAX_MB', 1, 4096)
  IMPORT_MAX_MB: number = 512;

  @IntBetween('IMPORT_BATCH_SIZE', 10, 10_000)
  IMPORT_BATCH_SIZE: number = 500;

  // The hard limits on what one import file may hold; libs/imports/README.md says why each default.
  @IntBetween('IMPORT_MAX_UNCOMPRESSED_MB', 1, 16_384)
  IMPORT_MAX_UNCOMPRESSED_MB: number = 1024;

  @IntBetween('IMPORT_MAX_COMPRESSION_RATIO', 2, 100_000)
  IMPORT_MAX_COMPRESSION_RATIO: number = 100;

  @IntBetween('IMPORT_MAX_ROWS', 1, 10_000_000)
  IMPORT_MAX_ROWS: number = 1_048_576;

  @IntBetween('IMPORT_MAX_CELLS_PER_ROW', 1, 16_384)
  IMPORT_MAX_CELLS_PER_ROW: number = 1024;

  @IntBetween('IMPORT_MAX_CELL_CHARS', 1, 1_000_000)
  IMPORT_MAX_CELL_CHARS: number = 32_767;

  @IntBetween('IMPORT_MAX_SHARED_STRINGS', 1, 10_000_000)
  IMPORT_MAX_SHARED_STRINGS: number = 1_000_000;

  @IntBetween('IMPORT_MAX_SHARED_STRINGS_MB', 1, 1024)
  IMPORT_MAX_SHARED_STRINGS_MB: number = 64;

  @IntBetween('IMPORT_MAX_PROBLEMS_STORED', 1, 1_000_000)
  IMPORT_MAX_PROBLEMS_STORED: number = 10_000;

  @IntBetween('IMPORT_MAX_RUNNER_CRASHES', 1, 10)
  IMPORT_MAX_RUNNER_CRASHES: number = 2;
}

/** Hard limits on one import file, each enforced while the file streams (see libs/imports/README.md). */
export interface ImportFileLimits {
  /** Sum of the uncompressed sizes of an XLSX's parts. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of any one XLSX part (a zip bomb's is ~1000). */
  maxCompressionRatio: number;
  /** Highest row number (Excel's row numbers; a CSV's record count). */
  maxRows: number;
  /** Cells in one row (XLSX: also the highest column). */
  maxCellsPerRow: number;
  /** Characters in one cell (or one shared string). */
  maxCellChars: number;
  maxSharedStrings: number;
  /** UTF-8 bytes of all shared strings together. */
  maxSharedStringBytes: number;
}

const MB = 1024 * 1024;

/**
 * Bulk import: file storage, upload limit, rows per commit transaction,
 * the hard limits on a file, how many problems a pass stores (the rest are counted), and after
 * how many runner crashes a job is failed instead of being taken again.
 */
export class ImportsConfig {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
    readonly batchSize: number,
    readonly limits: ImportFileLimits,
    readonly maxProblemsStored: number,
    readonly maxRunnerCrashes: number,
  ) {}

  static fromEnv(env: Env): ImportsConfig {
    const e = validateEnv(ImportsEnv, env);
    const dir = e.IMPORT_DIR || join(e.DATA_DIR, 'imports');
    const limits: ImportFileLimits = {
      maxUncompressedBytes: e.IMPORT_MAX_UNCOMPRESSED_MB * MB,
      maxCompressionRatio: e.IMPORT_MAX_COMPRESSION_RATIO,
      maxRows: e.IMPORT_MAX_ROWS,
      maxCellsPerRow: e.IMPORT_MAX_CELLS_PER_ROW,
      maxCellChars: e.IMPORT_MAX_CELL_CHARS,
      maxSharedStrings: e.IMPORT_MAX_SHARED_STRINGS,
      maxSharedStringBytes: e.IMPORT_MAX_SHARED_STRINGS_MB * MB,
    };
    return new ImportsConfig(
      isAbsolute(dir) ? dir : resolve(dir),
      e.IMPORT_MAX_MB * MB,
      e.IMPORT_BATCH_SIZE,
      limits,
      e.IMPORT_MAX_PROBLEMS_STORED,
      e.IMPORT_MAX_RUNNER_CRASHES,
    );
  }
}
