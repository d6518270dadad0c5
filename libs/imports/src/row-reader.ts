import { Worker } from 'node:worker_threads';
import { workerScriptUrl } from '../../shared/workers/index.js';
import { ImportJobErrorCode, ImportJobFailure } from './imports.errors.js';
import type { RowResult } from './row-validation.js';
import type { FromReader, RowReaderOptions, ToReader } from './row-reader.worker.js';

export type { RowReaderOptions };

/**
 * The validated rows of an import file, read on a thread of their own (row-reader.worker.ts) so
 * that parsing and validating the next batches runs beside this thread's database work: a dry
 * run was bound by the two on one event loop (libs/imports/README.md, "Row reader thread").
 * The thread's heap is capped; what it throws arrives here as the same ImportJobFailure (code,
 * message, details), anything else as an Error. Stopping early (a failed batch, a cancel) stops
 * the thread.
 */
export class RowReader {
  /** Data rows in the file (after the header), known once `batches()` has ended. */
  seen = 0;

  constructor(
    private readonly o: RowReaderOptions,
    private readonly heap: ReaderHeap = READER_HEAP,
  ) {}

  async *batches(): AsyncGenerator<RowResult[]> {
    const worker = new Worker(workerScriptUrl(import.meta.url, './row-reader.worker.js'), {
      workerData: this.o,
      // The reader holds a batch or two and the file's limits bound the rest (shared strings:
      // IMPORT_MAX_SHARED_STRINGS_MB, outside this heap): a runaway fails the job, not the process.
      resourceLimits: { maxOldGenerationSizeMb: this.heap.oldMb, maxYoungGenerationSizeMb: this.heap.youngMb },
    });
    const inbox: FromReader[] = [];
    let wake: (() => void) | null = null;
    const arrive = (m: FromReader) => {
      inbox.push(m);
      wake?.();
      wake = null;
    };
    worker.on('message', arrive);
    worker.on('error', (err: Error & { code?: string }) =>
      arrive(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              op: 'failed',
              code: ImportJobErrorCode.IMPORT_READER_OUT_OF_MEMORY,
              message: `读取文件时超出内存上限（${this.heap.oldMb} MB）：文件内容过多，请拆分为几个较小的文件后分别导入`,
              details: { heapMb: this.heap.oldMb },
            }
          : { op: 'error', message: err.message },
      ),
    );
    worker.on('exit', (code) => arrive({ op: 'error', message: `row reader exited (code ${code})` }));
    try {
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const m = inbox.shift()!;
        if (m.op === 'batch') {
          worker.postMessage({ op: 'more' } satisfies ToReader);
          yield m.rows;
        } else if (m.op === 'end') {
          this.seen = m.seen;
          return;
        } else if (m.op === 'failed') {
          throw new ImportJobFailure(m.code, m.message, m.details);
        } else {
          throw new Error(`import row reader failed: ${m.message}`);
        }
      }
    } finally {
      await worker.terminate();
    }
  }
}

/** The reader thread's heap caps, in MB. */
export interface ReaderHeap {
  /** Old generation: it holds a few batches; shared strings live outside it. */
  oldMb: number;
  /** Young generation: 8 MB meant more collections and a slower dry run, 48–64 MB more RSS (README, "Row reader thread"). */
  youngMb: number;
}

const READER_HEAP: ReaderHeap = { oldMb: 128, youngMb: 16 };
