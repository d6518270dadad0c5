import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isAlive, waitForExit } from '../libs/shared/embedded/index.js';
import { createTestDatabase, testServers, type TestDatabase } from '../libs/shared/testing/index.js';
import { launch, pidIn, root, startJs, stop, waitFor } from './launcher-harness.js';

/**
 * The compiled launcher and api as a user runs them (`npm start` builds dist/ first; so does
 * `npm test`). Covers config errors, external servers, embedded servers, Ctrl-C and kill -9.
 * Faults of the children it supervises: launcher-faults.e2e-spec.ts.
 */
const apiJs = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

describe('launcher and process configuration', () => {
  let db: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(testServers().root, 'launcher-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")'],
    [
      { DATABASE_URL: 'mysql://nope' },
      'Invalid configuration: DATABASE_URL must be a URL like postgres://user:password@host:5432/database (got "mysql://nope")',
    ],
  ])('the api refuses to start with invalid env %j, printing one clear line', (bad, line) => {
    const env = { PATH: process.env.PATH ?? '', ...db.env, LOG_LEVEL: 'silent', ...bad };
    const r = spawnSync(process.execPath, [apiJs], { env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(line);
    expect(r.stdout).toBe('');
  });

  it('the launcher reports invalid env in one line and exits non-zero', () => {
    const r = spawnSync(process.execPath, [startJs], {
      env: { PATH: process.env.PATH ?? '', EMBEDDED_PG_PORT: 'x' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('EMBEDDED_PG_PORT');
  });

  it('with DATABASE_URL and MEILI_URL set it starts no server of its own, serves health, and Ctrl-C stops api and worker', async () => {
    const port = await freePort();
    const l = launch({ ...db.env, PORT: String(port), DATA_DIR: join(dataDir, 'external') });
    await waitFor(l, 'press Ctrl-C to stop');
    expect(l.output()).toContain('using PostgreSQL at DATABASE_URL');
    expect(l.output()).toContain('using Meilisearch at MEILI_URL');
    expect(l.output()).not.toContain('embedded');
    // a database named by DATABASE_URL never gets the demo accounts (a published password) by default
    expect(l.output()).toContain('no demo data (DEMO_DATA=on loads it into an empty database)');
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    const api = pidIn(join(dataDir, 'external'), 'api');
    const worker = pidIn(join(dataDir, 'external'), 'worker');
    expect(await stop(l)).toBe(0);
    expect(await waitForExit(api, 10_000)).toBe(true);
    expect(await waitForExit(worker, 10_000)).toBe(true);
    // Budget of its waits (start 90 s, stop), not jest's 60 s default: on loaded cores the start alone took over 60 s.
  }, 150_000);

  it('on a fresh data dir it runs embedded PostgreSQL and Meilisearch, reuses them on a second start, and recovers after kill -9', async () => {
    const dir = join(dataDir, 'embedded');
    const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      PORT: String(port),
      DATA_DIR: dir,
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
    };

    const first = launch(env);
    await waitFor(first, 'press Ctrl-C to stop', 180_000);
    expect(first.output()).toContain('initialising embedded PostgreSQL');
    expect(first.output()).toContain('starting embedded Meilisearch 1.21');
    expect(first.output()).toContain('demo market loaded');
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health.components).toMatchObject({ database: { status: 'up' }, search: { status: 'up' } });
    expect(existsSync(join(dir, 'meili', 'master-key'))).toBe(true);
    // a first visitor finds every public trading section of the demo market filled
    for (const path of ['price-publications', 'listed-sales', 'auctions', 'roadshows', 'sale-notices']) {
      const page = (await (await fetch(`http://127.0.0.1:${port}/api/${path}`)).json()) as { items: unknown[] };
      expect([path, page.items.length >= 1]).toEqual([path, true]);
    }
    expect(await stop(first)).toBe(0);

    const second = launch(env);
    await waitFor(second, 'press Ctrl-C to stop', 180_000);
    expect(second.output()).toContain('starting embedded PostgreSQL');
    expect(second.output()).toContain('database schema is up to date');
    const orphanApi = pidIn(dir, 'api');
    second.proc.kill('SIGKILL');
    await new Promise((r) => second.proc.once('exit', r));
    expect(isAlive(orphanApi)).toBe(true); // kill -9 leaves the children running

    const third = launch(env);
    await waitFor(third, 'press Ctrl-C to stop', 180_000);
    expect(third.output()).toContain(`stopped a api (pid ${orphanApi}) left running by an earlier start`);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    expect(await stop(third)).toBe(0);
    expect(isAlive(orphanApi)).toBe(false);
  }, 420_000);
});
