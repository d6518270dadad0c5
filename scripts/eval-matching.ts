import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { ListingsService } from '../libs/listings/src/index.js';
import {
  ABLATIONS,
  AblationRanker,
  candidateQueries,
  ChineseTokenizer,
  DEFAULT_CANDIDATE_QUERIES,
  DOMAIN_WORDS,
  formatFigures,
  gatherCandidates,
  MatchingService,
  parseCslKg,
  retrievalFigures,
  SCORING,
  SYNONYM_GROUPS,
  SynonymTable,
  toAchievementAndNeed,
  withOverrides,
  type EvalAchievement,
  type EvalNeed,
} from '../libs/matching/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { MeilisearchIndex } from '../libs/search/src/index.js';
import { permissionsOf, type OrgType, type Principal } from '../libs/shared/auth/index.js';
import { LauncherConfig, processEnv, projectRoot, SearchConfig } from '../libs/shared/config/index.js';
import { openDataSource, runMigrations } from '../libs/shared/database/index.js';
import {
  ensureDatabase,
  freePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from '../libs/shared/embedded/index.js';
import { loadReferenceData } from '../seeds/load-reference.js';
import { benchApi } from './bench-harness.js';

/**
 * `npm run eval:matching -- --queries FILE [--corpus FILE ...] [--engine service|meili|memory]`
 *
 * Protocol "split-abstract" of ../shared/data/csl/README.md: every paper of every file becomes
 * an achievement, every paper of the queries file a need; prints recall@1, recall@10, MRR@10
 * and the latency of one match request. The last line is the summary.
 *
 * --engine service (default), the real path: a fresh database (migrated, reference data
 *   loaded) and a fresh index prefix; achievements created and published through
 *   ListingsService, indexed into Meilisearch through the job queue; needs created as drafts of an
 *   enterprise; each match is MatchingService.forNeed (read the need, read the matcher's
 *   statistics, candidates by multi-search, re-rank, explain). Embedded PostgreSQL and
 *   Meilisearch are started in a temporary directory unless DATABASE_URL / MEILI_URL are set.
 * --engine meili: the matcher core with candidates from a bare Meilisearch index (no database).
 * --engine memory: the matcher ranks its whole in-memory index (no search engine).
 * --set name=value overrides a scoring weight for the memory and meili engines (ablations),
 *   e.g. --set gramWeight=0, or switches on what was left out of the production path
 *   (src/evaluation/ablations: --set prf.weight=0.3, --set lsa.weight=0.1, --set globalIdf=1);
 *   the service path uses the weights of scoring-weights.ts.
 */
const { values } = parseArgs({
  options: {
    queries: { type: 'string' },
    corpus: { type: 'string', multiple: true, default: [] },
    engine: { type: 'string', default: 'service' },
    set: { type: 'string', multiple: true, default: [] },
    limit: { type: 'string' },
  },
});
/** The listing model's limit (CHECK cardinality(keywords) <= 10). */
const MAX_KEYWORDS = 10;
const log = (line: string) => process.stdout.write(`${line}\n`);

const queriesFile = resolve(values.queries ?? `${projectRoot()}/../shared/data/csl/kg-dev.tsv`);
const overrides = (values.set ?? []).map((s) => [s.split('=')[0]!, Number(s.split('=')[1])] as const);
const isAblation = (path: string) => path.split('.')[0]! in ABLATIONS;
const weights = withOverrides(SCORING, Object.fromEntries(overrides.filter(([p]) => !isAblation(p))));
const ablations = withOverrides(ABLATIONS, Object.fromEntries(overrides.filter(([p]) => isAblation(p))));

const achievements: EvalAchievement[] = [];
const needs: EvalNeed[] = [];
for (const [fi, file] of [queriesFile, ...(values.corpus ?? []).map((f) => resolve(f))].entries()) {
  parseCslKg(readFileSync(file, 'utf8')).forEach((p, i) => {
    const { achievement, need } = toAchievementAndNeed(p, `f${fi}-${i}`);
    achievements.push(achievement);
    if (fi === 0) needs.push(need);
  });
}
const queries = needs.slice(0, values.limit ? Number(values.limit) : needs.length);

/** Runs every need through `match` and prints the figures. */
async function measure(match: (need: EvalNeed) => Promise<string[]>): Promise<void> {
  // Warm-up: the first requests pay for connections and lazy loading.
  for (const need of queries.slice(0, 5)) await match(need);
  const ranks: (number | undefined)[] = [];
  const latencies: number[] = [];
  for (const need of queries) {
    const started = performance.now();
    const ranked = await match(need);
    latencies.push(performance.now() - started);
    const r = ranked.indexOf(need.answer);
    ranks.push(r < 0 || r >= 10 ? undefined : r + 1);
  }
  log(formatFigures(retrievalFigures(ranks, latencies)));
}

function coreEngine(): { engine: AblationRanker; tokenizer: ChineseTokenizer; synonyms: SynonymTable } {
  const t0 = performance.now();
  const synonyms = new SynonymTable(SYNONYM_GROUPS);
  const tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...synonyms.terms()] });
  const engine = new AblationRanker(tokenizer, synonyms, weights, ablations);
  for (const a of achievements) engine.upsert(a);
  engine.fit();
  log(`matcher: ${engine.index.size} achievements indexed in ${Math.round(performance.now() - t0)} ms`);
  return { engine, tokenizer, synonyms };
}

async function runMemory(): Promise<void> {
  const { engine } = coreEngine();
  await measure(async (need) => engine.rank(need, { k: 10 }).map((r) => r.id));
}

async function runMeili(root: string): Promise<void> {
  const { engine, tokenizer, synonyms } = coreEngine();
  const meili = await startEmbeddedMeilisearch({
    dataDir: join(root, 'meili'),
    port: await freePort(),
    portVariable: 'a free port',
  });
  try {
    const search = new MeilisearchIndex(
      SearchConfig.fromEnv({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, SEARCH_INDEX_PREFIX: 'eval_' }),
    );
    await search.ensureIndex('achievements', {
      primaryKey: 'id',
      searchableAttributes: ['title', 'keywords', 'description'],
      filterableAttributes: ['status'],
      sortableAttributes: [],
      localizedChinese: true,
    });
    for (let i = 0; i < achievements.length; i += 1000) {
      await search.upsert(
        'achievements',
        achievements.slice(i, i + 1000).map((a) => ({ ...a, keywords: [...a.keywords], status: 'published' })),
      );
    }
    const { index } = engine;
    const idf = (t: string) => (index.df(t) > 0 ? index.idf(t) : 0);
    let pooled = 0;
    await measure(async (need) => {
      const qs = candidateQueries(tokenizer, idf, need, DEFAULT_CANDIDATE_QUERIES, (w) => synonyms.synonymsOf(w));
      const pool = await gatherCandidates(search, 'achievements', qs, {
        perQuery: 20,
        filter: { eq: ['status', 'published'] },
      });
      if (pool.includes(need.answer)) pooled++;
      return engine.rank(need, { k: 10, candidates: pool }).map((r) => r.id);
    });
    log(`right answer among the candidates: ${(pooled / (queries.length + 5)).toFixed(3)}`);
  } finally {
    await meili.stop();
  }
}

async function principal(ds: DataSource, type: OrgType, regionCode: string, name: string): Promise<Principal> {
  const [org] = await ds.query(
    `INSERT INTO organization (type, name, credit_code, region_code, verification_status, review_listings) VALUES ($1, $2, $3, $4, 'verified', false) RETURNING id`,
    [type, name, randomBytes(9).toString('hex').toUpperCase(), regionCode],
  );
  const roles = type === 'bureau' ? (['bureau_admin'] as const) : (['org_admin'] as const);
  const [user] = await ds.query(
    `INSERT INTO app_user (org_id, email, display_name, roles, status) VALUES ($1, $2, $3, $4, 'invited') RETURNING id`,
    [org.id, `${randomBytes(6).toString('hex')}@eval.example.cn`, name, roles],
  );
  return {
    userId: user.id,
    orgId: org.id,
    orgType: type,
    orgVerified: true,
    regionCode,
    roles: [...roles],
    permissions: permissionsOf({ roles: [...roles], orgType: type, orgVerified: true }),
  };
}

async function inChunks<T>(items: T[], size: number, f: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(f));
}

async function runService(root: string): Promise<void> {
  const env = processEnv();
  const launcher = LauncherConfig.fromEnv(env);
  const stops: (() => Promise<void>)[] = [];
  try {
    const dbName = `eval_${randomBytes(4).toString('hex')}`;
    let databaseUrl: string;
    if (launcher.databaseUrl) {
      const server = launcher.databaseUrl.replace(/\/[^/]*$/, '');
      await ensureDatabase(server, dbName);
      databaseUrl = `${server}/${dbName}`;
    } else {
      const pg = await startEmbeddedPostgres({
        dataDir: join(root, 'pg'),
        port: await freePort(),
        persistent: false,
        portVariable: 'a free port',
      });
      stops.push(() => pg.stop());
      await ensureDatabase(pg.serverUrl, dbName);
      databaseUrl = pg.urlFor(dbName);
    }
    let meiliUrl = launcher.meiliUrl;
    let meiliKey = env.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({
        dataDir: join(root, 'meili'),
        port: await freePort(),
        portVariable: 'a free port',
      });
      stops.push(() => meili.stop());
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }
    await runMigrations(databaseUrl);
    const seedDs = await openDataSource(databaseUrl);
    await loadReferenceData(seedDs);
    await seedDs.destroy();

    const app = await benchApi({ databaseUrl, meiliUrl, meiliKey, indexPrefix: dbName, poolSize: 10 });
    stops.unshift(() => app.close());
    const ds = app.get(DataSource);
    const listings = app.get(ListingsService);
    const jobs = app.get(JobRunner);
    const matching = app.get(MatchingService);

    // One region whose bureau publishes without review; the same field, region, maturity and
    // modes everywhere, so the structured factors add the same to every pair and the ranking
    // is the text's alone.
    await principal(ds, 'bureau', '340600', '评测科技局');
    const uni = await principal(ds, 'university', '340603', '评测大学');
    const ent = await principal(ds, 'enterprise', '340602', '评测企业');

    const t1 = performance.now();
    const idOf = new Map<string, string>();
    await inChunks(achievements, 8, async (a) => {
      const v = await listings.create('achievement', uni, {
        title: a.title,
        description: a.description,
        // The market stores at most 10 keywords per listing (database check): the first 10.
        keywords: a.keywords.slice(0, MAX_KEYWORDS),
        techFieldCode: '01',
        achievementType: 'applied',
        trl: 5,
        transferModes: ['other'],
        negotiable: true,
      } as never);
      await listings.submit('achievement', v.id, uni, v.version);
      idOf.set(v.id, a.id);
    });
    await jobs.drainUntilIdle({ limit: 500 }, 100_000);
    log(
      `listing service: ${achievements.length} achievements published and relayed to Meilisearch in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );

    const needIds = new Map<string, string>();
    await inChunks(queries, 8, async (n) => {
      // A need must have a title (database check): the protocol's alternative, the first 20
      // characters of the second half.
      const v = await listings.create('need', ent, {
        title: [...n.description].slice(0, 20).join(''),
        description: n.description,
        techFieldCode: '01',
      } as never);
      needIds.set(n.id, v.id);
    });
    await measure(async (need) => {
      const res = await matching.forNeed(needIds.get(need.id)!, ent, { limit: 10 });
      return res.map((r) => idOf.get(r.id) ?? r.id);
    });
  } finally {
    for (const stop of stops) await stop();
  }
}

const root = mkdtempSync(join(tmpdir(), 'eval-matching-'));
chmodSync(root, 0o755);
try {
  if (values.engine === 'memory') await runMemory();
  else if (values.engine === 'meili') await runMeili(root);
  else await runService(root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
