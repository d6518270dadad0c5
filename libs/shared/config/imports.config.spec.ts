import { ImportsConfig } from './imports.config.js';

const MB = 1024 * 1024;

describe('ImportsConfig', () => {
  it('has a default for every file limit, the stored-problem cap and the crash limit', () => {
    const c = ImportsConfig.fromEnv({});
    expect(c.limits).toEqual({
      maxUncompressedBytes: 1024 * MB,
      maxCompressionRatio: 100,
      maxRows: 1_048_576,
      maxCellsPerRow: 1024,
      maxCellChars: 32_767,
      maxSharedStrings: 1_000_000,
      maxSharedStringBytes: 64 * MB,
    });
    expect([c.maxProblemsStored, c.maxRunnerCrashes]).toEqual([10_000, 2]);
    expect([c.batchSize, c.contractBatchSize]).toEqual([500, 5000]);
  });

  it('takes values and refuses bad ones in one line naming the variable', () => {
    const c = ImportsConfig.fromEnv({
      IMPORT_MAX_CELL_CHARS: '1000',
      IMPORT_MAX_SHARED_STRINGS_MB: '8',
      IMPORT_MAX_PROBLEMS_STORED: '50',
      IMPORT_MAX_RUNNER_CRASHES: '3',
    });
    expect([c.limits.maxCellChars, c.limits.maxSharedStringBytes, c.maxProblemsStored, c.maxRunnerCrashes]).toEqual([
      1000,
      8 * MB,
      50,
      3,
    ]);
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_COMPRESSION_RATIO: '1' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_COMPRESSION_RATIO must be an integer between 2 and 100000 \(got "1"\)$/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_ROWS: 'many' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_ROWS must be an integer between 1 and 10000000/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_CELLS_PER_ROW: '20000' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_CELLS_PER_ROW must be/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_UNCOMPRESSED_MB: '0' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_UNCOMPRESSED_MB must be/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_SHARED_STRINGS: '-5' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_SHARED_STRINGS must be/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_RUNNER_CRASHES: '0' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_RUNNER_CRASHES must be/,
    );
    expect(() => ImportsConfig.fromEnv({ IMPORT_MAX_MB: '5000' })).toThrow(
      /^Invalid configuration: IMPORT_MAX_MB must be an integer between 1 and 4096 \(got "5000"\)$/,
    );
  });
});
