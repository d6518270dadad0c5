import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { COLUMNS } from '../libs/imports/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  randomCreditCode,
  type TestOrg,
} from './factories/identity.factory.js';
import { importDriver, xlsxFile, type ImportDriver } from './factories/import.factory.js';
import { api } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * One bureau's 1,000-row achievements workbook, imported once in beforeAll (upload, dry run,
 * commit, jobs): each test reads one aspect of the outcome, or imports the file again.
 */
describe('bulk import: a 1,000-row achievements workbook (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let jobs: JobRunner;
  let importDir: string;
  let imports: ImportDriver;
  let huaibei: TestOrg; // bureau of 淮北 (340600)
  let linyi: TestOrg; // bureau of 临沂, outside
  let platform: TestOrg;
  let uni1: TestOrg; // 濉溪县 340621
  let uni2: TestOrg; // 相山区 340603
  let enterprise: TestOrg; // 杜集区 340602
  let pendingUni: TestOrg;
  let achievementsFile: Buffer;
  let badAt: Map<number, [Record<string, unknown>, string, string]>;
  let firstJobId: string;
  let created: Record<string, unknown>;
  /** What the dry run left, seen before the commit. */
  let dryRun: { jobsRun: number; job: Record<string, unknown>; ownersAchievements: number };

  /** 1,000 rows, 17 of them bad in one way each (at rows 10, 68, 126 …), one title a formula. */
  async function thousandRowWorkbook() {
    const specs = COLUMNS.achievements;
    // Columns in another order than the template, plus one the template does not have.
    const header = ['备注', ...specs.map((s) => s.header).reverse()];
    const good = (i: number): Record<string, unknown> => ({
      title: `淮北成果${i}号 高镍正极材料工艺`,
      description: `第 ${i} 项成果：一种共沉淀制备方法，导入测试标记词 矿业固废`,
      ownerCreditCode: i % 2 === 0 ? uni1.org.creditCode : uni2.org.creditCode,
      ownerName: '',
      techField: i % 3 === 0 ? '新材料' : '05',
      region: i % 2 === 0 ? '濉溪县' : '',
      achievementType: '应用技术',
      trl: String((i % 9) + 1),
      transferModes: '转让、许可',
      price: i % 5 === 0 ? '' : `${1000 + i}.50`,
      negotiable: i % 5 === 0 ? '是' : '否',
      keywords: '正极材料、锂电池',
      registryNumber: '',
      contactName: '张老师',
      contactPhone: '0561-3000000',
    });
    const bad: [Record<string, unknown>, string, string][] = [
      [{ ownerCreditCode: '91340600MA2TEST00X' }, '完成单位统一社会信用代码', 'BAD_CREDIT_CODE'],
      [{ techField: '量子玄学' }, '技术领域', 'UNKNOWN_TECH_FIELD'],
      [{ region: '火星县' }, '所在地区', 'UNKNOWN_REGION'],
      [{ region: '临沂市' }, '所在地区', 'REGION_OUT_OF_SCOPE'],
      [{ price: '二十万', negotiable: '' }, '转让价格（元）', 'NOT_A_NUMBER'],
      [{ trl: '12' }, '技术成熟度', 'BAD_VALUE'],
      [{ title: '' }, '成果名称', 'REQUIRED'],
      [{ achievementType: '未知类型' }, '成果类型', 'BAD_VALUE'],
      [
        { title: '淮北成果0号 高镍正极材料工艺', ownerCreditCode: uni1.org.creditCode },
        '成果名称',
        'DUPLICATE_IN_FILE',
      ],
      [{ title: '已登记的秸秆还田成果', ownerCreditCode: uni1.org.creditCode }, '成果名称', 'DUPLICATE_IN_DATABASE'],
      [{ ownerCreditCode: randomCreditCode('340600') }, '完成单位统一社会信用代码', 'ORG_NOT_FOUND'],
      [{ ownerCreditCode: enterprise.org.creditCode }, '完成单位统一社会信用代码', 'ORG_TYPE_MISMATCH'],
      [{ ownerCreditCode: pendingUni.org.creditCode }, '完成单位统一社会信用代码', 'ORG_NOT_VERIFIED'],
      [{ transferModes: '赠送' }, '转化方式', 'BAD_VALUE'],
      [{ negotiable: '也许' }, '面议', 'BAD_VALUE'],
      [{ registryNumber: 'ABC' }, '成果登记号', 'BAD_VALUE'],
      [{ price: '-5', negotiable: '否' }, '转让价格（元）', 'AMOUNT_OUT_OF_RANGE'],
    ];
    const badAt = new Map(bad.map((b, k) => [10 + 58 * k, b]));
    const rows: unknown[][] = [];
    for (let i = 0; i < 1000; i++) {
      const rec: Record<string, unknown> = { ...good(i), ...(badAt.get(i)?.[0] ?? {}) };
      if (i === 500) rec.title = { formula: 'CONCATENATE("公式","成果")', result: '公式成果' };
      rows.push(['备注文字', ...specs.map((s) => rec[s.key]).reverse()]);
    }

    return { file: await xlsxFile(header, rows), badAt };
  }

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-'));
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '100', IMPORT_MAX_MB: '1' });
    ds = t.app.get(DataSource);
    jobs = t.app.get(JobRunner);
    [huaibei, linyi, platform, uni1, uni2, enterprise, pendingUni] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
      createPlatformAdmin(t),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621', verified: false }),
    ]);
    imports = importDriver(t, huaibei);
    // An achievement uni1 already has: a row with the same title is a duplicate against the database.
    await ds.query(
      `INSERT INTO achievement (org_id, created_by, title, description, tech_field_code, region_code, achievement_type, trl, transfer_modes, price_fen)
       VALUES ($1, $2, '已登记的秸秆还田成果', '已有成果', '09', '340621', 'applied', 5, '{transfer}', 100000)`,
      [uni1.org.id, uni1.user.id],
    );
    ({ file: achievementsFile, badAt } = await thousandRowWorkbook());
    created = (await imports.upload(achievementsFile, '淮北成果汇交.xlsx', 'achievements').expect(201)).body;
    firstJobId = created.id as string;
    const jobsRun = await imports.run();
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM achievement WHERE org_id = ANY($1)`, [
      [uni1.org.id, uni2.org.id],
    ]);
    dryRun = { jobsRun, job: await imports.job(firstJobId), ownersAchievements: n };
    await imports.commit(firstJobId);
    await imports.run();
    // Large rounds: few, large indexing tasks; the alerts run 983 matchings (~40 ms each).
    await jobs.drainUntilIdle({ limit: 1000 });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('dry-runs 1,000 rows and lists exactly the 17 bad ones with row, column and reason', async () => {
    expect(created).toMatchObject({
      kind: 'achievements',
      format: 'xlsx',
      status: 'validation_queued',
      regionCode: '340600',
      fileName: '淮北成果汇交.xlsx',
    });
    expect(dryRun.jobsRun).toBe(1);
    expect(dryRun.job).toMatchObject({
      status: 'validated',
      phase: 'dry_run',
      progress: { rowsDone: 1000, totalRows: 1000 },
      validRows: 983,
      problemRows: 17,
      error: null,
    });
    const problems = await imports.problems(firstJobId, 'dry_run');
    const expected = [...badAt.entries()].map(([i, [, column, code]]) => ({ row: i + 2, column, code }));
    expect(problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
    expect(problems.find((p) => p.code === 'DUPLICATE_IN_FILE')!.message).toBe('与第 2 行重复');
    // A dry run writes nothing: the owners had only the achievement already registered.
    expect(dryRun.ownersAchievements).toBe(1);
  });

  it('keeps other regions out: another bureau gets 403, an enterprise cannot import', async () => {
    const other = await api(t, linyi).get(`/api/imports/${firstJobId}`).expect(403);
    expect(other.body.code).toBe('IMPORT_OUT_OF_REGION');
    await api(t, linyi).post(`/api/imports/${firstJobId}/commit`).expect(403);
    await api(t, linyi).get(`/api/imports/${firstJobId}/problems`).expect(403);
    const into = await imports
      .upload(achievementsFile, 'a.xlsx', 'achievements', { who: linyi, regionCode: '340600' })
      .expect(403);
    expect(into.body.code).toBe('IMPORT_OUT_OF_REGION');
    await imports.upload(achievementsFile, 'a.xlsx', 'achievements', { who: enterprise }).expect(403);
    const listed = await api(t, linyi).get('/api/imports').expect(200);
    expect(listed.body.items.map((j: { id: string }) => j.id)).not.toContain(firstJobId);
    expect((await api(t, platform).get(`/api/imports/${firstJobId}`).expect(200)).body.id).toBe(firstJobId);
  });

  it('commits the 983 valid rows as published listings that become searchable; formulas stay text', async () => {
    const done = await imports.job(firstJobId);
    expect(done).toMatchObject({
      status: 'committed',
      phase: 'commit',
      progress: { rowsDone: 1000, totalRows: 1000 },
      importedRows: 983,
      skippedRows: 17,
    });
    // Nothing skipped silently: the commit report lists the 17 skipped rows and why.
    expect((await imports.problems(firstJobId)).length).toBe(17);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM achievement WHERE org_id = ANY($1) AND status = 'published'`,
      [[uni1.org.id, uni2.org.id]],
    );
    expect(n).toBe(983);
    const formula = await ds.query(`SELECT title FROM achievement WHERE title LIKE '=%'`);
    expect(formula).toEqual([{ title: '=CONCATENATE("公式","成果")' }]);
    const [row] = await ds.query(
      `SELECT region_code, tech_field_code, price_fen, transfer_modes FROM achievement WHERE title = '淮北成果4号 高镍正极材料工艺'`,
    );
    expect(row).toEqual({
      region_code: '340621',
      tech_field_code: '05',
      price_fen: '100450',
      transfer_modes: ['transfer', 'licence'],
    });
    const [{ n: odd }] = await ds.query(
      `SELECT count(*)::int AS n FROM achievement WHERE org_id = $1 AND region_code = '340603'`,
      [uni2.org.id],
    );
    expect(odd).toBeGreaterThan(400); // empty 所在地区 → the owner's region

    // The jobs ran in beforeAll; poll until the index has caught up.
    const until = Date.now() + 20_000;
    let total = 0;
    while (Date.now() < until) {
      await jobs.drainUntilIdle({ limit: 1000 }); // large rounds: few, large indexing tasks
      const res = await api(t).get('/api/search/achievements', { region: '340600', pageSize: 1 }).expect(200);
      total = res.body.total;
      if (total === 983) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(total).toBe(983);
    const hit = await api(t).get('/api/search/achievements', { q: '淮北成果777号' }).expect(200);
    expect(hit.body.items[0].title).toBe('淮北成果777号 高镍正极材料工艺');

    // Every imported listing published the event of a publication, at its version, delivered to
    // each subscriber: its index document, the exchange feed, and, once indexed, match alerts.
    const delivered: { queue: string; topic: string }[] = await ds.query(
      `SELECT j.queue, j.topic, count(*)::int AS n, bool_and(j.done_at IS NOT NULL) AS done, bool_and(j.key = 'achievement:' || a.id) AS keyed,
              bool_and(j.topic <> 'listing.changed' OR (j.payload->>'version')::int = a.version) AS current,
              -- the alerts (~40 ms of matching each) wait for everyone else's work; index and feed do not
              bool_and(j.background = (j.topic = 'listing.indexed')) AS background
         FROM achievement a JOIN job j ON j.payload->>'id' = a.id::text
        WHERE a.org_id = ANY($1) AND a.status = 'published' GROUP BY j.queue, j.topic`,
      [[uni1.org.id, uni2.org.id]],
    );
    const each = { n: 983, done: true, keyed: true, current: true, background: true };
    const order = (j: { queue: string; topic: string }) => `${j.queue} ${j.topic}`;
    expect(delivered.sort((x, y) => (order(x) < order(y) ? -1 : 1))).toEqual([
      { queue: '@events', topic: 'listing.changed', ...each },
      { queue: '@events', topic: 'listing.indexed', ...each },
      { queue: 'exchange.listing-feed', topic: 'listing.changed', ...each },
      { queue: 'listings.search-index', topic: 'listing.changed', ...each },
      { queue: 'matching.alerts', topic: 'listing.indexed', ...each },
    ]);
    const [stamps] = await ds.query(
      `SELECT count(*)::int AS n FROM achievement WHERE org_id = ANY($1) AND status = 'published' AND version = 1 AND reviewed_by = $2
          AND published_at IS NOT NULL AND first_published_at = published_at AND submitted_at = published_at AND reviewed_at = published_at`,
      [[uni1.org.id, uni2.org.id], huaibei.user.id],
    );
    expect(stamps.n).toBe(983);
  }, 60_000);

  it('imports the same file a second time without creating a single row', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM achievement`))[0].n;
    const { validated, committed } = await imports.dryRunAndCommit(
      achievementsFile,
      '淮北成果汇交.xlsx',
      'achievements',
    );
    expect(validated).toMatchObject({ validRows: 0, problemRows: 1000 });
    expect(committed).toMatchObject({ status: 'committed', importedRows: 0, skippedRows: 1000 });
    expect((await imports.problems(committed.id)).filter((p) => p.code === 'DUPLICATE_IN_DATABASE').length).toBe(984);
    expect((await ds.query(`SELECT count(*)::int AS n FROM achievement`))[0].n).toBe(before);
  });
});
