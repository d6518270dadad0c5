import { isAbsolute, join, resolve } from 'node:path';
import { IsString } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

class ImportsEnv {
  @IsString()
  DATA_DIR: string = '.data';

  /** Where uploaded import files are kept; default `<DATA_DIR>/imports`. */
  @IsString()
  IMPORT_DIR: string = '';

  @IntSetting(1, 4096)
  IMPORT_MAX_MB: number = 512;

  @IntSetting(10, 10_000)
  IMPORT_BATCH_SIZE: number = 500;

  // The hard limits on what one import file may hold; libs/imports/README.md says why each default.
  @IntSetting(1, 16_384)
  IMPORT_MAX_UNCOMPRESSED_MB: number = 1024;

  @IntSetting(2, 100_000)
  IMPORT_MAX_COMPRESSION_RATIO: number = 100;

  @IntSetting(1, 10_000_000)
  IMPORT_MAX_ROWS: number = 1_048_576;

  @IntSetting(1, 16_384)
  IMPORT_MAX_CELLS_PER_ROW: number = 1024;

  @IntSetting(1, 1_000_000)
  IMPORT_MAX_CELL_CHARS: number = 32_767;

  @IntSetting(1, 10_000_000)
  IMPORT_MAX_SHARED_STRINGS: number = 1_000_000;

  @IntSetting(1, 1024)
  IMPORT_MAX_SHARED_STRINGS_MB: number = 64;

  @IntSetting(1, 1_000_000)
  IMPORT_MAX_PROBLEMS_STORED: number = 10_000;

  @IntSetting(1, 10)
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
