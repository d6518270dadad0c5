import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { freePort } from '../libs/shared/embedded/index.js';
import { testServers } from '../libs/shared/testing/index.js';
import { alertAchievement, NEED_TERMS } from './factories/alerts-world.factory.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { achievementRecord, csvFile } from './factories/import.factory.js';
import { listingBody, publishedListing, reviewOff } from './factories/listing.factory.js';
import { api, type Target } from './http.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';
import { createTestApp, type TestApp } from './test-app.js';
import { startApi, startWorker, stopWorker, waitUntil, type WorkerProcess } from './worker-process.js';

/**
 * The deployment that scales by adding processes: two compiled api processes and two compiled
 * workers on one PostgreSQL and one Meilisearch, written to through both apis at once. Every
 * effect that leaves the database — search documents, webhook deliveries, mails, match alerts,
 * imported rows, listings closed at their deadline — happens exactly once, and both apis give
 * the same match answers. The in-process app only builds the market (its job runner never runs).
 */
describe('two api and two worker processes on one database (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let smtp: SmtpHarness;
  let hookServer: Server;
  const processes: WorkerProcess[] = [];
  let apis: Target[] = [];
  let storage: string;
  const posts: { delivery: string; event: string; listingId: string; version: number }[] = [];

  let platform: TestOrg, bureau: TestOrg, uni: TestOrg, ownerA: TestOrg, ownerB: TestOrg;

  beforeAll(async () => {
    smtp = await startSmtp();
    hookServer = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        posts.push({
          delivery: String(req.headers['x-techmarket-delivery']),
          event: String(req.headers['x-techmarket-event']),
          listingId: body.listing.id,
          version: body.listing.version,
        });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    storage = mkdtempSync(join(tmpdir(), 'tm-multi-'));
    const shared = {
      STORAGE_DIR: storage,
      IMPORT_DIR: join(storage, 'imports'),
      EXCHANGE_SYNC_LAG_MS: '0',
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://127.0.0.1:8080',
      JOBS_POLL_MS: '200',
      LISTING_DEADLINE_POLL_MS: '1000',
    };
    t = await createTestApp(shared);
    ds = t.app.get(DataSource);
    bureau = await createBureauStaff(t, '340600');
    await reviewOff(t, bureau);
    [platform, uni, ownerA, ownerB] = await Promise.all([
      createPlatformAdmin(t),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    ]);
    const hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks`;
    await api(t, platform)
      .post('/api/exchange/webhooks', {
        url: hookUrl,
        events: ['listing.published', 'listing.changed', 'listing.withdrawn'],
        description: '多进程测试接收端',
      })
      .expect(201);

    // info: a worker says when it has started
    // The processes as deployed: matching's term analysis on its thread (SEARCH_INDEX_ANALYSIS_THREADS' default).
    const env = { ...t.db.env, ...shared, LOG_LEVEL: 'info', SEARCH_INDEX_ANALYSIS_THREADS: '1' };
    const [p1, p2] = [await freePort(), await freePort()];
    const started = (p: Promise<WorkerProcess>) => p.then((w) => processes.push(w));
    await Promise.all([startApi(env, p1), startApi(env, p2), startWorker(env), startWorker(env)].map(started));
    apis = [{ http: `http://127.0.0.1:${p1}` }, { http: `http://127.0.0.1:${p2}` }];
  }, 240_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => stopWorker(p)));
    hookServer?.closeAllConnections();
    await new Promise<void>((resolve) => (hookServer ? hookServer.close(() => resolve()) : resolve()));
    await smtp?.stop();
    await t?.close();
    if (storage) rmSync(storage, { recursive: true, force: true });
  });

  const via = (i: number) => apis[i % 2]!;
  // Jobs due or in backoff (a schedule's next run is not work left), and webhook deliveries not yet made.
  const pending = async () =>
    Number(
      (
        await ds.query(
          `SELECT (SELECT count(*) FROM job WHERE done_at IS NULL AND (run_at <= now() OR attempts > 0))
                + (SELECT count(*) FROM exchange_webhook_delivery WHERE status = 'pending') AS n`,
        )
      )[0].n,
    );

  it('every write through either api has each of its effects once, and both apis answer matches alike', async () => {
    // Two needs the cathode achievements match (their owners are alerted and mailed).
    const needs = await Promise.all(
      [ownerA, ownerB].map((o, i) =>
        publishedListing(t, o, 'needs', {
          ...NEED_TERMS,
          title: `锂电池高镍正极材料包覆改性需求${i + 1}`,
          description: '寻求锂电池高镍正极材料的氧化铝包覆改性技术，提高循环寿命与热稳定性，抑制电解液副反应。',
        }),
      ),
    );
    // A need whose deadline passes: closed once by one of the two workers.
    const expiring = await publishedListing(t, ownerA, 'needs', {
      title: '秸秆打捆机械技术需求',
      description: '需要秸秆打捆与运输机械的改进技术。',
      deadline: '2099-12-31',
    });

    // ── writes through both apis at once ──
    const created = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const as = api(via(i), uni);
        const body =
          i % 2 === 0
            ? alertAchievement({ title: `高镍锂电池正极材料包覆改性技术${i}` })
            : listingBody('achievements', {
                title: `多进程测试成果${i}`,
                description: `多进程测试用的科技成果第${i}项。`,
              });
        const draft = (await as.post('/api/listings/achievements', body).expect(201)).body;
        return (await as.post(`/api/listings/achievements/${draft.id}/submit`, { version: draft.version }).expect(200))
          .body as { id: string; version: number; status: string };
      }),
    );
    expect(created.every((l) => l.status === 'published')).toBe(true);
    // Each edited through the other api; every fourth then withdrawn through the first.
    const edited = await Promise.all(
      created.map(
        async (l, i) =>
          (
            await api(via(i + 1), uni)
              .patch(`/api/listings/achievements/${l.id}`, { version: l.version, trl: 8 })
              .expect(200)
          ).body as { id: string; version: number },
      ),
    );
    const withdrawn = edited.filter((_, i) => i % 4 === 3);
    await Promise.all(
      withdrawn.map((l, i) =>
        api(via(i), uni).post(`/api/listings/achievements/${l.id}/withdraw`, { version: l.version }).expect(200),
      ),
    );
    await ds.query(`UPDATE tech_need SET deadline = current_date - 2 WHERE id = $1`, [expiring.id]);

    // An import uploaded through one api and committed through the other, run by a worker.
    const file = csvFile(
      'achievements',
      Array.from({ length: 30 }, (_, i) => achievementRecord(uni, { title: `多进程导入成果${i + 1}` })),
    );
    const upload = await api(via(0), bureau)
      .post('/api/imports')
      .field('kind', 'achievements')
      .attach('file', file, { filename: '成果.csv', contentType: 'text/csv' })
      .expect(201);
    const importId = upload.body.id as string;
    const importState = async (i: number) =>
      (await api(via(i), bureau).get(`/api/imports/${importId}`).expect(200)).body;
    await waitUntil(
      async () => (await importState(1)).status === 'validated',
      60_000,
      () => 'import not validated',
    );
    await api(via(1), bureau).post(`/api/imports/${importId}/commit`).expect(202);
    await waitUntil(
      async () => (await importState(0)).status === 'committed',
      60_000,
      () => 'import not committed',
    );

    // ── the workers settle everything ──
    await waitUntil(
      async () =>
        (await pending()) === 0 &&
        Number(
          (
            await ds.query(`SELECT count(*)::int AS n FROM tech_need WHERE id = $1 AND status = 'closed'`, [
              expiring.id,
            ])
          )[0].n,
        ) === 1,
      120_000,
      () => `jobs still pending:\n${processes.map((p) => p.output().slice(-2000)).join('\n---\n')}`,
    );
    await waitUntil(
      async () => (await pending()) === 0,
      60_000,
      () => 'jobs still pending after closing',
    );

    // Imported rows: once each.
    const [{ imported }] = await ds.query(
      `SELECT count(*)::int AS imported FROM achievement WHERE title LIKE '多进程导入成果%'`,
    );
    expect(imported).toBe(30);
    expect((await importState(1)).status).toBe('committed');

    // Deadline: closed once (one audit row, one event).
    const [{ closes }] = await ds.query(
      `SELECT count(*)::int AS closes FROM audit_log WHERE action = 'listing.expire' AND target_id = $1`,
      [expiring.id],
    );
    expect(closes).toBe(1);

    // Search: every published achievement once, at its latest version; withdrawn ones gone.
    const s = testServers();
    const docs: { id: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const res = await fetch(
        `${s.meiliUrl}/indexes/${t.db.indexPrefix}achievements/documents?limit=200&offset=${offset}&fields=id`,
        { headers: { Authorization: `Bearer ${s.meiliKey}` } },
      );
      const page = (await res.json()) as { results: { id: string }[]; total: number };
      docs.push(...page.results);
      if (docs.length >= page.total) break;
    }
    const published: { id: string }[] = await ds.query(`SELECT id FROM achievement WHERE status = 'published'`);
    expect(docs.map((d) => d.id).sort()).toEqual(published.map((p) => p.id).sort());
    expect(published).toHaveLength(16 - withdrawn.length + 30);

    // Webhooks: one POST per delivery, one delivery per (listing, version, event).
    const deliveries = new Set(posts.map((p) => p.delivery));
    expect(deliveries.size).toBe(posts.length);
    const recorded: { id: string; status: string }[] = await ds.query(
      `SELECT id, status FROM exchange_webhook_delivery ORDER BY id`,
    );
    expect(recorded.map((d) => d.id)).toEqual([...deliveries].sort());
    expect(recorded.every((d) => d.status === 'delivered')).toBe(true);
    const facts = posts.map((p) => `${p.event} ${p.listingId} ${p.version}`);
    expect(new Set(facts).size).toBe(facts.length);
    // The feed announces each listing's current state (an edit made before its publication went
    // out is announced with it): versions rise, the first says published, the last is the final state.
    const finalVersion = new Map(edited.map((l) => [l.id, l.version]));
    for (const l of withdrawn) finalVersion.set(l.id, l.version + 1);
    for (const l of created) {
      const mine = posts.filter((p) => p.listingId === l.id);
      const gone = withdrawn.some((w) => w.id === l.id);
      // withdrawn before its publication went out: the partner never saw it, and hears nothing
      if (mine.length === 0 && gone) continue;
      expect(mine[0]?.event).toBe('listing.published');
      expect(mine.map((p) => p.version)).toEqual([...new Set(mine.map((p) => p.version))].sort((a, b) => a - b));
      expect(mine.at(-1)).toMatchObject({
        event: gone ? 'listing.withdrawn' : mine.length === 1 ? 'listing.published' : 'listing.changed',
        version: finalVersion.get(l.id),
      });
    }
    // closed by its deadline: announced and then withdrawn, or — closed before its publication
    // went out — never announced at all
    const closing = posts.filter((p) => p.listingId === expiring.id).map((p) => p.event);
    expect([[], ['listing.published', 'listing.withdrawn']]).toContainEqual(closing);

    // Match alerts: each (need, achievement) pair once; each mail once, and every sent delivery arrived.
    const [{ pairs, notices }] = await ds.query(
      `SELECT (SELECT count(*)::int FROM match_alert) AS pairs,
              (SELECT count(*)::int FROM notification WHERE kind = 'match_alert') AS notices`,
    );
    expect(notices).toBe(pairs);
    expect(pairs).toBeGreaterThanOrEqual(needs.length);
    const sent: { id: string }[] = await ds.query(
      `SELECT id FROM notification_delivery WHERE channel = 'mail' AND status = 'sent'`,
    );
    expect(sent.length).toBeGreaterThan(0);
    const arrived = await smtp.waitFor((m) => m.length >= sent.length, 30_000);
    const ids = arrived.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(sent.map((d) => `<${d.id}@techmarket>`).sort());

    // The same question to either api gets the same answer.
    for (const need of needs) {
      const [a, b] = await Promise.all(
        apis.map(async (target) => (await api(target, ownerA).get(`/api/needs/${need.id}/matches`).expect(200)).body),
      );
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    }
    for (const p of processes) expect(p.proc.exitCode).toBeNull();
  }, 300_000);
});
