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

type ToWorker = { op: 'input'; data: string } | { op: 'end' } | { op: 'consumed'; bytes: number };
type FromWorker = { op: 'data'; chunk: Uint8Array } | { op: 'taken' } | { op: 'end' } | { op: 'error'; message: string };

export interface WorkerPipeOptions {
  script: URL;
  /** Passed to the worker's handler (structured clone: plain data only). */
  data: unknown;
  /** Text inputs, sent one by one; at most `inFlight` wait in the worker. None: the worker produces on its own. */
  inputs?: AsyncIterable<string>;
  out: Writable;
  inFlight?: number;
  resourceLimits?: ResourceLimits;
}

/**
 * Runs CPU-heavy output rendering in a worker thread, so that the event loop serving requests
 * stays free (and this thread can produce the inputs meanwhile, on another core). Inputs are
 * texts (a structured clone of a string is a copy, not a walk of objects); the worker's output
 * bytes are written to `out` here. Memory stays flat: at most `inFlight` inputs are queued in the
 * worker, and the worker stops writing while more than OUTPUT_CREDIT bytes it sent have not
 * been taken by `out` (a slow client slows the worker down instead of filling this heap).
 * Resolves when `out` has finished; rejects (and stops the worker) when the worker fails or `out`
 * closes first. The worker side is `serveWorkerPipe`.
 */
const OUTPUT_CREDIT = 4 << 20;

export async function pipeThroughWorker(o: WorkerPipeOptions): Promise<void> {
  const inFlight = o.inFlight ?? 2;
  const worker = new Worker(o.script, { workerData: o.data, ...(o.resourceLimits ? { resourceLimits: o.resourceLimits } : {}) });
  let sent = 0;
  let taken = 0;
  let failure: Error | null = null;
  let finished = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  /** Resolves at the next event (an input taken, output drained, a failure). */
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  const fail = (err: Error) => {
    if (failure || finished) return;
    failure = err;
    void worker.terminate();
    poke();
  };
  const outGone = () => {
    if (!o.out.writableFinished) fail(new PipeDestinationClosedError());
  };
  const outError = (err: unknown) => fail(new PipeDestinationClosedError(err));
  o.out.on('close', outGone);
  o.out.on('error', outError);
  // Output bytes handed to `out` while it wanted to drain: acknowledged to the worker on 'drain'.
  let unacknowledged = 0;
  const acknowledge = () => {
    if (unacknowledged > 0 && !o.out.writableNeedDrain) {
      worker.postMessage({ op: 'consumed', bytes: unacknowledged } satisfies ToWorker);
      unacknowledged = 0;
    }
  };
  const onDrain = () => {
    acknowledge();
    poke();
  };
  o.out.on('drain', onDrain);
  worker.on('message', (m: FromWorker) => {
    if (m.op === 'data') {
      if (o.out.destroyed) return;
      o.out.write(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
      unacknowledged += m.chunk.byteLength;
      acknowledge();
    } else if (m.op === 'taken') {
      taken += 1;
      poke();
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
  const check = () => {
    if (failure) throw failure;
  };
  try {
    for await (const input of o.inputs ?? []) {
      check();
      worker.postMessage({ op: 'input', data: input } satisfies ToWorker);
      sent += 1;
      while (!failure && (sent - taken > inFlight || o.out.writableNeedDrain)) await next();
      check();
    }
    worker.postMessage({ op: 'end' } satisfies ToWorker);
    const done = once(o.out, 'finish');
    done.catch(() => undefined);
    await Promise.race([done, (async () => { while (!failure) await next(); })()]);
    check();
    finished = true;
  } finally {
    o.out.off('close', outGone);
    o.out.off('error', outError);
    o.out.off('drain', onDrain);
    await worker.terminate();
  }
}

/**
 * The worker side of pipeThroughWorker: runs `handler` with the pipe's data, its inputs as an
 * async iterable and a Writable whose bytes go back to the main thread.
 */
export function serveWorkerPipe(handler: (data: unknown, inputs: AsyncIterable<string>, out: Writable) => Promise<void>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorkerPipe must run in a worker thread');
  const queue: (string | null)[] = [];
  let waiting: (() => void) | null = null;
  let unacknowledged = 0;
  let resume: (() => void) | null = null;
  port.on('message', (m: ToWorker) => {
    if (m.op === 'consumed') {
      unacknowledged -= m.bytes;
      if (unacknowledged <= OUTPUT_CREDIT && resume) {
        const r = resume;
        resume = null;
        r();
      }
      return;
    }
    queue.push(m.op === 'input' ? m.data : null);
    const w = waiting;
    waiting = null;
    w?.();
  });
  const inputs = (async function* () {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
      const item = queue.shift()!;
      if (item === null) return;
      port.postMessage({ op: 'taken' } satisfies FromWorker);
      yield item;
    }
  })();
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
  handler(workerData, inputs, out).catch((err: unknown) => {
    port.postMessage({ op: 'error', message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
  });
}
