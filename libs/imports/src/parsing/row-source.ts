import { createReadStream } from 'node:fs';
import type { ImportFormat, TextEncoding } from '../import.types.js';
import { csvRows } from './csv-rows.js';
import { xlsxRows } from './xlsx-rows.js';

export interface SheetRow {
  /** 1-based, as Excel numbers rows (CSV: the record number). */
  rowNo: number;
  cells: string[];
}

/** The non-empty rows of a stored import file, streamed. */
export async function* sheetRows(path: string, format: ImportFormat, encoding: TextEncoding | null): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? xlsxRows(path) : csvRows(createReadStream(path, { highWaterMark: 256 * 1024 }), encoding ?? 'utf-8');
  let rowNo = 0;
  for await (const cells of rows) {
    rowNo++;
    if (cells.every((c) => c.trim() === '')) continue;
    yield { rowNo, cells };
  }
}
