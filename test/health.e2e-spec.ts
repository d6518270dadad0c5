import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { freePort, startEmbeddedMeilisearch, type RunningMeilisearch } from '../libs/shared/embedded/index.js';
import { writeSupervisorState } from '../libs/shared/supervisor/index.js';
import { testServers } from '../libs/shared/testing/index.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

describe('health: job backlog, and Meilisearch going down (e2e)', () => {
  let meili: RunningMeilisearch;
  let t: TestApp;
  let dir: string;
  let meiliPort: number;
  /** This file's Meilisearch, on the same port and data (and so the same key) every time. */
  const startMeili = async () => (meili = await startEmbeddedMeilisearch({ dataDir: dir, port: meiliPort }));

  beforeAll(async () => {
    // A Meilisearch of this file's own, so stopping it disturbs no other test file.
    dir = mkdtempSync(join(testServers().root, 'health-meili-'));
    chmodSync(dir, 0o755);
    meiliPort = await freePort();
    await startMeili();
    // As `npm start` runs it: the launcher's state file named (written by the test below).
    t = await createTestApp({
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      LAUNCHER_STATE_FILE: join(dir, 'supervisor.json'),
    });
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the job backlog (pending, oldest age, failing) as information, still 200 with a failing backlog', async () => {
    const ds = t.app.get(DataSource);
    await ds.query(`DELETE FROM job`);
    const empty = await api(t).get('/api/health').expect(200);
    expect(empty.body.outbox).toEqual({ pending: 0, oldestPendingSeconds: null, failing: 0, maxAttempts: 0 });
    await ds.query(
      `INSERT INTO job (queue, topic, key, created_at, run_at, attempts, last_error, done_at) VALUES
         ('listings.search-index', 'listing.changed', 'need:a', now() - interval '2 hours', now() + interval '1 minute', 7, 'search unavailable', NULL),
         ('notifications.mail', NULL, 'mail:b', now() - interval '5 minutes', now(), 0, NULL, NULL),
         ('listings.search-index', 'listing.changed', 'need:c', now() - interval '3 days', now(), 1, NULL, now()),
         ('worker.housekeeping', NULL, '@schedule', now() + interval '1 hour', now() + interval '1 hour', 0, NULL, NULL)`,
    );
    const res = await api(t).get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'up',
      components: { database: { status: 'up' }, search: { status: 'up' } },
    });
    expect(res.body.outbox).toMatchObject({ pending: 2, failing: 1, maxAttempts: 7 });
    expect(res.body.outbox.oldestPendingSeconds).toBeGreaterThanOrEqual(7200);
    expect(res.body.outbox.oldestPendingSeconds).toBeLessThan(7200 + 60);
    // Counts only: no error text or payload leaves through this public endpoint.
    expect(JSON.stringify(res.body)).not.toContain('search unavailable');
    await ds.query(`DELETE FROM job`);
  });

  it("shows the launcher's supervised processes (restarts, last exit; no pids) as information, and says when the state is unreadable", async () => {
    const file = join(dir, 'supervisor.json');
    rmSync(file, { force: true });
    const missing = await api(t).get('/api/health').expect(200);
    expect(missing.body.launcher).toEqual({ error: 'launcher state unavailable' });
    const at = '2026-01-02T03:04:05.000Z';
    writeSupervisorState(file, {
      launcherPid: 4242,
      updatedAt: at,
      children: [
        {
          name: 'meilisearch',
          state: 'running',
          restarts: 2,
          since: at,
          lastExit: { code: null, signal: 'SIGKILL', at },
          pid: 4243,
        },
        {
          name: 'worker',
          state: 'restarting',
          restarts: 1,
          since: null,
          lastExit: { code: 134, signal: null, at },
          pid: null,
        },
      ],
    });
    const res = await api(t).get('/api/health').expect(200);
    expect(res.body.launcher).toEqual({
      updatedAt: at,
      processes: [
        {
          name: 'meilisearch',
          state: 'running',
          restarts: 2,
          since: at,
          lastExit: { code: null, signal: 'SIGKILL', at },
        },
        { name: 'worker', state: 'restarting', restarts: 1, since: null, lastExit: { code: 134, signal: null, at } },
      ],
    });
    expect(JSON.stringify(res.body)).not.toContain('4243');
    rmSync(file, { force: true });
  });

  it('answers 503 naming search as down while other endpoints keep answering, and 200 once it is back', async () => {
    expect((await api(t).get('/api/health')).status).toBe(200);
    await meili.stop();
    try {
      const res = await api(t).get('/api/health').expect(503);
      expect(res.body.status).toBe('down');
      expect(res.body.components.database.status).toBe('up');
      expect(res.body.components.search.status).toBe('down');
      const regions = await api(t).get('/api/regions/532623').expect(200);
      expect(regions.body.name).toBe('西畴县');
    } finally {
      // Back up for whatever runs next.
      await startMeili();
    }
    expect((await api(t).get('/api/health').expect(200)).body.components.search.status).toBe('up');
  });
});
