import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource, EntityManager } from 'typeorm';
import { ConfigModule } from '../libs/shared/config/index.js';
import { DatabaseModule } from '../libs/shared/database/index.js';
import { JobQueue, JobRunner, JobsModule } from '../libs/shared/jobs/index.js';

/** One job of the benchmark: a key (its effect's identity) and when it was committed. */
export interface BenchJob {
  key: string;
}

/** How the benchmark drives a job queue: the same five operations for each candidate. */
export interface Candidate {
  readonly name: string;
  /** Installs the queue's tables into the (migrated) database. */
  prepare(url: string, ds: DataSource): Promise<void>;
  /** Enqueues jobs with the caller's EntityManager, inside its transaction. */
  enqueue(em: EntityManager, jobs: BenchJob[]): Promise<void>;
  /** Starts one worker (in this process) that hands jobs to `handle`, `batch` at a time where the queue can. */
  work(url: string, ds: DataSource, opts: WorkOptions, handle: (jobs: BenchJob[]) => Promise<void>): Promise<Stoppable>;
  /** Releases what prepare() opened. */
  close(): Promise<void>;
}

export interface WorkOptions {
  /** Jobs per handler call (1 = no batching). */
  batch: number;
  /** How long a claimed job stays reserved for a worker that may have died (kill -9 test). */
  leaseSeconds: number;
  /** Idle poll interval. */
  pollMs: number;
}

export interface Stoppable {
  stop(): Promise<void>;
}

/** The versions compared, installed on demand outside the project's dependencies. */
export const CANDIDATE_VERSIONS = { 'graphile-worker': '0.18.0', 'pg-boss': '12.38.0' } as const;

/**
 * Installs the candidates into `dir` with npm (pinned versions) unless they are there already,
 * so the project itself does not depend on queues it does not use.
 */
export function ensureCandidatesInstalled(dir: string, say: (s: string) => void): void {
  const installed = Object.entries(CANDIDATE_VERSIONS).every(([pkg, v]) => {
    const file = join(dir, 'node_modules', pkg, 'package.json');
    return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version === v;
  });
  if (installed) return;
  mkdirSync(dir, { recursive: true });
  const specs = Object.entries(CANDIDATE_VERSIONS).map(([p, v]) => `${p}@${v}`);
  say(`installing ${specs.join(', ')} into ${dir}…`);
  const r = spawnSync(
    'npm',
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false', ...specs],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error(`npm install of ${specs.join(', ')} failed`);
}

async function load<T>(dir: string, pkg: string): Promise<T> {
  const root = join(dir, 'node_modules', pkg);
  const { main } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
  return (await import(pathToFileURL(join(root, main)).href)) as T;
}

/** The engines field of an installed candidate (the benchmark prints it beside the figures). */
export function engineOf(dir: string, pkg: string): string {
  const p = JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  return p.engines?.node ?? 'any';
}

/**
 * The in-house job queue (libs/shared/jobs) as the worker runs it: JobsModule wired by Nest, the
 * runner's loop with its LISTEN wake-up, batches of `batch` per handler call. Jobs are keyed
 * (one key each), as the market's events are, so the per-key ordering check is paid.
 */
@Module({})
class BenchJobsModule {}

export function inHouse(): Candidate {
  const moduleFor = (url: string, extra: Record<string, string> = {}) =>
    NestFactory.createApplicationContext(
      {
        module: BenchJobsModule,
        imports: [
          ConfigModule.forRoot({
            DATABASE_URL: url,
            MEILI_URL: 'http://127.0.0.1:7700',
            MEILI_MASTER_KEY: 'bench-unused-bench-unused',
            JWT_SECRET: 'bench-unused-bench-unused-bench-unused-0123',
            LOG_LEVEL: 'silent',
            ...extra,
          }),
          DatabaseModule,
          JobsModule,
        ],
      },
      { logger: false },
    );
  let sender: Awaited<ReturnType<typeof moduleFor>> | undefined;
  return {
    name: 'in-house job queue',
    async prepare(url) {
      // The job table comes with the project's migrations.
      sender ??= await moduleFor(url);
    },
    async close() {
      await sender?.close();
      sender = undefined;
    },
    async enqueue(em, jobs) {
      await sender!.get(JobQueue).enqueue(
        em,
        jobs.map((j) => ({ queue: 'bench', key: j.key, payload: { key: j.key } })),
      );
    },
    async work(url, _ds, opts, handle) {
      const app = await moduleFor(url, {
        JOBS_POLL_MS: String(opts.pollMs),
        JOBS_BATCH_SIZE: String(opts.batch),
        JOBS_LEASE_MS: String(opts.leaseSeconds * 1000),
      });
      const runner = app.get(JobRunner);
      runner.register({ queue: 'bench', handle: (jobs) => handle(jobs.map((j) => ({ key: String(j.payload.key) }))) });
      runner.start();
      return {
        async stop() {
          await runner.stop();
          await app.close();
        },
      };
    },
  };
}

interface PgBossJob {
  data: BenchJob;
}
interface PgBossInstance {
  start(): Promise<unknown>;
  stop(opts?: { graceful?: boolean; timeout?: number }): Promise<void>;
  on(event: 'error', cb: (err: unknown) => void): void;
  createQueue(name: string, opts: Record<string, unknown>): Promise<void>;
  insert(name: string, jobs: { data: BenchJob }[], opts?: { db: PgBossDb }): Promise<unknown>;
  work(name: string, opts: Record<string, unknown>, handler: (jobs: PgBossJob[]) => Promise<void>): Promise<string>;
}
interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}
type PgBossCtor = new (opts: Record<string, unknown>) => PgBossInstance;

/** pg-boss's db adapter over the caller's TypeORM transaction (its documented way to send inside one). */
function pgBossDbOf(em: EntityManager): PgBossDb {
  return {
    async executeSql(text, values) {
      const result = (await em.queryRunner!.query(text, values as unknown[], true)) as { records: unknown[] };
      return { rows: result.records };
    },
  };
}

/** pg-boss: batch handlers (`batchSize`), expiry of jobs whose worker died, its own pool and schema. */
export function pgBoss(dir: string): Candidate {
  let PgBoss: PgBossCtor;
  let sender: PgBossInstance | undefined;
  const make = (url: string, extra: Record<string, unknown> = {}) =>
    new PgBoss({ connectionString: url, max: 10, superviseIntervalSeconds: 1, ...extra });
  return {
    name: `pg-boss ${CANDIDATE_VERSIONS['pg-boss']}`,
    async prepare(url) {
      ({ PgBoss } = await load<{ PgBoss: PgBossCtor }>(dir, 'pg-boss'));
      sender = make(url, { supervise: false, schedule: false });
      sender.on('error', () => undefined);
      await sender.start();
      await sender.createQueue('bench', { retryLimit: 10, retryDelay: 1, expireInSeconds: 10, notify: true });
    },
    async close() {
      await sender?.stop({ graceful: false });
    },
    async enqueue(em, jobs) {
      // The sender writes through the caller's transaction (the `db` option), not its own pool.
      if (!sender) throw new Error('pg-boss not prepared');
      await sender.insert(
        'bench',
        jobs.map((j) => ({ data: j })),
        { db: pgBossDbOf(em) },
      );
    },
    async work(url, _ds, opts, handle) {
      // Burst mode: without it a worker waits a polling interval (≥ 0.5 s) after every fetch, busy or not.
      const boss = make(url, { useListenNotify: true, queueCacheIntervalSeconds: 1, monitorIntervalSeconds: 1 });
      boss.on('error', () => undefined);
      await boss.start();
      await boss.work(
        'bench',
        {
          batchSize: opts.batch,
          pollingIntervalSeconds: Math.max(0.5, opts.pollMs / 1000),
          burstWhenBatchFull: true,
          burstWhenReadyExceeds: 1,
        },
        (jobs) => handle(jobs.map((j) => j.data)),
      );
      return { stop: () => boss.stop({ graceful: true, timeout: 5000 }) };
    },
  };
}

interface GraphileRunner {
  stop(): Promise<void>;
}
interface GraphileModule {
  run(opts: Record<string, unknown>): Promise<GraphileRunner>;
  runMigrations(opts: Record<string, unknown>): Promise<void>;
}

/** graphile-worker: one job per task call (localQueue batches the fetch only), LISTEN/NOTIFY wake-ups. */
export function graphileWorker(dir: string): Candidate {
  let gw: GraphileModule;
  return {
    name: `graphile-worker ${CANDIDATE_VERSIONS['graphile-worker']}`,
    async prepare(url) {
      gw = await load<GraphileModule>(dir, 'graphile-worker');
      await gw.runMigrations({ connectionString: url, logger: quietGraphileLogger(gw) });
    },
    async close() {},
    async enqueue(em, jobs) {
      // add_jobs is plain SQL, so it runs in the caller's transaction; one call for the whole batch.
      await em.query(
        `SELECT graphile_worker.add_jobs(ARRAY(
           SELECT ROW('bench', json_build_object('key', k), NULL, NULL, NULL, NULL, NULL, NULL)::graphile_worker.job_spec
             FROM unnest($1::text[]) AS k))`,
        [jobs.map((j) => j.key)],
      );
    },
    async work(url, _ds, opts, handle) {
      const runner = await gw.run({
        connectionString: url,
        concurrency: 10,
        maxPoolSize: 12,
        pollInterval: opts.pollMs,
        noHandleSignals: true,
        logger: quietGraphileLogger(gw),
        taskList: { bench: async (payload: unknown) => handle([payload as BenchJob]) },
        preset: { worker: { localQueue: { size: opts.batch > 1 ? opts.batch : -1 } } },
      });
      return { stop: () => runner.stop() };
    },
  };
}

function quietGraphileLogger(gw: GraphileModule): unknown {
  const { Logger } = gw as unknown as { Logger: new (f: () => (level: string, msg: string) => void) => unknown };
  return new Logger(() => (level, msg) => {
    if (level === 'error') process.stderr.write(`[graphile-worker] ${msg}\n`);
  });
}
