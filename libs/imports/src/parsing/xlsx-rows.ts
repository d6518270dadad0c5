import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';
import { cellText } from './cell-text.js';

/** Decodes UTF-8 across chunk boundaries (a character may be split between two chunks). */
async function* utf8Strings(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const c of chunks) {
    const text = typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: AsyncIterable<Buffer | string>): unknown;
}

/**
 * exceljs 4.4 decodes every XML chunk on its own, so a Chinese character split across two
 * inflated chunks turns into U+FFFD (seen on large sheets). Its parser passes strings through
 * untouched, so we hand it already-decoded text for the worksheets and the shared strings.
 */
function decodeAcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const r = reader as unknown as ReaderInternals;
  const parseWorksheet = r._parseWorksheet.bind(r);
  const parseSharedStrings = r._parseSharedStrings.bind(r);
  r._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Strings(iterator), sheetNo);
  r._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8Strings(entry)) as unknown as AsyncIterable<string>);
}

/**
 * Rows of the first worksheet of an XLSX file as cell texts, read with exceljs' streaming
 * WorkbookReader so the workbook is never wholly in memory. Later worksheets (the template's
 * 说明 sheet) are skipped. Row gaps (rows with no cells in the file) come out as empty rows,
 * so the row numbers callers count match Excel's.
 */
export async function* xlsxRows(path: string): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  decodeAcrossChunks(reader);
  let first = true;
  try {
    for await (const sheet of reader) {
      if (!first) {
        // Drain the sheet so the zip stream moves on.
        for await (const _ of sheet) void _;
        continue;
      }
      first = false;
      let expected = 1;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        for (; expected < row.number; expected++) yield [];
        expected = row.number + 1;
        const values = row.values as unknown[];
        const cells: string[] = [];
        // row.values is 1-based (index 0 unused).
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield cells;
      }
    }
  } catch (err) {
    if (err instanceof ImportJobFailure) throw err;
    throw new ImportJobFailure(ImportJobErrorCode.FILE_UNREADABLE, `无法读取 Excel 文件：${err instanceof Error ? err.message : String(err)}`);
  }
  if (first) throw new ImportJobFailure(ImportJobErrorCode.FILE_UNREADABLE, 'Excel 文件中没有工作表');
}
