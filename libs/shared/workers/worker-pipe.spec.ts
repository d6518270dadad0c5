import { Writable } from 'node:stream';
import { PipeDestinationClosedError, pipeThroughWorker } from './worker-pipe.js';
import { workerScriptUrl } from './worker-script.js';

/** Collects what is written; a blocked sink takes nothing until released. */
class Sink extends Writable {
  bytes = 0;
  text = '';
  private held: (() => void) | null = null;
  constructor(
    private blocked = false,
    private readonly keep = false,
  ) {
    super({ highWaterMark: 64 * 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.bytes += chunk.length;
    if (this.keep) this.text += chunk.toString('utf8');
    if (this.blocked) this.held = cb;
    else setImmediate(cb);
  }
  release(): void {
    this.blocked = false;
    this.held?.();
  }
}

/** The fixture runs from dist/ (npm test builds it before the suites). */
describe('pipeThroughWorker', () => {
  const script = workerScriptUrl(import.meta.url, './fixtures/repeat.worker.js');

  it('sends the inputs in order and writes the worker output to the destination', async () => {
    const out = new Sink(false, true);
    const inputs = (async function* () {
      for (let i = 0; i < 50; i++) yield `${i};`;
    })();
    await pipeThroughWorker({ script, data: { times: 2 }, inputs, out });
    expect(out.writableFinished).toBe(true);
    expect(out.text).toBe(Array.from({ length: 50 }, (_, i) => `${i};${i};`).join(''));
  });

  it('holds the producer back while the destination takes nothing (at most a few inputs in flight)', async () => {
    const out = new Sink(true);
    let produced = 0;
    const inputs = (async function* () {
      for (let i = 0; i < 200; i++) {
        produced += 1;
        yield 'y'.repeat(100_000);
      }
    })();
    const run = pipeThroughWorker({ script, data: { times: 1 }, inputs, out });
    await new Promise((r) => setTimeout(r, 1000));
    expect(produced).toBeLessThan(70); // 4 MB of output credit + the destination's buffer + in-flight inputs
    out.release();
    await run;
    expect(produced).toBe(200);
    expect(out.bytes).toBe(200 * 100_000);
  });

  it('holds a worker that produces on its own back while the destination takes nothing', async () => {
    const out = new Sink(true);
    const run = pipeThroughWorker({ script, data: { times: 0, produce: 50_000 }, out });
    run.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
    const buffered = out.writableLength;
    out.release();
    await run;
    // ~50 MB would pile up in the destination's buffer without backpressure; the worker stops
    // once 4 MB it sent wait there.
    expect(buffered).toBeGreaterThan(1024 * 1024);
    expect(buffered).toBeLessThan(6 * 1024 * 1024);
    expect(out.bytes).toBeGreaterThan(50_000 * 1000);
  });

  it('fails with PipeDestinationClosedError when the destination goes away, and stops taking inputs', async () => {
    const out = new Sink();
    let produced = 0;
    const inputs = (async function* () {
      for (;;) {
        produced += 1;
        if (produced === 4) out.destroy();
        yield 'z'.repeat(10_000);
      }
    })();
    await expect(pipeThroughWorker({ script, data: { times: 1 }, inputs, out })).rejects.toBeInstanceOf(PipeDestinationClosedError);
    expect(produced).toBeLessThan(10);
  });

  it('reports a failure inside the worker instead of hanging', async () => {
    const inputs = (async function* () {
      yield 'ok';
      yield 'fail';
    })();
    await expect(pipeThroughWorker({ script, data: { times: 1 }, inputs, out: new Sink() })).rejects.toThrow(/worker failed: asked to fail/);
  });
});
