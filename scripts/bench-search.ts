import { DataSource } from 'typeorm';
import { LISTING_CHANGED, SEARCH_INDEX_QUEUE } from '../libs/listings/src/index.js';
import { JobQueue, JobRunner, publishEvents } from '../libs/shared/jobs/index.js';
import { SearchIndex } from '../libs/search/src/index.js';
import { processEnv } from '../libs/shared/config/index.js';
import { freePort } from '../libs/shared/embedded/index.js';
import { demoPapers } from '../seeds/demo/listings-demo.js';
import { seededRandom } from '../libs/shared/random/index.js';
import { benchApi, runBench, withBenchServers } from './bench-harness.js';

/**
 * `npm run bench:search [-- --n 100000 --queries 200 --via jobs]`: on its own embedded
 * PostgreSQL and Meilisearch (temp dir, nothing of .data/ touched) it writes N published
 * achievements with one `listing.changed` event each, as the listing services do, runs the
 * event fan-out and the search indexer's queue, and reports indexing throughput (first event →
 * all searchable); `--via jobs` queues one search-index job each instead, leaving the fan-out
 * out. Then query latency p50/p95 for varied queries through the API and directly against
 * Meilisearch, and the API's overhead ratio.
 */
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number(processEnv()[`BENCH_${name.toUpperCase()}`] ?? dflt);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : dflt;
};
const N = arg('n', 100_000);
const QUERIES = arg('queries', 200);
const VIA_EVENTS = !(process.argv.includes('--via') && process.argv[process.argv.indexOf('--via') + 1] === 'jobs');
const say = (s: string) => process.stdout.write(`[bench:search] ${s}\n`);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main(): Promise<void> {
  await withBenchServers({ prefix: 'tm-bench-', meili: true }, async ({ url, meili }) => {
    const app = await benchApi({
      databaseUrl: url,
      meiliUrl: meili!.url,
      meiliKey: meili!.masterKey,
      indexPrefix: 'bench_',
      poolSize: 20,
      http: true,
    });
    const apiPort = await freePort();
    await app.listen(apiPort, '127.0.0.1');
    const ds = app.get(DataSource);
    const jobs = app.get(JobRunner);

    const [org] = await ds.query(
      `INSERT INTO organization (type, name, credit_code, region_code, verification_status) VALUES ('university', '基准测试大学', 'BENCH0000000000001', '210602', 'verified') RETURNING id`,
    );
    const [user] = await ds.query(
      `INSERT INTO app_user (org_id, email, display_name, roles, status) VALUES ($1, 'bench@example.cn', '基准', '{org_admin}', 'invited') RETURNING id`,
      [org.id],
    );
    const papers = demoPapers();
    const regions = ['341623', '341602', '340603', '371302', '210602', '532623'];
    const modes = ['licence', 'transfer', 'cooperation', 'equity'];
    const rnd = seededRandom(7);

    say(
      `writing ${N} published achievements with ${VIA_EVENTS ? 'their listing.changed events' : 'a search-index job each'}…`,
    );
    const BATCH = 2000;
    let firstEventAt = 0;
    for (let start = 0; start < N; start += BATCH) {
      const n = Math.min(BATCH, N - start);
      const cols = {
        title: [] as string[],
        description: [] as string[],
        keywords: [] as string[],
        field: [] as string[],
        region: [] as string[],
        trl: [] as number[],
        mode: [] as string[],
        price: [] as string[],
      };
      for (let i = 0; i < n; i++) {
        const p = papers[(start + i) % papers.length]!;
        cols.title.push(`${p.title}（${start + i}）`);
        cols.description.push(p.abstract.slice(0, 400));
        cols.keywords.push(JSON.stringify(p.keywords.slice(0, 3)));
        cols.field.push(p.field);
        cols.region.push(regions[Math.floor(rnd() * regions.length)]!);
        cols.trl.push(1 + Math.floor(rnd() * 9));
        cols.mode.push(modes[Math.floor(rnd() * modes.length)]!);
        cols.price.push(String((1 + Math.floor(rnd() * 500)) * 1_000_000));
      }
      await ds.transaction(async (em) => {
        const rows: { id: string }[] = await em.query(
          `INSERT INTO achievement (org_id, created_by, title, description, keywords, tech_field_code, region_code, achievement_type, trl, transfer_modes, price_fen, status, submitted_at, published_at)
           SELECT $1, $2, t, d, ARRAY(SELECT jsonb_array_elements_text(k::jsonb)), f, r, 'applied', trl, ARRAY[m], p::bigint, 'published', now(), now()
             FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[]) AS x(t, d, k, f, r, trl, m, p)
           RETURNING id`,
          [
            org.id,
            user.id,
            cols.title,
            cols.description,
            cols.keywords,
            cols.field,
            cols.region,
            cols.trl,
            cols.mode,
            cols.price,
          ],
        );
        if (!firstEventAt) firstEventAt = performance.now();
        const listings = rows.map((r) => ({
          key: `achievement:${r.id}`,
          payload: { kind: 'achievement', id: r.id, version: 1 },
        }));
        if (VIA_EVENTS) await publishEvents(em, LISTING_CHANGED, listings);
        else
          await app.get(JobQueue).enqueue(
            em,
            listings.map((l) => ({ queue: SEARCH_INDEX_QUEUE, ...l })),
          );
      });
    }
    const written = performance.now();
    say(`written in ${((written - firstEventAt) / 1000).toFixed(1)} s; indexing…`);

    // Four loops, as four worker replicas would, running the search indexer's queue (and with
    // --via events the fan-out; the exchange feed and alerts are not run); they keep going until
    // every document is searchable, so jobs in backoff are retried too.
    const search = app.get(SearchIndex);
    let done = false;
    let lastReport = performance.now();
    const loops = Array.from({ length: 4 }, async () => {
      while (!done) {
        const r = await jobs.drainOnce({ queues: [SEARCH_INDEX_QUEUE], fanOut: VIA_EVENTS, limit: 1000 });
        if (r.claimed === 0 && r.fannedOut === 0) await new Promise((res) => setTimeout(res, 100));
      }
    });
    while ((await search.documentCount('achievements')) < N) {
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const [s] = await ds.query(
          `SELECT count(*) FILTER (WHERE done_at IS NULL)::int AS pending, max(last_error) AS err FROM job WHERE queue IN ('@events', $1)`,
          [SEARCH_INDEX_QUEUE],
        );
        say(
          `… ${await search.documentCount('achievements')} searchable, ${s.pending} events and jobs pending${s.err ? `, last error: ${s.err}` : ''}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    done = true;
    await Promise.all(loops);
    const indexed = performance.now();
    const secs = (indexed - firstEventAt) / 1000;
    say(
      `indexed ${N} documents in ${secs.toFixed(1)} s from the first ${VIA_EVENTS ? 'event' : 'job'}: ${Math.round(N / secs)} docs/s`,
    );

    const words = [...new Set(papers.flatMap((p) => p.keywords))].filter((w) => w.length >= 2);
    const fields = ['01', '03', '04', '05', '06', '07', '09', '10', '11'];
    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const q: Record<string, string> = { q: words[Math.floor(rnd() * words.length)]! };
      if (i % 3 === 1) q.techField = fields[Math.floor(rnd() * fields.length)]!;
      if (i % 4 === 2) Object.assign(q, { trlMin: '4', region: '340000' });
      if (i % 5 === 3) Object.assign(q, { priceMax: '200000000', sort: 'price_asc' });
      if (i % 7 === 0) q.q = `${q.q} ${words[Math.floor(rnd() * words.length)]}`;
      return q;
    });
    const apiTimes: number[] = [];
    const meiliTimes: number[] = [];
    const uid = 'bench_achievements';
    for (const q of queries) {
      let t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${apiPort}/api/search/achievements?${new URLSearchParams(q)}`);
      if (!res.ok) throw new Error(`API answered ${res.status} for ${JSON.stringify(q)}`);
      await res.json();
      apiTimes.push(performance.now() - t0);
      const filter = ['status = "published"', 'audience IN ["public"]'];
      if (q.techField) filter.push(`techFieldCode IN ["${q.techField}"]`);
      if (q.region) filter.push(`regionCodes = "${q.region}"`, `trl >= ${q.trlMin}`);
      if (q.priceMax) filter.push(`priceFen <= ${q.priceMax}`);
      t0 = performance.now();
      const direct = await fetch(`${meili!.url}/indexes/${uid}/search`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${meili!.masterKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          q: q.q,
          filter: filter.join(' AND '),
          facets: ['techFieldCode', 'regionCode', 'orgType', 'trl', 'transferModes', 'achievementType'],
          limit: 20,
          attributesToHighlight: ['title', 'description'],
          attributesToCrop: ['description'],
          cropLength: 60,
          ...(q.sort ? { sort: ['priceFen:asc'] } : {}),
        }),
      });
      if (!direct.ok) throw new Error(`Meilisearch answered ${direct.status}`);
      await direct.json();
      meiliTimes.push(performance.now() - t0);
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    say(`${QUERIES} queries through the API: p50 ${f(pct(apiTimes, 50))}, p95 ${f(pct(apiTimes, 95))}`);
    say(`${QUERIES} queries direct to Meilisearch: p50 ${f(pct(meiliTimes, 50))}, p95 ${f(pct(meiliTimes, 95))}`);
    say(
      `API overhead ratio: p50 ×${(pct(apiTimes, 50) / pct(meiliTimes, 50)).toFixed(2)}, p95 ×${(pct(apiTimes, 95) / pct(meiliTimes, 95)).toFixed(2)}`,
    );
    await app.close();
  });
}

runBench('bench:search', main);
