import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '../libs/shared/config/index.js';
import { ListingIndexer } from '../libs/listings/src/index.js';
import { JobQueue, JobRunner } from '../libs/shared/jobs/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import { demoNeeds, PAPER_PHRASES } from '../seeds/demo/demo-needs.js';
import { demoPapers, loadListingsDemo } from '../seeds/demo/listings-demo.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** The demo market indexed through the job queue, and `search:reindex` swapping without downtime. */
describe('demo listings and reindex (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  /** Published rows per kind, and those an anonymous visitor may see (verified-only needs hidden). */
  const published: Record<string, number> = {};
  const publicCount: Record<string, number> = {};
  const KINDS = [
    ['needs', 'tech_need'],
    ['achievements', 'achievement'],
    ['challenges', 'challenge'],
  ] as const;

  const total = async (kind: string) =>
    (await api(t).get(`/api/search/${kind}`, { pageSize: 1 }).expect(200)).body.total as number;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    expect(await loadListingsDemo(ds)).toBeGreaterThan(240);
    for (const [kind, table] of KINDS) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE status = 'published'`);
      published[kind] = n;
      const [{ p }] = await ds.query(
        `SELECT count(*)::int AS p FROM ${table} WHERE status = 'published'${table === 'tech_need' ? ` AND visibility = 'public'` : ''}`,
      );
      publicCount[kind] = p;
    }
    const jobs = t.app.get(JobRunner);
    const until = Date.now() + 60_000;
    // The default lane (indexing, alerts), then the mail lane (the alerts' mails).
    while ((await t.app.get(JobQueue).backlog()).pending > 0 && Date.now() < until) {
      await jobs.drainUntilIdle();
      await jobs.drainUntilIdle({ lane: 'mail' });
    }
  }, 120_000); // the app's start, the demo load and up to 60 s of draining (index, feed, ~300 match alerts)

  afterAll(async () => {
    await t.app.get(SearchIndex).dropAll();
    await t.close();
  });

  it('covers the 11 fields and the demo regions, with drafts in the database too', async () => {
    const fields: { f: string }[] = await ds.query(
      `SELECT DISTINCT tech_field_code AS f FROM (SELECT tech_field_code FROM tech_need UNION ALL SELECT tech_field_code FROM achievement UNION ALL SELECT tech_field_code FROM challenge) x`,
    );
    expect(fields.map((r) => r.f).sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11']);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM achievement WHERE status = 'draft'`);
    expect(n).toBeGreaterThan(0);
    const lixin = await api(t).get('/api/search/needs', { region: '341600', pageSize: 1 }).expect(200);
    expect(lixin.body.total).toBeGreaterThan(0);
  });

  it('has the hand-written needs, worded as enterprises word them and posted in their own region', async () => {
    const written = demoNeeds();
    const rows: { title: string; description: string; status: string; need_region: string; org_region: string }[] =
      await ds.query(
        `SELECT n.title, n.description, n.status, n.region_code AS need_region, o.region_code AS org_region
           FROM tech_need n JOIN organization o ON o.id = n.org_id`,
      );
    expect(rows.map((r) => r.title).sort()).toEqual(written.map((n) => n.title).sort());
    for (const r of rows)
      for (const phrase of PAPER_PHRASES) expect(`${r.title}：${r.description}`).not.toContain(phrase);
    const regionOf = new Map(written.map((n) => [n.title, n.region]));
    const published = rows.filter((r) => r.status === 'published');
    expect(published.length).toBeGreaterThan(written.length * 0.8);
    for (const r of published)
      expect([r.title, r.org_region, r.need_region]).toEqual([r.title, regionOf.get(r.title), regionOf.get(r.title)]);
  });

  it('gives each hand-written achievement that names its owner to that university or institute', async () => {
    const named = demoPapers(join(projectRoot(), 'seeds', 'demo', 'data', 'extra-listings.tsv')).filter((p) => p.owner);
    expect(named.length).toBeGreaterThan(30);
    const rows: { title: string; name: string }[] = await ds.query(
      `SELECT a.title, o.name FROM achievement a JOIN organization o ON o.id = a.org_id WHERE a.title = ANY($1)`,
      [named.map((p) => p.title)],
    );
    expect(new Map(rows.map((r) => [r.title, r.name]))).toEqual(new Map(named.map((p) => [p.title, p.owner])));
  });

  it('answers most hand-written needs with a hand-written achievement on their subject among the first three matches', async () => {
    const needs: { id: string; title: string }[] = await ds.query(
      `SELECT id, title FROM tech_need WHERE status = 'published' AND visibility = 'public' ORDER BY title`,
    );
    const needKeywords = new Map(demoNeeds().map((n) => [n.title, n.keywords]));
    // the hand-written achievements (not the papers'), by title: an answer shares a keyword with the need
    const answerKeywords = new Map(
      demoPapers(join(projectRoot(), 'seeds', 'demo', 'data', 'extra-listings.tsv')).map((p) => [p.title, p.keywords]),
    );
    let answered = 0;
    for (const n of needs) {
      const matches: { title: string }[] = (await api(t).get(`/api/needs/${n.id}/matches`).expect(200)).body;
      const onSubject = (m: { title: string }) =>
        (answerKeywords.get(m.title) ?? []).some((k) => needKeywords.get(n.title)!.includes(k));
      if (matches.slice(0, 3).some(onSubject)) answered += 1;
    }
    // 40 of 51 on the day it was written
    expect(answered).toBeGreaterThan(needs.length * 0.7);
  });

  it('indexes exactly the published set, and anonymous needs without their company', async () => {
    for (const [kind] of KINDS) expect(await total(kind)).toBe(publicCount[kind]);
    expect(publicCount.needs).toBeLessThan(published.needs!);
    const everything = await t.app.get(SearchIndex).search('needs', { q: '', limit: 0 });
    expect(everything.total).toBe(published.needs);
    const anon: { name: string }[] = await ds.query(
      `SELECT o.name FROM tech_need n JOIN organization o ON o.id = n.org_id WHERE n.anonymous AND n.status = 'published' LIMIT 1`,
    );
    expect(anon).toHaveLength(1);
    const raw = await t.app
      .get(SearchIndex)
      .search('needs', { q: '', filter: { eq: ['anonymous', true] }, limit: 1000 });
    expect(raw.hits.length).toBeGreaterThan(0);
    expect(raw.hits.every((h) => h.document.orgName === undefined && h.document.orgId === undefined)).toBe(true);
  });

  it('rebuilds every index and swaps it in while searches keep answering', async () => {
    let running = true;
    const seen: number[] = [];
    const searching = (async () => {
      while (running) {
        seen.push(await total('achievements'));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const counts = await t.app.get(ListingIndexer).reindexAll();
    running = false;
    await searching;
    expect(counts).toEqual({
      need: published.needs,
      achievement: published.achievements,
      challenge: published.challenges,
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n === publicCount.achievements)).toBe(true);
    for (const [kind] of KINDS) expect(await total(kind)).toBe(publicCount[kind]);
  });
});
