import { PollingLoop } from './polling-loop.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('PollingLoop', () => {
  it('runs rounds back to back while busy, sleeps when idle, wakes on poke and stops at once', async () => {
    let work = 3;
    let rounds = 0;
    const loop = new PollingLoop(
      async () => {
        rounds++;
        return work-- > 0;
      },
      () => 60_000,
      () => undefined,
    );
    loop.start();
    await tick(20);
    expect(rounds).toBe(4); // three busy rounds, then one idle round and a long sleep
    work = 1;
    loop.poke();
    await tick(20);
    expect(rounds).toBe(6);
    const started = Date.now();
    await loop.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(loop.isRunning).toBe(false);
  });

  it('reports a failed round and goes on; stop waits for the round in progress', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    let finished = false;
    const loop = new PollingLoop(
      async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
        await tick(30);
        finished = true;
        return false;
      },
      () => 1,
      (err) => errors.push(err),
    );
    loop.start();
    await tick(10);
    await loop.stop();
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('boom');
    expect(finished).toBe(true);
  });
});
