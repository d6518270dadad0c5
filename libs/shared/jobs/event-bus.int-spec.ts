import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../config/index.js';
import { DatabaseModule } from '../database/index.js';
import { useTestModule } from '../testing/index.js';
import { EventBus } from './event-bus.js';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';
import type { Job, ScheduledJob } from './job.types.js';
import { JobsModule } from './jobs.module.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('EventBus and schedules over the job queue (real PostgreSQL)', () => {
  // Not started (init: false): the test drives the runner itself.
  const mod = useTestModule([JobsModule], {
    env: () => ({ JOBS_BACKOFF_BASE_MS: '50', JOBS_BACKOFF_MAX_MS: '200' }),
    init: false,
  });
  let ds: DataSource;
  let runner: JobRunner;
  let bus: EventBus;
  const got: Record<string, Job[]> = { index: [], feed: [], alerts: [] };
  let feedFails = 0;

  beforeAll(async () => {
    ds = mod.get(DataSource);
    runner = mod.get(JobRunner);
    bus = mod.get(EventBus);
    // Three consumers, as three libs would subscribe from their module init.
    bus.subscribe(['thing.changed'], { queue: 'test.index', handle: async (jobs) => void got.index!.push(...jobs) });
    bus.subscribe(['thing.changed', 'thing.removed'], {
      queue: 'test.feed',
      handle: async (jobs) => {
        if (feedFails-- > 0) throw new Error('partner down');
        got.feed!.push(...jobs);
      },
    });
    bus.subscribe(['thing.indexed'], { queue: 'test.alerts', handle: async (jobs) => void got.alerts!.push(...jobs) });
  });

  beforeEach(async () => {
    await ds.query('DELETE FROM job');
    for (const k of Object.keys(got)) got[k] = [];
    feedFails = 0;
  });

  it('delivers each event to every subscriber of its topic, with its key, payload and topic, once', async () => {
    await ds.transaction(async (em) => {
      await bus.publish(em, 'thing.changed', [
        { key: 'thing:1', payload: { id: 1 } },
        { key: 'thing:2', payload: { id: 2 } },
      ]);
      await bus.publish(em, 'thing.removed', { key: 'thing:1', payload: { id: 1 } });
      await bus.publish(em, 'nobody.listens', { key: 'x', payload: {} });
    });
    await runner.drainUntilIdle();
    await runner.drainUntilIdle();
    expect(got.index!.map((j) => [j.topic, j.key, j.payload])).toEqual([
      ['thing.changed', 'thing:1', { id: 1 }],
      ['thing.changed', 'thing:2', { id: 2 }],
    ]);
    expect(got.feed!.map((j) => `${j.topic} ${j.key}`)).toEqual([
      'thing.changed thing:1',
      'thing.changed thing:2',
      'thing.removed thing:1',
    ]);
    const [{ pending, subscriberJobs }] = await ds.query(
      `SELECT count(*) FILTER (WHERE done_at IS NULL)::int AS pending, count(*) FILTER (WHERE queue <> '@events')::int AS "subscriberJobs" FROM job`,
    );
    expect({ pending, subscriberJobs }).toEqual({ pending: 0, subscriberJobs: 5 });
  });

  it('refuses to publish outside a transaction; a rolled-back publication reaches nobody', async () => {
    await expect(bus.publish(ds.manager, 'thing.changed', { key: 'k', payload: {} })).rejects.toThrow(/transaction/);
    await ds
      .transaction(async (em) => {
        await bus.publish(em, 'thing.changed', { key: 'thing:9', payload: {} });
        throw new Error('rule broken');
      })
      .catch(() => undefined);
    await runner.drainUntilIdle();
    expect([got.index!.length, got.feed!.length]).toEqual([0, 0]);
  });

  it('retries a failing subscriber alone: the others run once and are not held up', async () => {
    feedFails = 2;
    await ds.transaction((em) => bus.publish(em, 'thing.changed', { key: 'thing:3', payload: { id: 3 } }));
    expect(await runner.drainOnce()).toMatchObject({ fannedOut: 1, claimed: 2, done: 1, failed: 1 });
    expect(got.index).toHaveLength(1);
    const until = Date.now() + 15_000;
    while (got.feed!.length === 0 && Date.now() < until) {
      await runner.drainOnce();
      await sleep(20);
    }
    expect(got.feed).toHaveLength(1);
    expect(got.feed![0]!.attempts).toBe(3);
    expect(got.index).toHaveLength(1);
  });

  it('publishes from a handler exactly when its batch completes, and keeps background events behind ordinary ones', async () => {
    const indexed = (jobs: Job[], bulk: boolean) =>
      jobs.filter((j) => (j.payload.bulk === true) === bulk).map((j) => ({ key: j.key!, payload: j.payload }));
    bus.subscribe(['thing.published'], {
      queue: 'test.indexer',
      handle: async (jobs, ctx) =>
        ctx.onCompletion(async (em) => {
          await bus.publish(em, 'thing.indexed', indexed(jobs, false));
          await bus.publish(em, 'thing.indexed', indexed(jobs, true), { background: true });
        }),
    });
    await ds.transaction((em) =>
      bus.publish(em, 'thing.published', { key: 'thing:bulk', payload: { bulk: true } }, { background: true }),
    );
    await ds.transaction((em) => bus.publish(em, 'thing.published', { key: 'thing:user', payload: {} }));
    await runner.drainUntilIdle();
    expect(got.alerts!.map((j) => j.key)).toEqual(['thing:user', 'thing:bulk']);
    const [{ background }] = await ds.query(
      `SELECT bool_and(background) AS background FROM job WHERE key = 'thing:bulk'`,
    );
    expect(background).toBe(true);
  });

  it('runs a schedule at start and then every interval, one pending occurrence however many workers start', async () => {
    let runs = 0;
    const job: ScheduledJob = {
      queue: 'test.schedule',
      lane: 'test-schedules',
      everyMs: 300,
      handle: async () => void runs++,
    };
    runner.schedule(job);
    const second = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(mod.db.env), DatabaseModule, JobsModule],
    }).compile();
    const other = second.get(JobRunner);
    other.schedule(job);
    runner.start();
    other.start();
    try {
      const until = Date.now() + 10_000;
      while (runs < 3 && Date.now() < until) await sleep(20);
      expect(runs).toBeGreaterThanOrEqual(3);
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM job WHERE queue = 'test.schedule' AND done_at IS NULL`,
      );
      expect(n).toBe(1);
      await runner.stop();
      await other.stop();
      // The next occurrence is due only at its time: until then it is no backlog.
      const [{ same }] = await ds.query(
        `SELECT created_at = run_at AS same FROM job WHERE queue = 'test.schedule' AND done_at IS NULL`,
      );
      expect(same).toBe(true);
      await ds.query(
        `UPDATE job SET run_at = now() + interval '1 hour', created_at = now() + interval '1 hour' WHERE queue = 'test.schedule' AND done_at IS NULL`,
      );
      expect((await mod.get(JobQueue).backlog()).pending).toBe(0);
    } finally {
      await runner.stop();
      await second.close();
    }
  });
});
