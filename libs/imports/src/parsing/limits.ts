import type { ImportFileLimits } from '../../../shared/config/index.js';
import { ImportJobFailure, ImportsErrorCode, type ImportLimitCode } from '../imports.errors.js';

export type { ImportFileLimits };

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A failure naming the limit (its variable and value in details, for the admin). */
function over(
  code: ImportLimitCode,
  variable: string,
  value: number,
  message: string,
  details: Record<string, unknown> = {},
): ImportJobFailure {
  return new ImportJobFailure(code, message, { limit: variable, value, ...details });
}

/** Where a cell sits, as the user sees it: "第 12 行 C 列". */
export function cellPlace(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `第 ${row} 行 ${letters} 列`;
}

/**
 * The errors of the file limits. Each message says which limit was passed and its value, in
 * words a bureau clerk can act on (split the file, shorten a cell); details carry the variable.
 */
export const limitError = {
  uncompressed: (l: ImportFileLimits, declared: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_UNCOMPRESSED_SIZE,
      'IMPORT_MAX_UNCOMPRESSED_MB',
      mb(l.maxUncompressedBytes),
      `Excel 文件解压后的大小（${mb(declared)} MB）超过上限 ${mb(l.maxUncompressedBytes)} MB，请拆分后分批导入`,
      {
        uncompressedBytes: declared,
      },
    ),
  ratio: (l: ImportFileLimits, part: string, ratio: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_COMPRESSION_RATIO,
      'IMPORT_MAX_COMPRESSION_RATIO',
      l.maxCompressionRatio,
      `Excel 文件中的 ${part} 压缩比为 ${Math.round(ratio)}:1，超过上限 ${l.maxCompressionRatio}:1（正常表格远低于此值，疑似压缩炸弹），文件未被读取`,
      { part, ratio: Math.round(ratio) },
    ),
  rows: (l: ImportFileLimits, row: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_ROWS,
      'IMPORT_MAX_ROWS',
      l.maxRows,
      `文件超过行数上限 ${l.maxRows} 行（第 ${row} 行），请拆分后分批导入`,
      { row },
    ),
  cells: (l: ImportFileLimits, row: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_CELLS_PER_ROW,
      'IMPORT_MAX_CELLS_PER_ROW',
      l.maxCellsPerRow,
      `第 ${row} 行的单元格超过每行上限 ${l.maxCellsPerRow} 个，请删除多余的列`,
      { row },
    ),
  cellChars: (l: ImportFileLimits, row: number, col?: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_CELL_TOO_LONG,
      'IMPORT_MAX_CELL_CHARS',
      l.maxCellChars,
      `${col === undefined ? `第 ${row} 行有单元格` : cellPlace(row, col)}的内容超过单元格上限 ${l.maxCellChars} 个字符`,
      col === undefined ? { row } : { row, column: col },
    ),
  sharedStringChars: (l: ImportFileLimits, index: number) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_CELL_TOO_LONG,
      'IMPORT_MAX_CELL_CHARS',
      l.maxCellChars,
      `Excel 文件的第 ${index + 1} 个共享字符串超过单元格上限 ${l.maxCellChars} 个字符`,
      { sharedString: index },
    ),
  sharedStrings: (l: ImportFileLimits) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_SHARED_STRINGS,
      'IMPORT_MAX_SHARED_STRINGS',
      l.maxSharedStrings,
      `Excel 文件的共享字符串超过上限 ${l.maxSharedStrings} 个，请拆分后分批导入，或另存为 CSV`,
    ),
  sharedStringBytes: (l: ImportFileLimits) =>
    over(
      ImportsErrorCode.IMPORT_LIMIT_SHARED_STRINGS_SIZE,
      'IMPORT_MAX_SHARED_STRINGS_MB',
      mb(l.maxSharedStringBytes),
      `Excel 文件的共享字符串总大小超过上限 ${mb(l.maxSharedStringBytes)} MB，请拆分后分批导入，或另存为 CSV`,
    ),
};
