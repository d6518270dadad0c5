import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Env } from '../libs/shared/config/index.js';
import {
  LaunchError,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  writePidFile,
  type RunningMeilisearch,
} from '../libs/shared/embedded/index.js';
import { describeExit, ManagedProcess, type ChildSpec } from '../libs/shared/supervisor/index.js';

/**
 * What `npm start` supervises, as ChildSpecs. Every child runs in its own process group
 * (detached): a Ctrl-C in the terminal reaches only npm and the launcher, which then stops the
 * children one by one, PostgreSQL last, instead of all of them at once.
 */

const API_START_TIMEOUT_MS = 60_000;

/** Embedded PostgreSQL on the same data directory (and so the same password) every time. */
export function postgresChild(opts: { dataDir: string; port: number; password: string }): ChildSpec {
  return {
    name: 'postgresql',
    start: async (signal) =>
      (await startEmbeddedPostgres({ ...opts, persistent: true, detached: true, signal })).process,
  };
}

/** Embedded Meilisearch on the same data directory and master key every time; `onStarted` sees each instance. */
export function meilisearchChild(
  opts: { dataDir: string; port: number },
  onStarted: (meili: RunningMeilisearch) => void,
): ChildSpec {
  return {
    name: 'meilisearch',
    start: async (signal) => {
      const meili = await startEmbeddedMeilisearch({ ...opts, detached: true, signal });
      onStarted(meili);
      return meili.process;
    },
  };
}

async function waitForApi(url: string, proc: ManagedProcess, signal: AbortSignal): Promise<void> {
  const until = Date.now() + API_START_TIMEOUT_MS;
  while (Date.now() < until) {
    if (signal.aborted) throw new LaunchError('api start aborted');
    if (!proc.running) throw new LaunchError(`the api exited with ${describeExit(await proc.exited)} while starting`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
      // 503 is an answer too: the api serves while search is down.
      if (res.status === 200 || res.status === 503) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new LaunchError(`the api did not answer within ${API_START_TIMEOUT_MS / 1000} s`);
}

/**
 * The api or the worker from dist/. The api counts as started once it answers /api/health;
 * the worker has no endpoint, so it counts as started once spawned (a worker that dies at once
 * is caught by the restart policy, which counts failures soon after a start).
 */
export function nodeAppChild(
  name: 'api' | 'worker',
  opts: { root: string; env: Env; runDir: string; apiUrl?: string },
): ChildSpec {
  return {
    name,
    start: async (signal) => {
      const child = spawn(
        process.execPath,
        ['--enable-source-maps', join(opts.root, 'dist', 'apps', name, 'src', 'main.js')],
        {
          env: opts.env,
          stdio: ['ignore', 'inherit', 'inherit'],
          detached: true,
        },
      );
      const proc = new ManagedProcess(child, { group: true });
      if (child.pid) writePidFile(join(opts.runDir, `${name}.pid`), child.pid);
      if (opts.apiUrl) {
        try {
          await waitForApi(opts.apiUrl, proc, signal);
        } catch (err) {
          await proc.stop(5_000);
          throw err;
        }
      }
      return proc;
    },
  };
}
