import { once } from 'node:events';
import { Writable } from 'node:stream';
import { parentPort, Worker, workerData, type ResourceLimits } from 'node:worker_threads';

/** The destination went away (client disconnected, file closed) before the output was complete. */
export class PipeDestinationClosedError extends Error {
  constructor(cause?: unknown) {
    super('destination closed before the output was complete', cause === undefined ? undefined : { cause });
    this.name = 'PipeDestinationClosedError';
  }
}

type ToWorker = { op: 'consumed'; bytes: number };
type FromWorker = { op: 'data'; chunk: Uint8Array } | { op: 'end' } | { op: 'error'; message: string };

export interface WorkerPipeOptions {
  script: URL;
  /** Passed to the worker's handler (structured clone: plain data only). */
  data: unknown;
  out: Writable;
  resourceLimits?: ResourceLimits;
}

/** Output bytes a worker may have sent that `out` has not taken yet before it has to wait. */
const OUTPUT_CREDIT = 4 << 20;

/**
 * Runs CPU-heavy output (a million-row spreadsheet) in a worker thread, so that the event loop
 * serving requests stays free; the worker's bytes are written to `out` here. Memory stays flat:
 * the worker stops writing while more than OUTPUT_CREDIT bytes it sent wait in `out` (a slow
 * client slows the worker down instead of filling this heap). Resolves when `out` has finished;
 * rejects, and stops the worker, when the worker fails or `out` closes first. The worker side is
 * `serveWorkerPipe`.
 */
export async function pipeThroughWorker(o: WorkerPipeOptions): Promise<void> {
  const worker = new Worker(o.script, {
    workerData: o.data,
    ...(o.resourceLimits ? { resourceLimits: o.resourceLimits } : {}),
  });
  let fail: (err: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const outGone = () => {
    if (!o.out.writableFinished) fail(new PipeDestinationClosedError());
  };
  const outError = (err: unknown) => fail(new PipeDestinationClosedError(err));
  // Bytes handed to `out` while it wanted to drain are acknowledged to the worker on 'drain'.
  let unacknowledged = 0;
  const acknowledge = () => {
    if (unacknowledged > 0 && !o.out.writableNeedDrain) {
      worker.postMessage({ op: 'consumed', bytes: unacknowledged } satisfies ToWorker);
      unacknowledged = 0;
    }
  };
  o.out.on('close', outGone);
  o.out.on('error', outError);
  o.out.on('drain', acknowledge);
  worker.on('message', (m: FromWorker) => {
    if (m.op === 'data') {
      if (o.out.destroyed) return;
      o.out.write(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
      unacknowledged += m.chunk.byteLength;
      acknowledge();
    } else if (m.op === 'end') {
      o.out.end();
    } else {
      fail(new Error(`worker failed: ${m.message}`));
    }
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => {
    if (!o.out.writableFinished) fail(new Error(`worker exited (code ${code}) before its output was complete`));
  });
  try {
    await Promise.race([once(o.out, 'finish'), failed]);
  } finally {
    o.out.off('close', outGone);
    o.out.off('error', outError);
    o.out.off('drain', acknowledge);
    await worker.terminate();
  }
}

/**
 * The worker side of pipeThroughWorker: runs `handler` with the pipe's data and a Writable whose
 * bytes go back to the main thread; ending that Writable ends the output.
 */
export function serveWorkerPipe(handler: (data: unknown, out: Writable) => Promise<void>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorkerPipe must run in a worker thread');
  let unacknowledged = 0;
  let resume: (() => void) | null = null;
  port.on('message', (m: ToWorker) => {
    unacknowledged -= m.bytes;
    if (unacknowledged <= OUTPUT_CREDIT && resume) {
      const r = resume;
      resume = null;
      r();
    }
  });
  const out = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      // A copy of its own to transfer: zlib output may share an ArrayBuffer with other chunks.
      const own = new Uint8Array(chunk.length);
      own.set(chunk);
      // Counted before the transfer, which detaches `own` (its byteLength becomes 0).
      unacknowledged += own.byteLength;
      port.postMessage({ op: 'data', chunk: own } satisfies FromWorker, [own.buffer]);
      if (unacknowledged > OUTPUT_CREDIT) resume = () => done();
      else done();
    },
    final(done) {
      port.postMessage({ op: 'end' } satisfies FromWorker);
      done();
    },
  });
  handler(workerData, out).catch((err: unknown) => {
    port.postMessage({ op: 'error', message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
  });
}
