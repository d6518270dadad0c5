import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { testServers } from '../libs/shared/testing/index.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { csvFile, importDriver } from './factories/import.factory.js';
import { publishedListing, reviewOff } from './factories/listing.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * The same twelve achievements, in the API's form and in the import's. Their texts carry what
 * the staging's COPY and array literals must pass through unchanged: a tab and a line break,
 * quotes, braces, a backslash, commas inside a keyword's neighbours.
 */
const ACHIEVEMENTS: { api: Record<string, unknown>; row: Record<string, string> }[] = [
  {
    api: {
      title: '秸秆生物质颗粒燃料成型技术',
      description: '秸秆粉碎、调质与环模成型一体化工艺',
      keywords: ['秸秆', '生物质'],
      techFieldCode: '09',
      achievementType: 'applied',
      trl: 7,
      transferModes: ['licence', 'transfer'],
      priceFen: 150_000_000,
      contactName: '王工',
      contactPhone: '0561-1234567',
    },
    row: {
      title: '秸秆生物质颗粒燃料成型技术',
      description: '秸秆粉碎、调质与环模成型一体化工艺',
      keywords: '秸秆、生物质',
      techField: '09',
      achievementType: '应用技术',
      trl: '7',
      transferModes: '许可、转让',
      price: '1500000',
      negotiable: '否',
      contactName: '王工',
      contactPhone: '0561-1234567',
    },
  },
  {
    api: {
      title: '煤矸石制备"绿色"新型建材方法',
      description: '第一行：煤矸石破碎\n第二行：\t高温烧结，C:\\工艺\\参数',
      keywords: ['"绿色"建材', '{固废}', 'C\\D'],
      techFieldCode: '05',
      achievementType: 'basic',
      trl: 2,
      transferModes: ['cooperation'],
      negotiable: true,
    },
    row: {
      title: '煤矸石制备"绿色"新型建材方法',
      description: '第一行：煤矸石破碎\n第二行：\t高温烧结，C:\\工艺\\参数',
      keywords: '"绿色"建材、{固废}、C\\D',
      techField: '05',
      achievementType: '基础理论',
      trl: '2',
      transferModes: '合作转化',
      negotiable: '是',
    },
  },
  {
    api: {
      title: '高镍正极材料共沉淀制备工艺',
      description: '一种共沉淀制备高镍三元正极材料的方法',
      techFieldCode: '05',
      achievementType: 'soft',
      trl: 9,
      transferModes: ['equity', 'other'],
      priceFen: 88_000_050,
      negotiable: true,
      registryNumber: '3402024A0001',
    },
    row: {
      title: '高镍正极材料共沉淀制备工艺',
      description: '一种共沉淀制备高镍三元正极材料的方法',
      techField: '05',
      achievementType: '软科学',
      trl: '9',
      transferModes: '作价入股、其他',
      price: '880000.50',
      negotiable: '是',
      registryNumber: '3402024A0001',
    },
  },
  ...Array.from({ length: 9 }, (_, i) => i + 1).map((i) => ({
    api: {
      title: `矿区生态修复技术 第${i}代`,
      description: `第 ${i} 代矿区生态修复与土壤重构技术`,
      keywords: ['生态修复'],
      techFieldCode: '09',
      achievementType: 'applied',
      trl: 5,
      transferModes: ['self_implementation'],
      negotiable: true,
    },
    row: {
      title: `矿区生态修复技术 第${i}代`,
      description: `第 ${i} 代矿区生态修复与土壤重构技术`,
      keywords: '生态修复',
      techField: '09',
      achievementType: '应用技术',
      trl: '5',
      transferModes: '自行实施',
      negotiable: '是',
    },
  })),
];

interface JobRow {
  queue: string;
  topic: string;
  done: boolean;
  keyed: boolean;
  background: boolean;
  payload: Record<string, unknown>;
  current: boolean;
  bulk: boolean | null;
}

/** Columns of a listing that say what it is, not who wrote it when (owner, ids, clock and path differ). */
const LISTING_COLUMNS = `title, description, keywords, tech_field_code, region_code, contact_name, contact_phone, status,
  reject_reason, closed_at, registry_number, achievement_type, trl, ip_items, team, transfer_modes, price_fen, negotiable,
  published_at IS NOT NULL AND first_published_at = published_at AS first_published,
  submitted_at IS NOT NULL AS submitted, reviewed_at IS NOT NULL OR reviewed_by IS NULL AS review_consistent`;

/**
 * Issue 21, imports near COPY: an achievements import's batch is staged with COPY and inserted,
 * with its `listing.changed` events, in one statement. What it writes must be what the API
 * writes for the same achievements published one by one: the listing rows, the event and job
 * rows each listing produces (the relay, the exchange feed, match alerts), the search documents
 * and the matching term statistics the relay's hook keeps.
 */
describe('achievement import staged with COPY: same listings, events, documents and statistics as the API (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let importDir: string;
  let huaibei: TestOrg;
  let viaApi: TestOrg;
  let viaImport: TestOrg;

  const drain = () => t.app.get(JobRunner).drainUntilIdle({ limit: 1000 });
  const idsByTitle = async (org: TestOrg): Promise<Map<string, string>> =>
    new Map(
      (await ds.query(`SELECT title, id FROM achievement WHERE org_id = $1`, [org.org.id])).map(
        (r: { title: string; id: string }) => [r.title, r.id],
      ),
    );
  /** match_corpus and match_term_df of achievements, as numbers by key. */
  const statistics = async (): Promise<Map<string, number>> => {
    const out = new Map<string, number>();
    const [corpus] = await ds.query(`SELECT n, total_len FROM match_corpus WHERE kind = 'achievement'`);
    out.set('n', corpus.n);
    (corpus.total_len as string[]).forEach((len, i) => out.set(`len ${i}`, Number(len)));
    for (const r of await ds.query(`SELECT term, df FROM match_term_df WHERE kind = 'achievement'`))
      out.set(`df ${r.term}`, r.df);
    return out;
  };
  const delta = (before: Map<string, number>, after: Map<string, number>) =>
    Object.fromEntries([...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, d]) => d !== 0));
  /** The achievements' documents in the search index, by id. */
  const documents = async (ids: string[]): Promise<Map<string, Record<string, unknown>>> => {
    const s = testServers();
    // This file's own index holds a few dozen documents: one page.
    const res = await fetch(`${s.meiliUrl}/indexes/${t.db.indexPrefix}achievements/documents?limit=1000`, {
      headers: { Authorization: `Bearer ${s.meiliKey}` },
    });
    const page = (await res.json()) as { results: Record<string, unknown>[] };
    const wanted = new Set(ids);
    return new Map(page.results.filter((d) => wanted.has(d.id as string)).map((d) => [d.id as string, d]));
  };

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-listing-copy-'));
    // Batches of ten: the twelve rows cross batches.
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '10' });
    ds = t.app.get(DataSource);
    [huaibei, viaApi, viaImport] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
    ]);
    // Published at submission, as an import publishes (the bureau vouches for its register).
    await reviewOff(t, huaibei);
  });
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('writes the listing rows, events, search documents and term statistics the API writes', async () => {
    await drain();
    const s0 = await statistics();
    for (const a of ACHIEVEMENTS) await publishedListing(t, viaApi, 'achievements', a.api);
    await drain();
    const s1 = await statistics();

    const imports = importDriver(t, huaibei);
    const file = csvFile(
      'achievements',
      ACHIEVEMENTS.map((a) => ({ ...a.row, ownerCreditCode: viaImport.org.creditCode })),
    );
    const { committed } = await imports.dryRunAndCommit(file, '成果登记.csv', 'achievements');
    expect(committed).toMatchObject({ status: 'committed', importedRows: ACHIEVEMENTS.length, skippedRows: 0 });
    await drain();
    const s2 = await statistics();

    // Listing rows: column for column, apart from owner, ids, clock and path.
    const rows = async (org: TestOrg) =>
      ds.query(`SELECT ${LISTING_COLUMNS} FROM achievement WHERE org_id = $1 ORDER BY title`, [org.org.id]);
    const apiRows = await rows(viaApi);
    expect(apiRows).toHaveLength(ACHIEVEMENTS.length);
    expect(await rows(viaImport)).toEqual(apiRows);

    // Events and the jobs they fanned out into: the same per listing, keyed by it, at its version,
    // all done. The import's say `bulk`, so its match alerts wait for everyone else's work.
    const jobsOf = async (id: string, bulk: boolean) => {
      const jobs: JobRow[] = await ds.query(
        `SELECT j.queue, j.topic, j.done_at IS NOT NULL AS done, j.key = 'achievement:' || a.id AS keyed,
                j.background, j.payload - 'id' - 'version' - 'bulk' AS payload,
                coalesce(j.payload->>'version' = a.version::text, true) AS current,
                (j.payload->>'bulk')::boolean AS bulk
           FROM job j JOIN achievement a ON a.id = $1
          WHERE j.payload->>'id' = $1::text ORDER BY j.queue, j.topic`,
        [id],
      );
      expect(
        jobs.every(
          (j) => j.done && j.keyed && j.current && j.bulk === (bulk && j.topic === 'listing.changed' ? true : null),
        ),
      ).toBe(true);
      return jobs.map(({ bulk: _bulk, ...j }) => j);
    };
    const apiIds = await idsByTitle(viaApi);
    const importIds = await idsByTitle(viaImport);
    const ignoringPriority = (jobs: Omit<JobRow, 'bulk'>[]) => jobs.map((j) => ({ ...j, background: false }));
    for (const [title, apiId] of apiIds) {
      const fromApi = await jobsOf(apiId, false);
      expect(fromApi.map((j) => `${j.queue} ${j.topic}`)).toEqual([
        '@events listing.changed',
        '@events listing.indexed',
        'exchange.listing-feed listing.changed',
        'listings.search-index listing.changed',
        'matching.alerts listing.indexed',
      ]);
      const fromImport = await jobsOf(importIds.get(title)!, true);
      expect(ignoringPriority(fromImport)).toEqual(ignoringPriority(fromApi));
      expect(fromApi.filter((j) => j.background)).toEqual([]);
      expect(fromImport.filter((j) => j.background).map((j) => j.queue)).toEqual(['@events', 'matching.alerts']);
    }

    // Search documents: the same but for id, owner, version and stamps.
    const docs = await documents([...apiIds.values(), ...importIds.values()]);
    const what = (d: Record<string, unknown> | undefined) => {
      expect(d).toBeDefined();
      const { id: _id, orgId: _org, orgName: _name, version: _v, publishedAt: _p, updatedAt: _u, ...rest } = d!;
      return rest;
    };
    for (const [title, apiId] of apiIds) expect(what(docs.get(importIds.get(title)!))).toEqual(what(docs.get(apiId)));

    // The term statistics the relay keeps for matching moved by exactly as much.
    const byApi = delta(s0, s1);
    expect(byApi.n).toBe(ACHIEVEMENTS.length);
    expect(delta(s1, s2)).toEqual(byApi);
  }, 120_000);
});
