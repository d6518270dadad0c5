import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ListingIndexer } from '../libs/listings/src/index.js';
import { parseCslKg, splitSentences, toAchievementAndNeed } from '../libs/matching/src/index.js';
import { processEnv, projectRoot } from '../libs/shared/config/index.js';
import { freePort } from '../libs/shared/embedded/index.js';
import { seededRandom } from '../libs/shared/random/index.js';
import { cpuBelow, cpuPerOp } from './bench-cpu.js';
import { benchApi, runBench, withBenchServers } from './bench-harness.js';

/**
 * `npm run bench:matching [-- --n 20000 --requests 200 --keep DIR]`: on its own embedded PostgreSQL and
 * Meilisearch (temp dir), N published achievements written in batches (their texts the CSL
 * papers of ../shared/data/csl/kg-dev.tsv, each beyond the first 1000 given one sentence of
 * another paper, so texts differ as a register's do), then indexed by the bulk path of the
 * market (`npm run search:reindex`: ListingIndexer.reindexAll, which fills the search index and,
 * through its hook, matching's term statistics). Then a fresh api process (dist/apps/api) on
 * that data: the first match request after it listens, `requests` more over different needs
 * (GET /api/needs/:id/matches, keep-alive client), the CPU those took in the api, PostgreSQL and
 * Meilisearch per request, and the api's resident memory. Last line:
 * `n=N first_ms=… p50_ms=… p95_ms=… rss_mb=…`. With `--keep DIR` the servers' data stays in DIR, and a
 * later run with the same N measures on it without loading again (a 10⁶ load takes minutes).
 */
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number(processEnv()[`BENCH_${name.toUpperCase()}`] ?? dflt);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : dflt;
};
const N = arg('n', 20_000);
/** `--keep DIR`: the servers' data in DIR, kept; a later run with the same N finds it loaded and only measures. */
const KEEP = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined;
const REQUESTS = arg('requests', 200);
const GOAL = 'goal (issue 21) at n=1000000: p95_ms ≤ 100, first_ms ≤ 500, rss_mb ≤ 400 and flat in n';
const say = (s: string) => process.stdout.write(`[bench:matching] ${s}\n`);
const secs = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** GET on a keep-alive agent (the client's own overhead stays out of the figure). */
function getJson(agent: Agent, url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`${res.statusCode} ${body}`)),
      );
    }).on('error', reject);
  });
}

async function main(): Promise<void> {
  const papers = parseCslKg(readFileSync(join(projectRoot(), '../shared/data/csl/kg-dev.tsv'), 'utf8')).map((p, i) =>
    toAchievementAndNeed(p, String(i)),
  );
  say(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);

  await withBenchServers({ prefix: 'tm-bench-matching-', meili: true, keepDir: KEEP }, async ({ url, meili }) => {
    const indexPrefix = 'bench_';
    const loader = await benchApi({
      databaseUrl: url,
      meiliUrl: meili!.url,
      meiliKey: meili!.masterKey,
      indexPrefix,
      poolSize: 10,
    });
    const ds = loader.get(DataSource);
    const [kept] = await ds.query(`SELECT n FROM match_corpus WHERE kind = 'achievement'`);
    if (kept?.n === N) say(`${N} achievements found indexed in ${KEEP}: measuring only`);
    else await load(ds, loader.get(ListingIndexer), papers);
    const needIds: string[] = (
      await ds.query(`SELECT id FROM tech_need WHERE status = 'published' ORDER BY published_at, id`)
    ).map((r: { id: string }) => r.id);
    await loader.close();

    const port = await freePort();
    // BENCH_API_PROF=<dir>: the api writes a V8 CPU profile there when it exits.
    const prof = processEnv().BENCH_API_PROF;
    const api = spawn(
      process.execPath,
      [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), join(projectRoot(), 'dist/apps/api/src/main.js')],
      {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: url,
          MEILI_URL: meili!.url,
          MEILI_MASTER_KEY: meili!.masterKey,
          SEARCH_INDEX_PREFIX: indexPrefix,
          PORT: String(port),
          HOST: '127.0.0.1',
          JWT_SECRET: 'bench-matching-bench-matching-bench-matching',
          LOG_LEVEL: 'warn',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    try {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const base = `http://127.0.0.1:${port}/api`;
      for (let i = 0; ; i++) {
        try {
          await getJson(agent, `${base}/health`);
          break;
        } catch (err) {
          if (api.exitCode !== null) throw new Error(`api exited with ${api.exitCode}`, { cause: err });
          if (i > 600) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const match = async (needId: string) => {
        const t0 = performance.now();
        const body = (await getJson(agent, `${base}/needs/${needId}/matches`)) as unknown[];
        if (!Array.isArray(body) || body.length === 0) throw new Error(`no matches for need ${needId}`);
        return performance.now() - t0;
      };
      const first = await match(needIds[0]!);
      const cpu = cpuBelow(process.pid);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push(await match(needIds[1 + (i % (needIds.length - 1))]!));
      say(
        `cpu per match request (work done, moves less with the machine's load than latency): ${cpuPerOp(cpu, cpuBelow(process.pid), REQUESTS)}`,
      );
      const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      say(GOAL);
      process.stdout.write(
        `n=${N} first_ms=${Math.round(first)} p50_ms=${Math.round(pct(times, 50))} p95_ms=${Math.round(pct(times, 95))} rss_mb=${Math.round(rssKb / 1024)}\n`,
      );
      agent.destroy();
    } finally {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
  });
}

type BenchPaper = ReturnType<typeof toAchievementAndNeed>;

/** N achievements and REQUESTS + 1 needs written, then indexed by the bulk path (search:reindex). */
async function load(ds: DataSource, indexer: ListingIndexer, papers: BenchPaper[]): Promise<void> {
  const sentences = papers.map((p) => splitSentences(p.achievement.description));
  const rnd = seededRandom(21);
  const org = async (type: string, name: string, code: string, region: string) => {
    const [o] = await ds.query(
      `INSERT INTO organization (type, name, credit_code, region_code, verification_status) VALUES ($1, $2, $3, $4, 'verified') RETURNING id`,
      [type, name, code, region],
    );
    const [u] = await ds.query(
      `INSERT INTO app_user (org_id, email, display_name, roles, status) VALUES ($1, $2, '基准', '{org_admin}', 'invited') RETURNING id`,
      [o.id, `${code}@bench.example.cn`],
    );
    return { orgId: o.id as string, userId: u.id as string };
  };
  const uni = await org('university', '基准测试大学', 'BENCHM000000000001', '340603');
  const ent = await org('enterprise', '基准测试企业', 'BENCHM000000000002', '340602');

  const loadStart = performance.now();
  const BATCH = 2000;
  for (let start = 0; start < N; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => {
      const j = start + k;
      const p = papers[j % papers.length]!.achievement;
      const other = sentences[Math.floor(rnd() * sentences.length)]!;
      const extra = j < papers.length || other.length === 0 ? '' : other[Math.floor(rnd() * other.length)]!;
      return { title: p.title, keywords: p.keywords.slice(0, 10), description: `${p.description}${extra}` };
    });
    await ds.query(
      `INSERT INTO achievement (org_id, created_by, title, description, keywords, tech_field_code, region_code, achievement_type, trl, transfer_modes, negotiable, status, submitted_at, published_at)
       SELECT $1, $2, t, d, ARRAY(SELECT jsonb_array_elements_text(k::jsonb)), '01', '340603', 'applied', 5, '{other}', true, 'published', now(), now()
         FROM unnest($3::text[], $4::text[], $5::text[]) AS x(t, d, k)`,
      [
        uni.orgId,
        uni.userId,
        rows.map((r) => r.title),
        rows.map((r) => r.description),
        rows.map((r) => JSON.stringify(r.keywords)),
      ],
    );
  }
  const needRows = papers.slice(0, REQUESTS + 1).map((p) => p.need.description);
  const needIds: string[] = (
    await ds.query(
      `INSERT INTO tech_need (org_id, created_by, title, description, tech_field_code, region_code, status, submitted_at, published_at)
       SELECT $1, $2, left(d, 20), d, '01', '340602', 'published', now(), now() FROM unnest($3::text[]) WITH ORDINALITY AS x(d, i)
       ORDER BY i RETURNING id`,
      [ent.orgId, ent.userId, needRows],
    )
  ).map((r: { id: string }) => r.id);
  say(`${N} achievements and ${needIds.length} needs written in ${secs(loadStart)} s; indexing (search:reindex path)…`);
  const indexStart = performance.now();
  await indexer.reindexAll((line) => say(line));
  const [stats] = await ds.query(`SELECT n FROM match_corpus WHERE kind = 'achievement'`);
  if (stats.n !== N) throw new Error(`match_corpus holds ${stats.n} achievements, expected ${N}`);
  say(`indexed and term statistics stored in ${secs(indexStart)} s; load total ${secs(loadStart)} s`);
}

runBench('bench:matching', main);
