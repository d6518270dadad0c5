import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The compiled worker (`dist/apps/worker/src/main.js`, built by `npm test`) as its own
 * process, so a test can watch its memory, kill it with SIGKILL mid-job, or see it survive.
 */
export interface WorkerProcess {
  proc: ChildProcess;
  output(): string;
  /** Peak resident set so far (VmHWM), bytes. */
  peakRss(): number;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
}

function vm(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

/** Starts a worker with the given env and heap limit; resolves once it has logged "worker started". */
export async function startWorker(env: Record<string, string | undefined>, heapMb = 256): Promise<WorkerProcess> {
  const main = join(process.cwd(), 'dist', 'apps', 'worker', 'src', 'main.js');
  let out = '';
  const proc = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, main], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  proc.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    proc.once('exit', (code, signal) => resolve(signal ?? code ?? -1)),
  );
  const w: WorkerProcess = { proc, output: () => out, peakRss: () => vm(proc.pid!, 'VmHWM'), exited };
  await waitUntil(
    () => out.includes('"msg":"worker started"'),
    60_000,
    () => `worker did not start:\n${out}`,
    () => proc.exitCode !== null || proc.signalCode !== null,
  );
  return w;
}

/**
 * The workers one test file starts, on the test app's database under `applicationName` (so a test
 * can see when a killed worker's sessions are gone): `start()` one; `killAll()` after each test.
 */
export function workerSet(
  db: { env: Record<string, string | undefined>; url: string },
  env: Record<string, string>,
  applicationName: string,
) {
  const workers: WorkerProcess[] = [];
  const workerEnv = {
    ...db.env,
    ...env,
    DATABASE_URL: `${db.url}?application_name=${applicationName}`,
    LOG_LEVEL: 'info',
  };
  return {
    async start(): Promise<WorkerProcess> {
      const w = await startWorker(workerEnv);
      workers.push(w);
      return w;
    },
    /** SIGKILLs every worker still running and waits until all have exited. */
    killAll: () =>
      Promise.all(
        workers
          .splice(0)
          .map((w) =>
            w.proc.exitCode === null && w.proc.signalCode === null ? (w.proc.kill('SIGKILL'), w.exited) : w.exited,
          ),
      ),
  };
}

/** Stops a worker as the launcher does (SIGTERM) and waits for it to exit. */
export async function stopWorker(w: WorkerProcess): Promise<number | NodeJS.Signals> {
  if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGTERM');
  return w.exited;
}

/**
 * Polls `done` every 50 ms until it holds; fails with `why()` after `timeoutMs`, or at once when
 * `abort` says waiting is pointless (the process died).
 */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  timeoutMs: number,
  why: () => string,
  abort: () => boolean = () => false,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return;
    if (abort() || Date.now() > until) throw new Error(why());
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts the compiled api (`dist/apps/api/src/main.js`) on `port` with the given env; resolves
 * once it answers /api/health. Same shape as a worker: output, peak RSS, exit.
 */
export async function startApi(env: Record<string, string | undefined>, port: number): Promise<WorkerProcess> {
  const main = join(process.cwd(), 'dist', 'apps', 'api', 'src', 'main.js');
  let out = '';
  const proc = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  proc.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    proc.once('exit', (code, signal) => resolve(signal ?? code ?? -1)),
  );
  const healthy = async () =>
    fetch(`http://127.0.0.1:${port}/api/health`).then(
      () => true,
      () => false,
    );
  await waitUntil(
    healthy,
    90_000,
    () => `api did not start:\n${out}`,
    () => proc.exitCode !== null || proc.signalCode !== null,
  );
  return { proc, output: () => out, peakRss: () => vm(proc.pid!, 'VmHWM'), exited };
}
