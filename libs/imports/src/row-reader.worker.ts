/**
 * The row reader's thread (RowReader): streams an import file, maps its header and validates
 * every row against the job's code tables, handing the results over a batch at a time — the
 * parsing and validating that bounded a dry run on the worker's event loop (libs/imports/README.md).
 * It imports no Nest or TypeORM (the other libs' `rules.ts` entries), so it starts in a few ms.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportFileLimits } from '../../shared/config/index.js';
import { COLUMNS } from './columns.js';
import { mapHeader, recordOf, type HeaderMapping } from './header-mapping.js';
import type { ImportFormat, ImportKind, TextEncoding } from './import.types.js';
import { ImportJobErrorCode, ImportJobFailure } from './imports.errors.js';
import { sheetRows } from './parsing/row-source.js';
import type { ReferenceData } from './reference-data.js';
import { validateRow, type RowResult } from './row-validation.js';

export interface RowReaderOptions {
  path: string;
  format: ImportFormat;
  encoding: TextEncoding | null;
  limits: ImportFileLimits;
  kind: ImportKind;
  ref: ReferenceData;
  /** Rows up to this one are counted, not validated (a commit resumed after a crash). */
  resumeAfter: number;
  batchSize: number;
  /**
   * Leave the values on the thread: a dry run of contracts needs a row's key and problems only
   * (copying 5000 values across costs more CPU than the database work of their batch).
   */
  keysOnly?: boolean;
}

/** From the main thread: take one more batch (the reader keeps at most READ_AHEAD unasked-for). */
export type ToReader = { op: 'more' };
export type FromReader =
  | { op: 'batch'; rows: RowResult[] }
  | { op: 'end'; seen: number }
  | { op: 'failed'; code: ImportJobFailure['code']; message: string; details?: unknown }
  | { op: 'error'; message: string };

/** Batches validated before the main thread has taken them: one being written, one ready. */
export const READ_AHEAD = 2;

const port = parentPort;
if (port === null) throw new Error('row-reader.worker must run in a worker thread');
const o = workerData as RowReaderOptions;
let credit = READ_AHEAD;
let waiting: (() => void) | null = null;
port.on('message', (m: ToReader) => {
  if (m.op !== 'more') return;
  credit++;
  waiting?.();
  waiting = null;
});

async function hand(rows: RowResult[]): Promise<void> {
  while (credit === 0) await new Promise<void>((resolve) => (waiting = resolve));
  credit--;
  port!.postMessage({ op: 'batch', rows } satisfies FromReader);
}

async function read(): Promise<number> {
  const specs = COLUMNS[o.kind];
  let mapping: HeaderMapping | undefined;
  let batch: RowResult[] = [];
  let seen = 0;
  for await (const rows of sheetRows(o.path, o.format, o.encoding, o.limits)) {
    for (const { rowNo, cells } of rows) {
      if (!mapping) {
        mapping = mapHeader(cells, specs);
        continue;
      }
      seen++;
      if (rowNo <= o.resumeAfter) continue;
      const result = validateRow(o.kind, rowNo, recordOf(cells, mapping), o.ref);
      if (o.keysOnly) result.value = undefined;
      batch.push(result);
      if (batch.length >= o.batchSize) {
        await hand(batch);
        batch = [];
      }
    }
  }
  if (!mapping) throw new ImportJobFailure(ImportJobErrorCode.NO_HEADER, '文件中没有表头行（第一行应为列名）');
  if (batch.length > 0) await hand(batch);
  return seen;
}

read().then(
  (seen) => port.postMessage({ op: 'end', seen } satisfies FromReader),
  (err: unknown) =>
    port.postMessage(
      (err instanceof ImportJobFailure
        ? { op: 'failed', code: err.code, message: err.message, details: err.details }
        : {
            op: 'error',
            message: err instanceof Error ? (err.stack ?? err.message) : String(err),
          }) satisfies FromReader,
    ),
);
