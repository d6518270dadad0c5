import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { processEnv } from '../libs/shared/config/index.js';
import { openDataSource, runMigrations } from '../libs/shared/database/index.js';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../libs/shared/embedded/index.js';
import {
  ensureCandidatesInstalled,
  engineOf,
  graphileWorker,
  inHouse,
  pgBoss,
  type BenchJob,
  type Candidate,
} from './bench-jobs-candidates.js';

/**
 * `npm run bench:jobs [-- --n 10000 --latency 200 --kill 2000 --only pg-boss]`: the job queues
 * considered for issue 15 (the in-house outbox relay, pg-boss, graphile-worker) on one embedded
 * PostgreSQL (temp dir), each in its own database, measured the same way:
 *   1. throughput: N jobs queued, then one worker drains them; handler = one effect row per job
 *      (batched: one INSERT per handler call), without and with batching;
 *   2. latency: one job at a time into an idle worker, commit → handler start, p50/p95;
 *   3. enqueue in the caller's transaction: a rolled-back job never runs, a committed one does;
 *   4. kill -9 of the worker mid-batch (a child process applying effects one job at a time):
 *      jobs lost, effects applied twice (a plain INSERT per job), recovery time; an idempotent
 *      effect (INSERT … ON CONFLICT DO NOTHING keyed by the job) is applied exactly once.
 * The candidates are installed by npm into BENCH_JOBS_DIR (default: a temp dir), not into the project.
 */
const argv = process.argv;
const arg = (name: string, dflt: number): number => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : dflt;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : dflt;
};
const N = arg('n', 10_000);
const LATENCY_JOBS = arg('latency', 200);
const KILL_JOBS = arg('kill', 2000);
const BATCH = 200;
const LEASE_S = 10;
const THROUGHPUT_CAP_MS = 120_000;
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const say = (s: string) => process.stdout.write(`[bench:jobs] ${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const candidateDir = () => processEnv().BENCH_JOBS_DIR ?? join(tmpdir(), 'techmarket-bench-jobs');

function candidates(dir: string): Candidate[] {
  const all = [inHouse(), pgBoss(dir), graphileWorker(dir)];
  return only ? all.filter((c) => c.name.startsWith(only)) : all;
}

const EFFECTS = `
  CREATE TABLE IF NOT EXISTS bench_effect_log (key text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
  CREATE TABLE IF NOT EXISTS bench_effect (key text PRIMARY KEY);`;

/** The effects a handler applies: a plain INSERT (counts re-runs) and an idempotent one. */
function effects(pool: pg.Pool, slowMs = 0) {
  return async (jobs: BenchJob[]): Promise<void> => {
    if (slowMs === 0) {
      const keys = jobs.map((j) => j.key);
      await pool.query(`INSERT INTO bench_effect_log (key) SELECT unnest($1::text[])`, [keys]);
      await pool.query(`INSERT INTO bench_effect (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [keys]);
      return;
    }
    // One job at a time, so that a kill lands in the middle of a batch.
    for (const j of jobs) {
      await pool.query(`INSERT INTO bench_effect_log (key) VALUES ($1)`, [j.key]);
      await pool.query(`INSERT INTO bench_effect (key) VALUES ($1) ON CONFLICT DO NOTHING`, [j.key]);
      await sleep(slowMs);
    }
  };
}

async function counts(pool: pg.Pool): Promise<{ log: number; distinct: number }> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM bench_effect_log) AS log, (SELECT count(*)::int FROM bench_effect) AS distinct`,
  );
  return rows[0] as { log: number; distinct: number };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await sleep(20);
  }
  return false;
}

async function reset(pool: pg.Pool): Promise<void> {
  await pool.query(`TRUNCATE bench_effect_log, bench_effect`);
}

async function enqueueMany(c: Candidate, ds: DataSource, prefix: string, n: number): Promise<number> {
  const t0 = performance.now();
  for (let start = 0; start < n; start += 1000) {
    const jobs = Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({ key: `${prefix}-${start + i}` }));
    await ds.transaction((em) => c.enqueue(em, jobs));
  }
  return n / ((performance.now() - t0) / 1000);
}

async function throughput(c: Candidate, url: string, ds: DataSource, pool: pg.Pool, batch: number, tag: string) {
  await reset(pool);
  const enqueueRate = await enqueueMany(c, ds, tag, N);
  const t0 = performance.now();
  const worker = await c.work(url, ds, { batch, leaseSeconds: LEASE_S, pollMs: 100 }, effects(pool));
  // Capped: a queue that polls once per job would otherwise take hours; the rate is then what it did in the cap.
  await waitFor(async () => (await counts(pool)).distinct >= N, THROUGHPUT_CAP_MS);
  const secs = (performance.now() - t0) / 1000;
  await worker.stop();
  const { log, distinct } = await counts(pool);
  return { enqueueRate, rate: distinct / secs, capped: distinct < N, reruns: log - distinct };
}

async function latency(c: Candidate, url: string, ds: DataSource, pool: pg.Pool, pollMs: number) {
  await reset(pool);
  const committed = new Map<string, number>();
  const lat: number[] = [];
  const handle = effects(pool);
  const worker = await c.work(url, ds, { batch: BATCH, leaseSeconds: LEASE_S, pollMs }, async (jobs) => {
    const now = performance.now();
    for (const j of jobs) if (committed.has(j.key)) lat.push(now - committed.get(j.key)!);
    await handle(jobs);
  });
  await sleep(1000);
  for (let i = 0; i < LATENCY_JOBS; i++) {
    const key = `lat-${pollMs}-${i}`;
    await ds.transaction((em) => c.enqueue(em, [{ key }]));
    committed.set(key, performance.now());
    await sleep(10 + Math.random() * 40);
  }
  await waitFor(async () => lat.length >= LATENCY_JOBS, 60_000);
  await worker.stop();
  return { p50: pct(lat, 50), p95: pct(lat, 95) };
}

async function inTransaction(c: Candidate, url: string, ds: DataSource, pool: pg.Pool) {
  await reset(pool);
  await ds
    .transaction(async (em) => {
      await c.enqueue(em, [{ key: 'rolled-back' }]);
      throw new Error('business rule failed');
    })
    .catch(() => undefined);
  await ds.transaction((em) => c.enqueue(em, [{ key: 'committed' }]));
  const worker = await c.work(url, ds, { batch: BATCH, leaseSeconds: LEASE_S, pollMs: 100 }, effects(pool));
  const ran = await waitFor(
    async () => (await pool.query(`SELECT 1 FROM bench_effect WHERE key = 'committed'`)).rowCount === 1,
    30_000,
  );
  await sleep(2000);
  await worker.stop();
  const ghost = (await pool.query(`SELECT 1 FROM bench_effect WHERE key = 'rolled-back'`)).rowCount === 1;
  return `${ran ? 'committed ran' : 'committed DID NOT run'}, ${ghost ? 'rolled-back RAN' : 'rolled-back never ran'}`;
}

function child(c: Candidate, url: string): { proc: ChildProcess; exited: Promise<void> } {
  const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', c.name, '--url', url], {
    env: { ...process.env, BENCH_JOBS_DIR: candidateDir() },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { proc, exited: new Promise((r) => proc.once('exit', () => r())) };
}

async function killNine(c: Candidate, ds: DataSource, pool: pg.Pool, url: string) {
  await reset(pool);
  await enqueueMany(c, ds, 'kill', KILL_JOBS);
  const first = child(c, url);
  // Killed in the middle of a batch of 50 (effects are applied one job at a time, 2 ms apart).
  await waitFor(
    async () => ((n) => n >= KILL_JOBS / 4 && n % 50 >= 10 && n % 50 <= 40)((await counts(pool)).log),
    120_000,
  );
  first.proc.kill('SIGKILL');
  await first.exited;
  const killedAt = performance.now();
  const atKill = await counts(pool);
  const second = child(c, url);
  const recovered = await waitFor(async () => (await counts(pool)).distinct >= KILL_JOBS, 90_000);
  const recoverySecs = (performance.now() - killedAt) / 1000;
  second.proc.kill('SIGTERM');
  await second.exited;
  const after = await counts(pool);
  return {
    atKill: atKill.log,
    lost: KILL_JOBS - after.distinct,
    twice: after.log - after.distinct,
    recovery: recovered ? `${recoverySecs.toFixed(1)} s` : `not within 90 s (jobs still locked by the dead worker)`,
  };
}

async function runChild(): Promise<void> {
  const name = argv[argv.indexOf('--child') + 1]!;
  const url = argv[argv.indexOf('--url') + 1]!;
  const c = candidates(candidateDir()).find((x) => x.name === name)!;
  const ds = await openDataSource(url);
  await c.prepare(url, ds);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const worker = await c.work(url, ds, { batch: 50, leaseSeconds: LEASE_S, pollMs: 100 }, effects(pool, 2));
  process.once('SIGTERM', () => void worker.stop().finally(() => process.exit(0)));
}

async function main(): Promise<void> {
  const dir = candidateDir();
  ensureCandidatesInstalled(dir, say);
  const root = mkdtempSync(join(tmpdir(), 'tm-bench-jobs-'));
  chmodSync(root, 0o755);
  const pgServer = await startEmbeddedPostgres({
    dataDir: join(root, 'pg'),
    port: await freePort(),
    persistent: false,
    portVariable: 'a free port',
  });
  say(
    `node ${process.version}; graphile-worker needs node ${engineOf(dir, 'graphile-worker')}, pg-boss ${engineOf(dir, 'pg-boss')}`,
  );
  const lines: string[] = [];
  try {
    for (const c of candidates(dir)) {
      const db = `bench_${c.name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
      await ensureDatabase(pgServer.serverUrl, db);
      const url = pgServer.urlFor(db);
      await runMigrations(url);
      const ds = await openDataSource(url);
      const pool = new pg.Pool({ connectionString: url, max: 4 });
      await pool.query(EFFECTS);
      await c.prepare(url, ds);
      try {
        say(`${c.name}: throughput without batching…`);
        const one = await throughput(c, url, ds, pool, 1, 'one');
        say(`${c.name}: throughput with batches of ${BATCH}…`);
        const many = await throughput(c, url, ds, pool, BATCH, 'many');
        say(`${c.name}: latency…`);
        const latSlow = await latency(c, url, ds, pool, 500);
        const latFast = await latency(c, url, ds, pool, 50);
        say(`${c.name}: enqueue in the caller's transaction…`);
        const tx = await inTransaction(c, url, ds, pool);
        say(`${c.name}: kill -9 mid-batch…`);
        const k = await killNine(c, ds, pool, url);
        const result = [
          `${c.name}:`,
          `  enqueue (1000 per transaction): ${Math.round(many.enqueueRate)} jobs/s`,
          `  throughput, ${N} jobs: ${Math.round(one.rate)} jobs/s one at a time${one.capped ? ' (stopped after 120 s)' : ''}, ${Math.round(many.rate)} jobs/s in batches of ${BATCH}${many.capped ? ' (stopped after 120 s)' : ''} (re-runs: ${one.reruns + many.reruns})`,
          `  enqueue → start latency: poll 500 ms p50 ${latSlow.p50.toFixed(0)} ms / p95 ${latSlow.p95.toFixed(0)} ms; poll 50 ms p50 ${latFast.p50.toFixed(0)} ms / p95 ${latFast.p95.toFixed(0)} ms`,
          `  in the caller's transaction: ${tx}`,
          `  kill -9 after ${k.atKill} of ${KILL_JOBS} effects (lease ${LEASE_S} s): ${k.lost} jobs never run again, ${k.twice} effects applied twice by a plain INSERT, idempotent effects exactly once; recovered in ${k.recovery}`,
        ];
        for (const l of result) say(l);
        lines.push(...result);
      } finally {
        await c.close();
        await pool.end();
        await ds.destroy();
      }
    }
  } finally {
    // A candidate may leave an idle pooled connection behind; the server going away must not crash the report.
    process.on('uncaughtException', (err: Error & { code?: string }) => {
      if (err.code !== '57P01') throw err;
    });
    await pgServer.stop();
    rmSync(root, { recursive: true, force: true });
  }
  say('summary:');
  for (const l of lines) say(l);
}

(argv.includes('--child') ? runChild() : main()).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
