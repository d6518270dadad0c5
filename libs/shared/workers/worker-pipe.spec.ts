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

  it('writes the worker output to the destination, in order, and ends it', async () => {
    const out = new Sink(false, true);
    await pipeThroughWorker({ script, data: { lines: 2000, width: 100 }, out });
    expect(out.writableFinished).toBe(true);
    const lines = out.text.split('\n');
    expect(lines).toHaveLength(2001);
    expect(lines.slice(0, 2000).every((l, i) => l.startsWith(String(i).padStart(8, '0')) && l.length === 99)).toBe(
      true,
    );
  });

  it('holds the worker back while the destination takes nothing', async () => {
    const out = new Sink(true);
    const run = pipeThroughWorker({ script, data: { lines: 50_000, width: 1000 }, out });
    run.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
    const buffered = out.writableLength;
    out.release();
    await run;
    // ~50 MB would pile up in the destination's buffer without backpressure; the worker stops
    // once 4 MB it sent wait there.
    expect(buffered).toBeGreaterThan(1024 * 1024);
    expect(buffered).toBeLessThan(6 * 1024 * 1024);
    expect(out.bytes).toBe(50_000 * 1000);
  });

  it('fails with PipeDestinationClosedError when the destination goes away, and stops the worker', async () => {
    const out = new Sink();
    const run = pipeThroughWorker({ script, data: { lines: 1_000_000, width: 1000 }, out });
    await new Promise((r) => setTimeout(r, 200));
    out.destroy();
    await expect(run).rejects.toBeInstanceOf(PipeDestinationClosedError);
    expect(out.bytes).toBeLessThan(1_000_000 * 1000);
  });

  it('reports a failure inside the worker instead of hanging', async () => {
    await expect(
      pipeThroughWorker({ script, data: { lines: 10, width: 10, failAfter: 5 }, out: new Sink() }),
    ).rejects.toThrow(/worker failed: asked to fail/);
  });
});
