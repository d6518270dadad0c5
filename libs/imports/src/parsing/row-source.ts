import { createReadStream } from 'node:fs';
import type { ImportFormat, TextEncoding } from '../import.types.js';
import { csvRows } from './csv-rows.js';
import type { ImportFileLimits } from './limits.js';
import { xlsxRows, type SheetRow } from './xlsx-rows.js';

export type { SheetRow };

async function* numbered(rows: AsyncIterable<string[]>): AsyncGenerator<SheetRow> {
  let rowNo = 0;
  for await (const cells of rows) yield { rowNo: ++rowNo, cells };
}

/** The non-empty rows of a stored import file, streamed, within the file limits. */
export async function* sheetRows(
  path: string,
  format: ImportFormat,
  encoding: TextEncoding | null,
  limits: ImportFileLimits,
): AsyncGenerator<SheetRow> {
  const rows =
    format === 'xlsx'
      ? xlsxRows(path, limits)
      : numbered(csvRows(createReadStream(path, { highWaterMark: 256 * 1024 }), encoding ?? 'utf-8', limits));
  for await (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    yield row;
  }
}
