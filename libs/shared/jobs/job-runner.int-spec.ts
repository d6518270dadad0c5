import { DataSource } from 'typeorm';
import { useTestModule } from '../testing/index.js';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';
import type { Job, JobContext, JobHandler } from './job.types.js';
import { JobsModule } from './jobs.module.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A handler that records what it got, can be told to fail, and notices two jobs of one key at once. */
function recorder(queue: string, extra: Partial<JobHandler> = {}) {
  const seen: Job[] = [];
  const inFlight = new Set<string>();
  const h = {
    queue,
    seen,
    failNext: 0,
    overlaps: 0,
    delayMs: 0,
    async handle(jobs: Job[]) {
      const keys = jobs.map((j) => j.key ?? j.id);
      for (const k of keys) {
        if (inFlight.has(k)) h.overlaps++;
        inFlight.add(k);
      }
      await sleep(h.delayMs);
      for (const k of keys) inFlight.delete(k);
      if (h.failNext > 0) {
        h.failNext -= 1;
        throw new Error('engine down');
      }
      seen.push(...jobs);
    },
    ...extra,
  };
  return h;
}

describe('JobRunner (real PostgreSQL)', () => {
  // Not started (init: false): the test drives the runner itself.
  const mod = useTestModule([JobsModule], {
    env: () => ({ JOBS_BACKOFF_BASE_MS: '50', JOBS_BACKOFF_MAX_MS: '200', JOBS_POLL_MS: '5000' }),
    init: false,
  });
  let ds: DataSource;
  let runner: JobRunner;
  let queue: JobQueue;

  beforeAll(async () => {
    ds = mod.get(DataSource);
    runner = mod.get(JobRunner);
    queue = mod.get(JobQueue);
  });

  beforeEach(async () => {
    await ds.query('DELETE FROM job');
  });

  const enqueue = (q: string, key: string | undefined, n: number, extra: { background?: boolean } = {}) =>
    ds.transaction((em) =>
      queue.enqueue(
        em,
        Array.from({ length: n }, (_, i) => ({ queue: q, key, payload: { n: i + 1 }, ...extra })),
      ),
    );

  it('refuses to queue outside a transaction and rolls back with the caller', async () => {
    await expect(queue.enqueue(ds.manager, { queue: 'test.none' })).rejects.toThrow(/transaction/);
    await expect(
      ds.transaction(async (em) => {
        await queue.enqueue(em, { queue: 'test.none', key: 'rolled-back' });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect((await queue.backlog()).pending).toBe(0);
  });

  it('runs every job exactly once with concurrent runners, one job of a key at a time and in order', async () => {
    const h = recorder('test.order');
    h.delayMs = 20;
    runner.register(h);
    await enqueue('test.order', 'a', 3);
    await enqueue('test.order', 'b', 2);
    await enqueue('test.order', 'c', 4);
    await enqueue('test.order', undefined, 2);
    await Promise.all([runner.drainUntilIdle(), runner.drainUntilIdle(), runner.drainUntilIdle()]);
    expect(h.seen).toHaveLength(11);
    expect(new Set(h.seen.map((j) => j.id)).size).toBe(11);
    expect(h.overlaps).toBe(0);
    for (const key of ['a', 'b', 'c'])
      expect(h.seen.filter((j) => j.key === key).map((j) => j.payload.n)).toEqual(
        Array.from({ length: key === 'a' ? 3 : key === 'b' ? 2 : 4 }, (_, i) => i + 1),
      );
    expect((await queue.backlog()).pending).toBe(0);
  });

  it('retries a failed batch with backoff, records the error meanwhile and holds back later jobs of its key only', async () => {
    const h = recorder('test.retry');
    runner.register(h);
    await enqueue('test.retry', 'd', 2);
    await enqueue('test.retry', 'e', 1);
    h.failNext = 1;
    expect(await runner.drainOnce({ queues: ['test.retry'] })).toMatchObject({ claimed: 2, failed: 2 });
    const rows = await ds.query(
      `SELECT key, attempts, last_error, run_at > now() AS later FROM job WHERE attempts > 0 ORDER BY id`,
    );
    expect(rows).toEqual([
      { key: 'd', attempts: 1, last_error: 'engine down', later: true },
      { key: 'e', attempts: 1, last_error: 'engine down', later: true },
    ]);
    expect(await queue.backlog()).toMatchObject({ pending: 3, failing: 2, maxAttempts: 1 });
    // d's second job waits behind its failed head, though it is due.
    expect((await runner.drainOnce({ queues: ['test.retry'] })).claimed).toBe(0);
    const until = Date.now() + 15_000;
    while (h.seen.length < 3 && Date.now() < until) {
      await runner.drainOnce({ queues: ['test.retry'] });
      await sleep(20);
    }
    expect(h.seen.map((j) => `${j.key}${j.payload.n}`).sort()).toEqual(['d1', 'd2', 'e1']);
    expect(await queue.backlog()).toEqual({ pending: 0, oldestPendingSeconds: null, failing: 0, maxAttempts: 0 });
  });

  it('lets a handler settle jobs one by one: retry one later, hand one back, commit writes with the rest', async () => {
    const handler: JobHandler = {
      queue: 'test.partial',
      async handle(jobs: Job[], ctx: JobContext) {
        ctx.retryLater(jobs[0]!, { error: 'HTTP 503', delayMs: 60_000 });
        ctx.retryLater(jobs[1]!);
        ctx.onCompletion((em) => em.query(`INSERT INTO job (queue, key) VALUES ('test.completed', 'written')`));
      },
    };
    runner.register(handler);
    await enqueue('test.partial', undefined, 3);
    expect(await runner.drainOnce({ queues: ['test.partial'] })).toMatchObject({ claimed: 3, done: 1, failed: 1 });
    const rows = await ds.query(
      `SELECT queue, last_error, done_at IS NOT NULL AS done, run_at > now() + interval '50 seconds' AS later FROM job ORDER BY id`,
    );
    expect(rows).toEqual([
      { queue: 'test.partial', last_error: 'HTTP 503', done: false, later: true },
      { queue: 'test.partial', last_error: null, done: false, later: false },
      { queue: 'test.partial', last_error: null, done: true, later: false },
      { queue: 'test.completed', last_error: null, done: false, later: false },
    ]);
  });

  it('takes over the jobs of a worker that died once their lease has run out, and not before', async () => {
    const h = recorder('test.lease');
    runner.register(h);
    await enqueue('test.lease', 'f', 1);
    // As a worker killed mid-batch leaves it: claimed, leased, never done.
    await ds.query(`UPDATE job SET attempts = 1, locked_until = now() + interval '1 hour'`);
    expect((await runner.drainOnce({ queues: ['test.lease'] })).claimed).toBe(0);
    await ds.query(`UPDATE job SET locked_until = now() - interval '1 second'`);
    expect(await runner.drainOnce({ queues: ['test.lease'] })).toMatchObject({ claimed: 1, done: 1 });
    expect(h.seen[0]!.attempts).toBe(2);
  });

  it('fences a runner whose lease ran out: its heartbeat and completion leave the jobs to the runner that took them over', async () => {
    let release!: () => void;
    let heldAfter: string[] | undefined;
    const slow: JobHandler = {
      queue: 'test.fence',
      async handle(_jobs: Job[], ctx: JobContext) {
        await new Promise<void>((r) => (release = r));
        heldAfter = await ctx.heartbeat();
      },
    };
    runner.register(slow);
    await enqueue('test.fence', 'k', 2);
    const first = runner.drainOnce({ queues: ['test.fence'] });
    while (!release) await sleep(10);
    // Its lease runs out and another runner claims the job again (attempts 2), still running it.
    await ds.query(`UPDATE job SET locked_until = now() - interval '1 second' WHERE payload->>'n' = '1'`);
    await ds.query(
      `UPDATE job SET attempts = attempts + 1, locked_until = now() + interval '1 hour' WHERE payload->>'n' = '1'`,
    );
    release();
    await first;
    expect(heldAfter).toEqual([]);
    const rows = await ds.query(`SELECT payload->>'n' AS n, attempts, done_at FROM job ORDER BY id`);
    // Not completed under its new holder, so the key's next job is not started beside it.
    expect(rows.map((r: { n: string; done_at: Date | null }) => [r.n, r.done_at !== null])).toEqual([
      ['1', false],
      ['2', false],
    ]);
    expect((await runner.drainOnce({ queues: ['test.fence'] })).claimed).toBe(0);
  });

  it('runs a handler with `concurrency` in loops of its own: batches in flight at once, a partial batch gathered', async () => {
    let inFlight = 0;
    let most = 0;
    const sizes: number[] = [];
    const wide: JobHandler = {
      queue: 'test.wide',
      batchSize: 5,
      concurrency: 3,
      gatherMs: 200,
      async handle(jobs: Job[]) {
        sizes.push(jobs.length);
        most = Math.max(most, ++inFlight);
        await sleep(150);
        inFlight--;
      },
    };
    runner.register(wide);
    runner.start(['test.wide']);
    try {
      await enqueue('test.wide', undefined, 15);
      let until = Date.now() + 10_000;
      while (sizes.reduce((a, b) => a + b, 0) < 15 && Date.now() < until) await sleep(20);
      expect(most).toBe(3);
      expect(sizes).toEqual([5, 5, 5]);
      // Two jobs a little apart end up in one batch (the first waits up to 200 ms for more).
      sizes.length = 0;
      await enqueue('test.wide', undefined, 1);
      await sleep(50);
      await enqueue('test.wide', undefined, 1);
      until = Date.now() + 10_000;
      while (sizes.reduce((a, b) => a + b, 0) < 2 && Date.now() < until) await sleep(20);
      expect(sizes).toEqual([2]);
    } finally {
      await runner.stop();
    }
  });

  it('hands out background jobs only when no ordinary job is ready', async () => {
    const h = recorder('test.priority');
    runner.register(h);
    await enqueue('test.priority', undefined, 3, { background: true });
    await enqueue('test.priority', 'user-1', 1);
    await enqueue('test.priority', undefined, 1, { background: true });
    await enqueue('test.priority', 'user-2', 1);
    expect(await runner.drainOnce({ queues: ['test.priority'], limit: 2 })).toMatchObject({ claimed: 2, done: 2 });
    expect(h.seen.map((j) => j.key)).toEqual(['user-1', 'user-2']);
    await runner.drainUntilIdle({ queues: ['test.priority'] });
    expect(h.seen.map((j) => j.key ?? `bulk-${j.payload.n}`)).toEqual([
      'user-1',
      'user-2',
      'bulk-1',
      'bulk-2',
      'bulk-3',
      'bulk-1',
    ]);
  });

  it('purges jobs done before the retention, never pending or recent ones', async () => {
    await enqueue('test.purge', 'old', 3);
    await enqueue('test.purge', 'recent', 1);
    await enqueue('test.purge', 'pending', 1);
    await ds.query(`UPDATE job SET done_at = now() - interval '31 days' WHERE key = 'old'`);
    await ds.query(`UPDATE job SET done_at = now() - interval '29 days' WHERE key = 'recent'`);
    // An old job never done (a handler failing for a month) stays.
    await ds.query(`UPDATE job SET created_at = now() - interval '60 days' WHERE key = 'pending'`);
    expect(await runner.purgeDone(30, 2)).toBe(3);
    const left = await ds.query(`SELECT key FROM job ORDER BY id`);
    expect(left.map((r: { key: string }) => r.key)).toEqual(['recent', 'pending']);
  });

  it('runs lanes apart: a long job in its own lane does not hold up the default lane, and a commit wakes the loops', async () => {
    let release!: () => void;
    const long: JobHandler = {
      queue: 'test.long',
      lane: 'test-long',
      handle: () => new Promise<void>((r) => (release = r)),
    };
    const quick = recorder('test.quick');
    runner.register(long);
    runner.register(quick);
    runner.start();
    try {
      await enqueue('test.long', undefined, 1);
      await sleep(300);
      const started = Date.now();
      await enqueue('test.quick', 'q', 1);
      // JOBS_POLL_MS is 5 s here: only the commit's wake-up gets it run this soon.
      while (quick.seen.length === 0 && Date.now() - started < 4000) await sleep(10);
      expect(quick.seen).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      release?.();
      await runner.stop();
    }
  });
});
