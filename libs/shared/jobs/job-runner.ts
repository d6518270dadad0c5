import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseConfig, JobsConfig } from '../config/index.js';
import { retryDelayMs } from './backoff.js';
import { DEFAULT_LANE, JobRegistry } from './job-registry.js';
import { JOBS_CHANNEL, JobRepository, patientLocks } from './job.repository.js';
import type { DrainResult, Job, JobContext, JobHandler, ScheduledJob } from './job.types.js';
import { PgListener } from '../database/pg-listener.js';
import { PollingLoop } from './polling-loop.js';

/** Events fanned out per round. */
const FAN_OUT_BATCH = 5000;

export interface DrainOptions {
  /** The lane to run (default: the default lane, which also fans events out). */
  lane?: string;
  /** Only these queues (tests, scripts); events are fanned out only with `fanOut`. */
  queues?: string[];
  fanOut?: boolean;
  /** Jobs per queue and round, instead of each handler's batch size (capped by a handler's own). */
  limit?: number;
  /** Queues of the lane left to their own loops (a handler with `concurrency`, in a started worker). */
  exclude?: string[];
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The one job mechanism of the market: the worker runs it (start/stop), one loop per lane;
 * tests and scripts call drainOnce()/drainUntilIdle() in their own process. A round of the
 * default lane fans published events out to their subscribers' queues, then every lane claims
 * due jobs of its queues (a lease, no transaction held while a handler runs), hands each queue's
 * batch to its handler, and marks the jobs done or schedules their retry with capped exponential
 * backoff. A worker killed mid-batch leaves its jobs to the next claim once their lease runs out.
 */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly loops = new Map<string, PollingLoop>();
  private wakeup?: PgListener;
  private stopping = false;
  private stopped?: Promise<void>;
  private schedulesDue = true;
  /** Batches of pipelined handlers (`concurrency`) still running, per queue. */
  private readonly inFlight = new Map<string, Set<Promise<void>>>();

  constructor(
    private readonly ds: DataSource,
    private readonly repo: JobRepository,
    private readonly registry: JobRegistry,
    private readonly cfg: JobsConfig,
    private readonly db: DatabaseConfig,
  ) {}

  register(handler: JobHandler): void {
    this.registry.register(handler);
  }

  /** `job` runs at start and then every `job.everyMs` after it completed, once across all workers. */
  schedule(job: ScheduledJob): void {
    this.registry.schedule(job);
  }

  async drainOnce(opts: DrainOptions = {}): Promise<DrainResult> {
    const lane = opts.queues ? undefined : (opts.lane ?? DEFAULT_LANE);
    const handlers = (
      opts.queues ? opts.queues.flatMap((q) => this.registry.get(q) ?? []) : this.registry.inLane(lane ?? DEFAULT_LANE)
    ).filter((h) => !opts.exclude?.includes(h.queue));
    const fan =
      (opts.fanOut ?? lane === DEFAULT_LANE)
        ? await this.repo.fanOut(FAN_OUT_BATCH, this.registry.topicSubscriptions())
        : 0;
    const fannedOut = fan ?? 0;
    const specs = handlers.map((h) => ({
      queue: h.queue,
      limit: h.batchSize ? Math.min(h.batchSize, opts.limit ?? h.batchSize) : (opts.limit ?? this.cfg.batchSize),
      leaseMs: h.leaseMs ?? this.cfg.leaseMs,
    }));
    const claimed = await this.repo.claim(specs);
    const byQueue = new Map<string, Job[]>();
    for (const j of claimed) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    let done = 0;
    let failed = 0;
    for (const [queue, jobs] of byQueue) {
      const r = await this.runBatch(this.registry.get(queue)!, jobs);
      done += r.done;
      failed += r.failed;
    }
    return { fannedOut, claimed: claimed.length, done, failed, ...(fan === null ? { fanOutBusy: true as const } : {}) };
  }

  /**
   * Batches by size or time: a handler's partial batch waits until its oldest job is `gatherMs`
   * old, then claims what has come since, up to the batch size. The jobs already claimed stay
   * leased meanwhile (their lease is far longer than the wait).
   */
  private async gather(
    handlers: JobHandler[],
    specs: { queue: string; limit: number; leaseMs: number }[],
    claimed: Job[],
  ): Promise<Job[]> {
    const more: { queue: string; limit: number; leaseMs: number }[] = [];
    let waitMs = 0;
    for (const [i, h] of handlers.entries()) {
      const mine = claimed.filter((j) => j.queue === h.queue);
      if (!h.gatherMs || mine.length === 0 || mine.length >= specs[i]!.limit) continue;
      const oldest = Math.min(...mine.map((j) => j.createdAt.getTime()));
      waitMs = Math.max(waitMs, Math.min(h.gatherMs, oldest + h.gatherMs - Date.now()));
      more.push({ ...specs[i]!, limit: specs[i]!.limit - mine.length });
    }
    if (more.length === 0) return [];
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    return this.repo.claim(more);
  }

  /** Drains until nothing is due now (tests, scripts); jobs in backoff are left for later. Answers the jobs done. */
  async drainUntilIdle(opts: DrainOptions = {}, maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const r = await this.drainOnce(opts);
      total += r.done;
      if (r.fanOutBusy && r.claimed === 0) await new Promise((wait) => setTimeout(wait, 10));
      else if (r.claimed === 0 && r.fannedOut === 0) break;
    }
    return total;
  }

  private async runBatch(handler: JobHandler, jobs: Job[]): Promise<{ done: number; failed: number }> {
    const backoff = (j: Job) => retryDelayMs(j.attempts, this.cfg.backoffBaseMs, this.cfg.backoffMaxMs);
    const retries = new Map<string, { error: string | null; delayMs: number }>();
    const completions: ((em: EntityManager) => Promise<void>)[] = [];
    const isStopping = () => this.stopping;
    const ctx: JobContext = {
      get stopping() {
        return isStopping();
      },
      heartbeat: () => this.repo.extendLease(jobs, handler.leaseMs ?? this.cfg.leaseMs),
      retryLater: (job, o = {}) =>
        retries.set(job.id, { error: o.error ?? null, delayMs: o.delayMs ?? (o.error ? backoff(job) : 0) }),
      onCompletion: (work) => completions.push(work),
    };
    try {
      await handler.handle(jobs, ctx);
    } catch (err) {
      this.logger.warn({ queue: handler.queue, jobs: jobs.length, err: message(err) }, 'jobs failed; will retry');
      await this.repo.retry(jobs.map((j) => ({ id: j.id, error: message(err), delayMs: backoff(j) })));
      return { done: 0, failed: jobs.length };
    }
    const doneJobs = jobs.filter((j) => !retries.has(j.id));
    const doneIds = doneJobs.map((j) => j.id);
    const schedule = this.registry.scheduleOf(handler.queue);
    await this.ds.transaction(async (em) => {
      await patientLocks(em, handler.leaseMs ?? this.cfg.leaseMs);
      const marked = await this.repo.markDone(em, doneJobs);
      if (marked < doneJobs.length)
        this.logger.warn(
          { queue: handler.queue, jobs: doneJobs.length - marked },
          'jobs taken over by another runner after their lease ran out; left to it',
        );
      for (const work of completions) await work(em);
      if (schedule && doneIds.length > 0) await this.repo.scheduleNext(em, handler.queue, schedule.everyMs);
    });
    await this.repo.retry([...retries].map(([id, r]) => ({ id, ...r })));
    return { done: doneIds.length, failed: [...retries.values()].filter((r) => r.error !== null).length };
  }

  /** Deletes jobs done more than `retentionDays` ago (housekeeping). */
  purgeDone(retentionDays: number, batchSize?: number): Promise<number> {
    return this.repo.purgeDone(retentionDays, batchSize);
  }

  /** Queues that run in loops of their own in a started worker (handlers that set `concurrency`). */
  private ownLoops(): JobHandler[] {
    return this.registry.lanes().flatMap((l) => this.registry.inLane(l).filter((h) => h.concurrency !== undefined));
  }

  private async round(lane: string): Promise<boolean> {
    if (this.schedulesDue) {
      // Every schedule runs at start; retried next round while the database is down.
      for (const s of this.registry.schedules()) await this.repo.scheduleNow(s.queue);
      this.schedulesDue = false;
      this.poke();
    }
    const r = await this.drainOnce({ lane, exclude: this.ownLoops().map((h) => h.queue) });
    return r.claimed > 0 || r.fannedOut > 0;
  }

  /**
   * Starts one loop per lane (or per lane of `lanes`: a test that runs only imports in the
   * background; a queue with loops of its own may be named too, bench:search runs only the
   * indexer's), woken by commits that queue jobs and otherwise polling every JOBS_POLL_MS.
   */
  start(lanes?: string[]): void {
    if (this.loops.size > 0) return;
    this.stopping = false;
    this.schedulesDue = true;
    for (const lane of this.registry.lanes().filter((l) => !lanes || lanes.includes(l))) {
      const loop = new PollingLoop(
        () => this.round(lane),
        () => this.cfg.pollMs,
        (err) => this.logger.error({ lane, err: message(err) }, 'job round failed'),
      );
      this.loops.set(lane, loop);
      loop.start();
    }
    // A handler with `concurrency` gets a loop of its own that claims the next batch as soon as
    // fewer than `concurrency` are in flight, without waiting for the earlier ones: one claimer
    // per worker, so batches in flight never contend for the same rows.
    for (const h of this.ownLoops().filter(
      (x) => !lanes || [x.lane ?? DEFAULT_LANE, x.queue].some((l) => lanes.includes(l)),
    )) {
      const loop = new PollingLoop(
        () => this.pipelinedRound(h),
        () => this.cfg.pollMs,
        (err) => this.logger.error({ queue: h.queue, err: message(err) }, 'job round failed'),
      );
      this.loops.set(`queue:${h.queue}`, loop);
      loop.start();
    }
    // A committed enqueue NOTIFYs (JobRepository.insert): a job starts within milliseconds instead of
    // at the next poll. Polling stays the floor while this connection is down, and it reconnects by itself.
    this.wakeup = new PgListener(this.db.url, JOBS_CHANNEL, {
      message: () => this.poke(),
      // something may have been queued while nobody listened
      listening: () => this.poke(),
      error: (err) => this.logger.warn({ err: message(err) }, 'job wake-up connection lost; polling meanwhile'),
    });
    this.wakeup.start();
  }

  /** One claim of a pipelined handler, once a batch slot is free; its batch runs on meanwhile. */
  private async pipelinedRound(h: JobHandler): Promise<boolean> {
    const inFlight = this.inFlight.get(h.queue) ?? this.inFlight.set(h.queue, new Set()).get(h.queue)!;
    while (inFlight.size >= h.concurrency!) await Promise.race(inFlight);
    if (this.stopping) return false;
    const specs = [
      { queue: h.queue, limit: h.batchSize ?? this.cfg.batchSize, leaseMs: h.leaseMs ?? this.cfg.leaseMs },
    ];
    const claimed = await this.repo.claim(specs);
    claimed.push(...(await this.gather([h], specs, claimed)));
    if (claimed.length === 0) return false;
    const batch: Promise<void> = this.runBatch(h, claimed)
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ queue: h.queue, err: message(err) }, 'job batch failed'))
      .finally(() => inFlight.delete(batch));
    inFlight.add(batch);
    return true;
  }

  /** Starts a round in every sleeping lane now. */
  poke(): void {
    for (const loop of this.loops.values()) loop.poke();
  }

  /**
   * Ends the loops after their current round; long handlers see `ctx.stopping` and hand their
   * jobs back. Callers during a stop (the worker's and Nest's shutdown hooks) share it.
   */
  stop(): Promise<void> {
    this.stopped ??= this.stopLoops().finally(() => (this.stopped = undefined));
    return this.stopped;
  }

  private async stopLoops(): Promise<void> {
    this.stopping = true;
    await this.wakeup?.stop();
    this.wakeup = undefined;
    await Promise.all([...this.loops.values()].map((l) => l.stop()));
    await Promise.all([...this.inFlight.values()].flatMap((set) => [...set]));
    this.loops.clear();
    this.stopping = false;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
