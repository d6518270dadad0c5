import { createReadStream } from 'node:fs';
import type { ImportFormat, TextEncoding } from '../import.types.js';
import { csvRowBatches } from './csv-rows.js';
import type { ImportFileLimits } from './limits.js';
import { xlsxRows, type SheetRow } from './xlsx-rows.js';

export type { SheetRow };

/** XLSX rows handed over at a time (CSV: the rows of one read chunk). */
const XLSX_BATCH = 512;

const blank = (row: SheetRow) => row.cells.every((c) => c.trim() === '');

async function* numbered(batches: AsyncIterable<string[][]>): AsyncGenerator<SheetRow[]> {
  let rowNo = 0;
  for await (const batch of batches) yield batch.map((cells) => ({ rowNo: ++rowNo, cells }));
}

async function* grouped(rows: AsyncIterable<SheetRow>): AsyncGenerator<SheetRow[]> {
  let batch: SheetRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= XLSX_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The non-empty rows of a stored import file, streamed within the file limits, a few hundred at
 * a time (a promise per row and layer cost as much as validating the row).
 */
export async function* sheetRows(
  path: string,
  format: ImportFormat,
  encoding: TextEncoding | null,
  limits: ImportFileLimits,
): AsyncGenerator<SheetRow[]> {
  const batches =
    format === 'xlsx'
      ? grouped(xlsxRows(path, limits))
      : numbered(csvRowBatches(createReadStream(path, { highWaterMark: 256 * 1024 }), encoding ?? 'utf-8', limits));
  for await (const batch of batches) {
    const rows = batch.some(blank) ? batch.filter((r) => !blank(r)) : batch;
    if (rows.length > 0) yield rows;
  }
}
