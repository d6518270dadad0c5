import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedPostgresUrl, freePort, isAlive, waitForExit } from '../libs/shared/embedded/index.js';
import { createTestDatabase, testServers } from '../libs/shared/testing/index.js';
import {
  childPid,
  ensureStopped,
  launch,
  root,
  stop,
  supervisorState,
  waitFor,
  waitUntil,
  type Launch,
} from './launcher-harness.js';

/**
 * Faults of what `npm start` supervises, on the real launcher with real embedded servers:
 * kill -9 of Meilisearch, the worker, the api and PostgreSQL while listings are being written
 * through the API; and the npm process in front of the launcher stopped or killed.
 */

type Health = {
  status: string;
  outbox: { pending: number };
  launcher?: {
    processes: { name: string; state: string; restarts: number; lastExit: { signal: string | null } | null }[];
  };
};

const json = async (res: Response) => (res.headers.get('content-type')?.includes('json') ? res.json() : undefined);

/** Enterprises write needs, an institute writes achievements: create, submit, approve where review is on. */
class ListingWriter {
  readonly published = { needs: [] as string[], achievements: [] as string[] };
  failures = 0;
  private running = false;
  private loop: Promise<void> | undefined;
  private tokens: Record<string, string> = {};
  private n = 0;

  constructor(private readonly api: string) {}

  private async call(
    method: string,
    path: string,
    as: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.api}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${this.tokens[as]}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: (await json(res)) ?? {} };
  }

  async login(): Promise<void> {
    for (const who of ['dandong-enterprise', 'dandong-institute', 'dandong-admin']) {
      const r = await this.call('POST', '/api/auth/login', '', {
        login: `${who}@demo.techmarket.cn`,
        password: 'Demo@2026',
      });
      expect(r.status).toBe(200);
      this.tokens[who] = r.body.accessToken as string;
    }
  }

  /** One listing through its whole publication; false when any step failed (a fault is on). */
  private async writeOne(): Promise<boolean> {
    const i = ++this.n;
    const kind = i % 2 ? 'needs' : 'achievements';
    const owner = kind === 'needs' ? 'dandong-enterprise' : 'dandong-institute';
    const payload =
      kind === 'needs'
        ? {
            title: `故障演练需求 ${i}`,
            description: '数控机床主轴热误差补偿',
            techFieldCode: '03',
            keywords: ['故障演练'],
            cooperationModes: ['commissioned_development'],
          }
        : {
            title: `故障演练成果 ${i}`,
            description: '秸秆生物质颗粒燃料成型',
            techFieldCode: '09',
            achievementType: 'applied',
            trl: 7,
            transferModes: ['licence'],
            priceFen: 100_000,
          };
    const created = await this.call('POST', `/api/listings/${kind}`, owner, payload);
    if (created.status !== 201) return false;
    const id = created.body.id as string;
    let r = await this.call('POST', `/api/listings/${kind}/${id}/submit`, owner, { version: created.body.version });
    if (r.status !== 200) return false;
    if (r.body.status === 'submitted')
      r = await this.call('POST', `/api/listings/${kind}/${id}/approve`, 'dandong-admin', { version: r.body.version });
    if (r.status !== 200 || r.body.status !== 'published') return false;
    this.published[kind].push(id);
    return true;
  }

  get count(): number {
    return this.published.needs.length + this.published.achievements.length;
  }

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const ok = await this.writeOne().catch(() => false);
        if (!ok) this.failures++;
        // Paced so that a fault always falls among writes, and failures (api down) do not spin.
        await new Promise((r) => setTimeout(r, ok ? 50 : 200));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Resolves once `more` listings have been published after this call. */
  async wrote(more: number): Promise<void> {
    const target = this.count + more;
    await waitUntil(`${more} more listings published`, async () => this.count >= target, 60_000);
  }
}

describe('launcher: supervised restarts and stopping (e2e)', () => {
  let dataRoot: string;
  beforeAll(() => {
    dataRoot = mkdtempSync(join(testServers().root, 'launcher-faults-'));
    chmodSync(dataRoot, 0o755); // postgres runs as its own user when we are root
  });
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('kill -9 of Meilisearch, the worker, the api and PostgreSQL during writes: each restarted, health recovers by itself, the index ends exact', async () => {
    const dir = join(dataRoot, 'faults');
    const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
    // Short job waits: jobs that failed while search was down retry within 2 s; jobs claimed
    // by a worker killed mid-batch (or when the database went away) are claimed again after 5 s.
    const l = launch({
      PORT: String(port),
      DATA_DIR: dir,
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
      JOBS_BACKOFF_MAX_MS: '2000',
      JOBS_LEASE_MS: '5000',
    });
    const api = `http://127.0.0.1:${port}`;
    const health = async (): Promise<{ code: number; body: Health }> => {
      const res = await fetch(`${api}/api/health`, { signal: AbortSignal.timeout(5000) });
      return { code: res.status, body: (await res.json()) as Health };
    };
    /** Health answers 200 by itself and lists `name` restarted `restarts` times after a SIGKILL. */
    const recovered = (name: string, restarts: number) =>
      waitUntil(`health 200 listing ${name} restarted ${restarts}×`, async () => {
        const h = await health();
        const p = h.body.launcher?.processes.find((x) => x.name === name);
        return (
          h.code === 200 &&
          p?.state === 'running' &&
          p.restarts === restarts &&
          p.lastExit?.signal === 'SIGKILL' &&
          h.body
        );
      });
    const writer = new ListingWriter(api);
    try {
      await waitFor(l, 'press Ctrl-C to stop', 180_000);
      const before = await health();
      expect(before.code).toBe(200);
      expect(before.body.launcher?.processes.map((p) => [p.name, p.state, p.restarts])).toEqual([
        ['postgresql', 'running', 0],
        ['meilisearch', 'running', 0],
        ['worker', 'running', 0],
        ['api', 'running', 0],
      ]);
      await writer.login();
      writer.start();
      await writer.wrote(3);

      // (a) Meilisearch: search is down (503) until the launcher has it back; writes go on.
      process.kill(childPid(dir, 'meilisearch'), 'SIGKILL');
      await waitUntil('health 503 while search is down', async () => (await health()).code === 503, 5_000);
      await waitFor(l, '[techmarket] meilisearch exited (signal SIGKILL); restarting in 1 s (restart 1)', 10_000);
      await waitFor(l, '[techmarket] meilisearch restarted (pid', 30_000);
      await recovered('meilisearch', 1);
      await writer.wrote(3);

      // (b) the worker, mid-batch: restarted; jobs it had claimed run again after their lease.
      process.kill(childPid(dir, 'worker'), 'SIGKILL');
      await waitFor(l, '[techmarket] worker exited (signal SIGKILL); restarting in 1 s (restart 1)', 10_000);
      await waitFor(l, '[techmarket] worker restarted (pid', 30_000);
      await recovered('worker', 1);
      await writer.wrote(3);

      // (c) the api: writes fail while it is gone, then it answers again.
      const failuresBefore = writer.failures;
      process.kill(childPid(dir, 'api'), 'SIGKILL');
      await waitFor(l, '[techmarket] api exited (signal SIGKILL); restarting in 1 s (restart 1)', 10_000);
      await waitFor(l, '[techmarket] api restarted (pid', 60_000);
      await recovered('api', 1);
      await writer.wrote(3);
      expect(writer.failures).toBeGreaterThan(failuresBefore);

      // PostgreSQL: restarted on the same data directory; the api's and worker's connection
      // pools drop the dead connections and open new ones (no restart of api or worker).
      process.kill(childPid(dir, 'postgresql'), 'SIGKILL');
      await waitFor(l, '[techmarket] postgresql exited (signal SIGKILL); restarting in 1 s (restart 1)', 10_000);
      await waitFor(l, '[techmarket] postgresql restarted (pid', 60_000);
      const after = await recovered('postgresql', 1);
      expect(after.launcher?.processes.find((p) => p.name === 'api')?.restarts).toBe(1);
      expect(after.launcher?.processes.find((p) => p.name === 'worker')?.restarts).toBe(1);
      await writer.wrote(3);
      await writer.stop();

      // The job queue catches up; then the index holds every published listing exactly once.
      await waitUntil('job queue caught up', async () => (await health()).body.outbox.pending === 0, 90_000);
      const db = new pg.Client({
        connectionString: `${embeddedPostgresUrl(pgPort, readFileSync(join(dir, 'pg-password'), 'utf8').trim())}/techmarket`,
      });
      await db.connect();
      const key = readFileSync(join(dir, 'meili', 'master-key'), 'utf8').trim();
      try {
        for (const [kind, table] of [
          ['needs', 'tech_need'],
          ['achievements', 'achievement'],
        ] as const) {
          const res = await fetch(`http://127.0.0.1:${meiliPort}/indexes/tm_${kind}/documents?fields=id&limit=10000`, {
            headers: { authorization: `Bearer ${key}` },
          });
          const docs = ((await res.json()) as { results: { id: string }[] }).results.map((d) => d.id);
          const inDb = (await db.query<{ id: string }>(`SELECT id FROM ${table} WHERE status = 'published'`)).rows.map(
            (r) => r.id,
          );
          expect(new Set(docs).size).toBe(docs.length);
          expect([...docs].sort()).toEqual([...inDb].sort());
          for (const id of writer.published[kind]) expect(docs.filter((d) => d === id)).toHaveLength(1);
        }
      } finally {
        await db.end();
      }
      expect(writer.count).toBeGreaterThanOrEqual(15);

      const pids = supervisorState(dir).children.map((c) => c.pid!);
      expect(await stop(l)).toBe(0);
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
      const stopping = l.output().slice(l.output().indexOf('[techmarket] SIGINT received'));
      expect(stopping).toContain('[techmarket] stopped');
      expect(stopping).not.toContain('restarting');
    } finally {
      await writer.stop();
      await ensureStopped(l, dir);
    }
  }, 420_000);

  /** `npm start` is `npm run build && ` and then exactly the launch line of `npm run start:launcher`. */
  const npmScripts = (): Record<string, string> => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;

  it('npm in front of the launcher gets SIGTERM, and on the next start SIGKILL: each time the launcher stops every process it started', async () => {
    const scripts = npmScripts();
    expect(scripts.start).toBe(`npm run build && ${scripts['start:launcher']}`);
    // PostgreSQL from the test harness keeps this short; Meilisearch, api and worker are the launcher's.
    const db = await createTestDatabase();
    const dir = join(dataRoot, 'npm');
    const env = {
      DATABASE_URL: db.url,
      PORT: String(await freePort()),
      DATA_DIR: dir,
      EMBEDDED_MEILI_PORT: String(await freePort()),
    };
    let l: Launch | undefined;
    try {
      for (const [signal, line] of [
        ['SIGTERM', 'SIGTERM received'], // npm passes it on to its script
        ['SIGKILL', 'the process that started the launcher'], // nothing is passed on: the launcher sees npm gone
      ] as const) {
        l = launch(env, ['npm', 'run', 'start:launcher']);
        await waitFor(l, 'press Ctrl-C to stop', 180_000);
        const launcherPid = Number(readFileSync(join(dir, 'run', 'launcher.pid'), 'utf8').trim());
        const pids = [launcherPid, ...supervisorState(dir).children.map((c) => c.pid!)];
        expect(pids).toHaveLength(4);
        l.proc.kill(signal);
        for (const pid of pids) expect(await waitForExit(pid, 30_000)).toBe(true);
        expect(l.output()).toContain(`[techmarket] ${line}`);
        expect(l.output()).toContain('[techmarket] stopped');
      }
    } finally {
      await ensureStopped(l, dir);
      await db.drop();
    }
  }, 300_000);
});
