/**
 * `npm run bench:import-limits` — the hostile files of the issue 14 security probe through the
 * real import worker path, each in a fresh process, on a throw-away embedded PostgreSQL:
 *
 * 1. an XLSX whose one inline-string cell holds 150 M characters (~150 KB deflated),
 * 2. an XLSX with 8 M tiny shared strings,
 * 3. a 1.6 MB CSV in which every row has problems (the probe's 900,004 stored problem rows).
 *
 * Beside them: a 3-row CSV (what the job process costs at all) and 999,000 shared strings of
 * 60 characters (just under the default limits: what a workbook at the limits costs).
 *
 * For each it prints how the job ended (status, error code, or the signal that killed the
 * process), the problem rows stored and counted, and the process's peak RSS (VmHWM, read from
 * /proc while it runs, so a process that dies still has a figure). The XLSX bombs run twice:
 * with the default limits (the compression-ratio guard stops them) and with that guard raised
 * to 5000, so the limits checked while streaming (cell length, shared strings) are measured too.
 *
 * Env: BENCH_HEAP_MB (a --max-old-space-size for the job processes; default Node's own).
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { COLUMNS, ImportRunner, ImportsModule } from '../libs/imports/src/index.js';
import { JobsModule } from '../libs/shared/jobs/index.js';
import { SearchModule } from '../libs/search/src/index.js';
import { processEnv, type Env } from '../libs/shared/config/index.js';
import { openDataSource } from '../libs/shared/database/index.js';
import { inlineStringBombXlsx, sharedStringsXlsx } from '../libs/shared/testing/xlsx-fixtures.js';
import { benchBureau, benchContext, mb, out, queueImportJob, runBench, withBenchServers } from './bench-harness.js';

const env = processEnv();
/** In the job process: run every queued job with the import lib as the worker has it. */
async function child(): Promise<void> {
  // Events are published, not delivered.
  const app = await benchContext(env, [JobsModule, SearchModule, ImportsModule]);
  await app.get(ImportRunner).runUntilIdle();
  await app.close();
}

/** Peak RSS of a process so far (kB in /proc, as bytes); 0 once it is gone. */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function runJobProcess(childEnv: Env): Promise<{ peak: number; exit: string; seconds: number }> {
  const heap = env.BENCH_HEAP_MB ? [`--max-old-space-size=${env.BENCH_HEAP_MB}`] : [];
  const started = performance.now();
  const proc = spawn(process.execPath, [...heap, process.argv[1]!, '--child'], {
    env: { PATH: env.PATH ?? '', ...childEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, vmHwm(proc.pid!))), 20);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    proc.on('exit', (c, s) => resolve([c, s])),
  );
  clearInterval(timer);
  const oom = /heap out of memory|Invalid string length/.exec(stderr)?.[0];
  const exit = signal
    ? `killed by ${signal}`
    : code === 0
      ? 'exited normally'
      : `crashed (exit ${code}${oom ? `: ${oom}` : ''})`;
  return { peak, exit, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  await withBenchServers({ prefix: 'techmarket-bench-limits-' }, async ({ root, url }) => {
    const ds: DataSource = await openDataSource(url);
    const bureau = await benchBureau(ds);

    const header = COLUMNS.contracts.map((s) => s.header).join(',');
    const bomb = join(root, 'inline-150m.xlsx');
    writeFileSync(bomb, await inlineStringBombXlsx(150_000_000));
    const shared = join(root, 'shared-8m.xlsx');
    writeFileSync(shared, await sharedStringsXlsx(8_000_000));
    // Every data row names a contract and nothing else: each misses the other required columns.
    const problems = join(root, 'problems.csv');
    const rows = Math.floor((1.6 * 1024 * 1024) / 2);
    writeFileSync(problems, `${header}\n${'x\n'.repeat(rows)}`);

    const tiny = join(root, 'tiny.csv');
    writeFileSync(tiny, `${header}\n${'x\n'.repeat(3)}`);
    const atLimit = join(root, 'shared-at-limit.xlsx');
    writeFileSync(atLimit, await sharedStringsXlsx(999_000, 'x'.repeat(60), true));

    const files: [string, string, 'xlsx' | 'csv', Env][] = [
      ['3-row CSV (baseline)', tiny, 'csv', {}],
      ['999,000 shared strings x 60 chars, ratio 5000', atLimit, 'xlsx', { IMPORT_MAX_COMPRESSION_RATIO: '5000' }],
      ['150 M-char inline cell', bomb, 'xlsx', {}],
      ['150 M-char inline cell, ratio guard 5000', bomb, 'xlsx', { IMPORT_MAX_COMPRESSION_RATIO: '5000' }],
      ['8 M shared strings', shared, 'xlsx', {}],
      ['8 M shared strings, ratio guard 5000', shared, 'xlsx', { IMPORT_MAX_COMPRESSION_RATIO: '5000' }],
      [`${rows} problem rows CSV`, problems, 'csv', {}],
    ];
    out(
      `Node ${process.version}; job process heap limit: ${env.BENCH_HEAP_MB ? `${env.BENCH_HEAP_MB} MB` : "Node's default"}`,
    );
    for (const [label, path, format, extra] of files) {
      const id = await queueImportJob(
        ds,
        bureau,
        { kind: 'contracts', format, name: label, path },
        join(root, 'imports'),
      );
      const run = await runJobProcess({ ...extra, DATABASE_URL: url, IMPORT_DIR: join(root, 'imports') });
      const [j] = await ds.query(
        `SELECT status, error_code, (SELECT count(*)::int FROM import_problem WHERE job_id = $1) AS stored, problem_rows FROM import_job WHERE id = $1`,
        [id],
      );
      // A job whose process died stays claimed; a later bench run must not pick it up again.
      if (j.status === 'validating') await ds.query(`UPDATE import_job SET status = 'cancelled' WHERE id = $1`, [id]);
      out(
        `${label.padEnd(42)} ${mb(statSync(path).size, 1).padStart(9)}: ${run.exit}, job ${j.status}${j.error_code ? ` ${j.error_code}` : ''}, ` +
          `problem rows stored ${j.stored} (rows with problems ${j.problem_rows}); peak RSS ${mb(run.peak, 1)} in ${run.seconds.toFixed(1)} s`,
      );
    }
    await ds.destroy();
  });
}

runBench('bench-import-limits', process.argv.includes('--child') ? child : main);
