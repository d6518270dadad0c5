import { isAbsolute, join, resolve } from 'node:path';
import { envConfig, int, megabytes, text } from './env-schema.js';

/**
 * Bulk import: file storage, upload limit, rows per commit transaction,
 * the hard limits on a file, how many problems a pass stores (the rest are counted), and after
 * how many runner crashes a job is failed instead of being taken again.
 */
export class ImportsConfig extends envConfig(
  {
    dataDir: text('DATA_DIR', '.data'),
    /** Where uploaded import files are kept; default `<DATA_DIR>/imports`. */
    dir: text('IMPORT_DIR', ''),
    maxBytes: megabytes('IMPORT_MAX_MB', 512, 1, 4096),
    batchSize: int('IMPORT_BATCH_SIZE', 500, 10, 10_000),
    /**
     * Rows per batch of a contracts import: staged with COPY and written set-based, so a batch
     * costs a few statements whatever its size, and larger batches spread their planning and
     * commit. Listings and registries keep IMPORT_BATCH_SIZE: listings are staged with COPY too,
     * but measured alike at 500, 2000 and 5000 rows a batch; registries bind parameters.
     */
    contractBatchSize: int('IMPORT_CONTRACT_BATCH_SIZE', 5000, 10, 20_000),
    /** Hard limits on one import file, each enforced while the file streams (libs/imports/README.md says why each default). */
    limits: {
      /** Sum of the uncompressed sizes of an XLSX's parts. */
      maxUncompressedBytes: megabytes('IMPORT_MAX_UNCOMPRESSED_MB', 1024, 1, 16_384),
      /** Uncompressed ÷ compressed size of any one XLSX part (a zip bomb's is ~1000). */
      maxCompressionRatio: int('IMPORT_MAX_COMPRESSION_RATIO', 100, 2, 100_000),
      /** Highest row number (Excel's row numbers; a CSV's record count). */
      maxRows: int('IMPORT_MAX_ROWS', 1_048_576, 1, 10_000_000),
      /** Cells in one row (XLSX: also the highest column). */
      maxCellsPerRow: int('IMPORT_MAX_CELLS_PER_ROW', 1024, 1, 16_384),
      /** Characters in one cell (or one shared string). */
      maxCellChars: int('IMPORT_MAX_CELL_CHARS', 32_767, 1, 1_000_000),
      maxSharedStrings: int('IMPORT_MAX_SHARED_STRINGS', 1_000_000, 1, 10_000_000),
      /** UTF-8 bytes of all shared strings together. */
      maxSharedStringBytes: megabytes('IMPORT_MAX_SHARED_STRINGS_MB', 64, 1, 1024),
    },
    maxProblemsStored: int('IMPORT_MAX_PROBLEMS_STORED', 10_000, 1, 1_000_000),
    maxRunnerCrashes: int('IMPORT_MAX_RUNNER_CRASHES', 2, 1, 10),
  },
  ({ dataDir, dir, ...rest }) => {
    const chosen = dir || join(dataDir, 'imports');
    return { ...rest, dir: isAbsolute(chosen) ? chosen : resolve(chosen) };
  },
) {}

export type ImportFileLimits = ImportsConfig['limits'];
