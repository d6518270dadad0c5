import http from 'node:http';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import {
  buildListingFilter,
  FACETS,
  FILTERABLE_ATTRIBUTES,
  LISTING_CHANGED,
  ListingIndexer,
  ListingReader,
  listingIndexSettings,
  SEARCH_INDEX_QUEUE,
  type ListingSearchQuery,
} from '../libs/listings/src/index.js';
import { JobQueue, JobRunner, publishEvents } from '../libs/shared/jobs/index.js';
import { compileFilter, prepareQuery, SearchIndex, SynonymService } from '../libs/search/src/index.js';
import { processEnv, SearchConfig } from '../libs/shared/config/index.js';
import { freePort } from '../libs/shared/embedded/index.js';
import { demoPapers } from '../seeds/demo/listings-demo.js';
import { seededRandom } from '../libs/shared/random/index.js';
import { cpuBelow, cpuPerOp } from './bench-cpu.js';
import { benchApi, runBench, withBenchServers } from './bench-harness.js';

/**
 * `npm run bench:search [-- --n 100000 --queries 200 --via jobs --reindex --reindex-only --compare-proximity]`: on its own embedded
 * PostgreSQL and Meilisearch (temp dir, nothing of .data/ touched) it writes N published
 * achievements with one `listing.changed` event each, as the listing services do, then starts
 * the worker's search relay (the indexer's own loops, deployed settings) with the event fan-out
 * and reports indexing throughput (relay start → all searchable); `--via jobs` queues one
 * search-index job each instead, leaving the fan-out out. Then direct bulk indexing of the same
 * documents (same settings, 5,000 per call, all queued), with `--reindex` the time of a full
 * reindex (search:reindex's path), with `--compare-proximity` direct indexing with byWord
 * proximity too, and query latency p50/p95 through the
 * API and directly against Meilisearch, both over kept-alive sockets. The last line holds the
 * figures measured against the goals (issue 21).
 */
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number(processEnv()[`BENCH_${name.toUpperCase()}`] ?? dflt);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : dflt;
};
const N = arg('n', 100_000);
const QUERIES = arg('queries', 200);
const REINDEX = process.argv.includes('--reindex');
/** Only the full reindex: the 10⁶ figure without an hour of relaying first. */
const REINDEX_ONLY = process.argv.includes('--reindex-only');
const COMPARE_PROXIMITY = process.argv.includes('--compare-proximity');
const VIA_EVENTS = !(process.argv.includes('--via') && process.argv[process.argv.indexOf('--via') + 1] === 'jobs');
const say = (s: string) => process.stdout.write(`[bench:search] ${s}\n`);

/** CPU seconds so far of this process ("bench": the relay's loops run here) and of its children. */
const cpuWithSelf = (): Record<string, number> => {
  const self = process.cpuUsage();
  const { api: _none, ...children } = cpuBelow(process.pid);
  return { bench: (self.user + self.system) / 1e6, ...children };
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** JSON over one kept-alive node:http agent; throws on a status other than 2xx. */
function keepAliveJson() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        url,
        {
          method,
          agent,
          headers: data
            ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
            : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 0) >= 300)
              reject(new Error(`${method} ${url} answered ${res.statusCode}: ${text.slice(0, 300)}`));
            else resolve(JSON.parse(text));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
}

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

    if (REINDEX_ONLY) {
      // `npm run search:reindex` alone on the N listings (their events left unrelayed).
      const t0 = performance.now();
      await app.get(ListingIndexer).reindexAll();
      const secs = (performance.now() - t0) / 1000;
      say(`full reindex of ${N} listings (search:reindex): ${secs.toFixed(1)} s, ${Math.round(N / secs)} docs/s`);
      say(
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      process.stdout.write(`n=${N} reindex_s=${secs.toFixed(1)} reindex_docs_per_s=${Math.round(N / secs)}\n`);
      await app.close();
      return;
    }

    // The relay as deployed: the indexer's own loops of a started worker (SEARCH_INDEX_* and the
    // index settings as configured), the fan-out beside them as the worker's default lane does
    // it (the exchange feed and alerts, which the worker also runs, are left out).
    const search = app.get(SearchIndex);
    // The index exists before the clock starts, as it does for a deployed relay (created once,
    // by the first batch ever) and for the direct figure below (ensureIndex before its clock).
    await app.get(ListingIndexer).ensureIndex('achievement');
    const relayStart = performance.now();
    const relayCpu = cpuWithSelf();
    jobs.start([SEARCH_INDEX_QUEUE]);
    let done = false;
    const fanOut = (async () => {
      while (!done) {
        const r = await jobs.drainOnce({ queues: [], fanOut: VIA_EVENTS });
        if (r.fannedOut === 0) await new Promise((res) => setTimeout(res, 50));
      }
    })();
    let lastReport = performance.now();
    // Done when every document is searchable and every indexing job completed (its matching
    // statistics written and `listing.indexed` published).
    const pendingJobs = async () =>
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM job WHERE done_at IS NULL AND (queue = $1 OR (queue = '@events' AND topic = $2))`,
          [SEARCH_INDEX_QUEUE, LISTING_CHANGED],
        )
      )[0].n as number;
    let searchableAt = 0;
    const searchable = async () => {
      if (searchableAt) return true;
      if ((await search.documentCount('achievements')) < N) return false;
      searchableAt = performance.now();
      return true;
    };
    while (!(await searchable()) || (await pendingJobs()) > 0) {
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
      await new Promise((r) => setTimeout(r, 50));
    }
    const indexed = performance.now();
    const relayCpuPerDoc = cpuPerOp(relayCpu, cpuWithSelf(), N);
    done = true;
    await Promise.all([fanOut, jobs.stop()]);
    const cfg = app.get(SearchConfig);
    const relaySecs = (indexed - relayStart) / 1000;
    const docsPerS = N / relaySecs;
    say(
      `relay: every document searchable after ${((searchableAt - relayStart) / 1000).toFixed(1)} s (${Math.round(N / ((searchableAt - relayStart) / 1000))} docs/s), every job completed (matching's statistics written) after ${relaySecs.toFixed(1)} s`,
    );
    say(
      `relay (batches of ${cfg.indexBatchSize} or ${cfg.indexBatchWaitMs} ms, ${cfg.indexInFlight} in flight): ${N} documents indexed and completed ${relaySecs.toFixed(1)} s after the relay started: ${Math.round(docsPerS)} docs/s (${Math.round(N / ((indexed - firstEventAt) / 1000))} docs/s from the first ${VIA_EVENTS ? 'event' : 'job'})`,
    );

    // Direct bulk indexing of the same documents into a fresh index with the same settings:
    // 5,000 per call, all queued at once; the documents are read before the clock starts.
    const all: Record<string, unknown>[][] = [];
    for await (const docs of app.get(ListingReader).iteratePublished('achievement', 5000)) all.push(docs as never);
    const settings = listingIndexSettings(await app.get(SynonymService).map());
    const bulk = async (name: string, proximity = settings.proximityPrecision) => {
      await search.ensureIndex(name, { ...settings, proximityPrecision: proximity });
      const started = performance.now();
      const cpu = cpuWithSelf();
      const writes = [];
      for (const docs of all) writes.push(await search.write(name, docs, []));
      await Promise.all(writes.map((w) => w.applied()));
      const perS = N / ((performance.now() - started) / 1000);
      directCpuPerDoc = cpuPerOp(cpu, cpuWithSelf(), N);
      return perS;
    };
    let directCpuPerDoc = '';
    const directPerS = await bulk('direct');
    say(`direct bulk indexing, 5,000 per call all queued: ${Math.round(directPerS)} docs/s`);
    say(`cpu per document (work done; "bench" is this process: the relay's loops or the direct client):`);
    say(`  relay: ${relayCpuPerDoc}`);
    say(`  direct: ${directCpuPerDoc}`);
    if (COMPARE_PROXIMITY) {
      // The same documents once more with the engine's default word proximity (byWord).
      const byWord = await bulk('direct_byword', 'byWord');
      say(
        `direct bulk indexing with proximityPrecision byWord: ${Math.round(byWord)} docs/s (${settings.proximityPrecision ?? 'byWord'} ×${(directPerS / byWord).toFixed(2)})`,
      );
    }

    if (REINDEX) {
      // `npm run search:reindex`'s path: every index built anew beside the live one and swapped in.
      const t0 = performance.now();
      await app.get(ListingIndexer).reindexAll();
      const secs = (performance.now() - t0) / 1000;
      say(`full reindex of ${N} listings (search:reindex): ${secs.toFixed(1)} s, ${Math.round(N / secs)} docs/s`);
    }

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
    // Both sides over kept-alive node:http sockets; the direct request is the one the API's
    // adapter sends for the same query (prepared words, compiled filter, facets, highlight, crop).
    const client = keepAliveJson();
    const direct = (q: Record<string, string>) => {
      const query: ListingSearchQuery = {
        q: q.q,
        techFieldCodes: q.techField ? [q.techField] : undefined,
        region: q.region,
        trlMin: q.trlMin ? Number(q.trlMin) : undefined,
        priceMaxFen: q.priceMax ? Number(q.priceMax) : undefined,
        sort: q.sort as ListingSearchQuery['sort'],
        page: 1,
        pageSize: 20,
      };
      return {
        q: prepareQuery(query.q ?? '').q,
        filter: compileFilter(buildListingFilter('achievement', query, undefined), new Set(FILTERABLE_ATTRIBUTES)),
        facets: FACETS.achievement,
        sort: q.sort ? ['priceFen:asc'] : undefined,
        limit: 20,
        offset: 0,
        attributesToHighlight: ['title', 'description'],
        highlightPreTag: '<em>',
        highlightPostTag: '</em>',
        attributesToCrop: ['description'],
        cropLength: 60,
      };
    };
    const apiTimes: number[] = [];
    const meiliTimes: number[] = [];
    const apiUrl = `http://127.0.0.1:${apiPort}/api/search/achievements`;
    const meiliUrl = `${meili!.url}/indexes/bench_achievements/search`;
    const auth = { Authorization: `Bearer ${meili!.masterKey}` };
    // A warm-up round of each, so neither side pays for opening its sockets.
    for (const q of queries.slice(0, 10)) {
      await client('GET', `${apiUrl}?${new URLSearchParams(q)}`);
      await client('POST', meiliUrl, direct(q), auth);
    }
    // This process's CPU on each side: the client and the api (in this process) / the client alone.
    const cpuMs = { api: 0, direct: 0 };
    const cpuSince = (c: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(c);
      return (d.user + d.system) / 1000;
    };
    for (const q of queries) {
      let t0 = performance.now();
      let c0 = process.cpuUsage();
      await client('GET', `${apiUrl}?${new URLSearchParams(q)}`);
      apiTimes.push(performance.now() - t0);
      cpuMs.api += cpuSince(c0);
      t0 = performance.now();
      c0 = process.cpuUsage();
      await client('POST', meiliUrl, direct(q), auth);
      meiliTimes.push(performance.now() - t0);
      cpuMs.direct += cpuSince(c0);
    }
    say(
      `cpu per query in this process: through the API ${(cpuMs.api / QUERIES).toFixed(2)} ms (client and api), direct ${(cpuMs.direct / QUERIES).toFixed(2)} ms (client)`,
    );
    const f = (x: number) => `${x.toFixed(1)} ms`;
    const p50 = pct(apiTimes, 50) / pct(meiliTimes, 50);
    const p95 = pct(apiTimes, 95) / pct(meiliTimes, 95);
    say(`${QUERIES} queries through the API: p50 ${f(pct(apiTimes, 50))}, p95 ${f(pct(apiTimes, 95))}`);
    say(
      `${QUERIES} queries direct to Meilisearch (keep-alive): p50 ${f(pct(meiliTimes, 50))}, p95 ${f(pct(meiliTimes, 95))}`,
    );
    say(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    say('goals: index_ratio >= 0.8; api_p50_ratio <= 1.2; api_p95_ratio <= 1.2');
    process.stdout.write(
      `docs_per_s=${Math.round(docsPerS)} direct_docs_per_s=${Math.round(directPerS)} index_ratio=${(docsPerS / directPerS).toFixed(2)} api_p50_ratio=${p50.toFixed(2)} api_p95_ratio=${p95.toFixed(2)}\n`,
    );
    await app.close();
  });
}

runBench('bench:search', main);
