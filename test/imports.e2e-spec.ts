import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { COLUMNS, ImportRunner } from '../libs/imports/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  randomCreditCode,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Problem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** A workbook with the given header and rows (a cell may be an exceljs value such as a formula). */
async function xlsx(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科技成果');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet('说明').addRow(['这张表不会被导入']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

describe('bulk import of achievements, needs and historical contracts (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let runner: ImportRunner;
  let jobRunner: JobRunner;
  let importDir: string;
  let huaibei: TestOrg; // bureau of 淮北 (340600)
  let linyi: TestOrg; // bureau of 临沂, outside
  let platform: TestOrg;
  let uni1: TestOrg; // 濉溪县 340621
  let uni2: TestOrg; // 相山区 340603
  let enterprise: TestOrg; // 杜集区 340602
  let pendingUni: TestOrg;
  let achievementsFile: Buffer;
  let firstJobId: string;

  const upload = (who: TestOrg, file: Buffer, filename: string, kind: string, extra: Record<string, string> = {}) => {
    let req = request(t.http).post('/api/imports').set(bearer(who.accessToken)).field('kind', kind);
    for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
    return req.attach('file', file, { filename, contentType: filename.endsWith('.csv') ? 'text/csv' : XLSX_TYPE });
  };
  const job = async (id: string, who = huaibei) =>
    (await request(t.http).get(`/api/imports/${id}`).set(bearer(who.accessToken)).expect(200)).body;
  const allProblems = async (id: string, phase?: string): Promise<Problem[]> => {
    const out: Problem[] = [];
    for (let page = 1; ; page++) {
      const res = await request(t.http)
        .get(`/api/imports/${id}/problems`)
        .query({ page, pageSize: 100, ...(phase ? { phase } : {}) })
        .set(bearer(huaibei.accessToken))
        .expect(200);
      out.push(...res.body.items);
      if (out.length >= res.body.total) return out;
    }
  };
  const dryRunAndCommit = async (file: Buffer, filename: string, kind: string) => {
    const created = await upload(huaibei, file, filename, kind).expect(201);
    await runner.runUntilIdle();
    const validated = await job(created.body.id);
    await request(t.http).post(`/api/imports/${created.body.id}/commit`).set(bearer(huaibei.accessToken)).expect(202);
    await runner.runUntilIdle();
    return { validated, committed: await job(created.body.id) };
  };

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-'));
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '100', IMPORT_MAX_MB: '1' });
    ds = t.app.get(DataSource);
    runner = t.app.get(ImportRunner);
    jobRunner = t.app.get(JobRunner);
    [huaibei, linyi, platform, uni1, uni2, enterprise, pendingUni] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
      createPlatformAdmin(t),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621', verified: false }),
    ]);
    // An achievement uni1 already has: a row with the same title is a duplicate against the database.
    await ds.query(
      `INSERT INTO achievement (org_id, created_by, title, description, tech_field_code, region_code, achievement_type, trl, transfer_modes, price_fen)
       VALUES ($1, $2, '已登记的秸秆还田成果', '已有成果', '09', '340621', 'applied', 5, '{transfer}', 100000)`,
      [uni1.org.id, uni1.user.id],
    );
  });
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('serves a template per kind with Chinese headers and a 说明 sheet naming the code tables', async () => {
    const res = await request(t.http)
      .get('/api/imports/templates/achievements')
      .set(bearer(huaibei.accessToken))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never); // exceljs declares its own Buffer type
    expect(wb.worksheets.map((w) => w.name)).toEqual(['科技成果', '说明', '行政区划']);
    const header = (wb.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(header).toContain('成果名称*');
    expect(header).toContain('技术领域*');
    const notes = wb.getWorksheet('说明')!;
    const noteRows = [] as string[][];
    notes.eachRow((r) => noteRows.push((r.values as string[]).slice(1).map(String)));
    expect(noteRows.find((r) => r[0] === '技术领域')?.[3]).toBe('技术领域');
    expect(noteRows.some((r) => r[0] === '新材料' && r[1] === '05')).toBe(true);
    expect(wb.getWorksheet('行政区划')!.rowCount).toBeGreaterThan(3000);
    await request(t.http).get('/api/imports/templates/contracts').set(bearer(huaibei.accessToken)).expect(200);
    expect(
      (await request(t.http).get('/api/imports/templates/patents').set(bearer(huaibei.accessToken)).expect(400)).body
        .code,
    ).toBe('VALIDATION_FAILED');
  });

  it('dry-runs 1,000 rows and lists exactly the 17 bad ones with row, column and reason', async () => {
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
    achievementsFile = await xlsx(header, rows);

    const created = await upload(huaibei, achievementsFile, '淮北成果汇交.xlsx', 'achievements').expect(201);
    expect(created.body).toMatchObject({
      kind: 'achievements',
      format: 'xlsx',
      status: 'validation_queued',
      regionCode: '340600',
      fileName: '淮北成果汇交.xlsx',
    });
    firstJobId = created.body.id;
    expect(await runner.runUntilIdle()).toBe(1);
    const validated = await job(firstJobId);
    expect(validated).toMatchObject({
      status: 'validated',
      phase: 'dry_run',
      progress: { rowsDone: 1000, totalRows: 1000 },
      validRows: 983,
      problemRows: 17,
      error: null,
    });

    const problems = await allProblems(firstJobId);
    const expected = [...badAt.entries()].map(([i, [, column, code]]) => ({ row: i + 2, column, code }));
    expect(problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
    expect(problems.find((p) => p.code === 'DUPLICATE_IN_FILE')!.message).toBe('与第 2 行重复');
    // A dry run writes nothing.
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM achievement WHERE org_id = ANY($1)`, [
      [uni1.org.id, uni2.org.id],
    ]);
    expect(n).toBe(1);
  });

  it('keeps other regions out: another bureau gets 403, an enterprise cannot import', async () => {
    const other = await request(t.http).get(`/api/imports/${firstJobId}`).set(bearer(linyi.accessToken)).expect(403);
    expect(other.body.code).toBe('IMPORT_OUT_OF_REGION');
    await request(t.http).post(`/api/imports/${firstJobId}/commit`).set(bearer(linyi.accessToken)).expect(403);
    await request(t.http).get(`/api/imports/${firstJobId}/problems`).set(bearer(linyi.accessToken)).expect(403);
    const into = await upload(linyi, achievementsFile, 'a.xlsx', 'achievements', { regionCode: '340600' }).expect(403);
    expect(into.body.code).toBe('IMPORT_OUT_OF_REGION');
    await upload(enterprise, achievementsFile, 'a.xlsx', 'achievements').expect(403);
    const listed = await request(t.http).get('/api/imports').set(bearer(linyi.accessToken)).expect(200);
    expect(listed.body.items.map((j: { id: string }) => j.id)).not.toContain(firstJobId);
    expect(
      (await request(t.http).get(`/api/imports/${firstJobId}`).set(bearer(platform.accessToken)).expect(200)).body.id,
    ).toBe(firstJobId);
  });

  it('commits the 983 valid rows as published listings that become searchable; formulas stay text', async () => {
    await request(t.http).post(`/api/imports/${firstJobId}/commit`).set(bearer(huaibei.accessToken)).expect(202);
    await runner.runUntilIdle();
    const done = await job(firstJobId);
    expect(done).toMatchObject({
      status: 'committed',
      phase: 'commit',
      progress: { rowsDone: 1000, totalRows: 1000 },
      importedRows: 983,
      skippedRows: 17,
    });
    // Nothing skipped silently: the commit report lists the 17 skipped rows and why.
    expect((await allProblems(firstJobId)).length).toBe(17);
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

    const until = Date.now() + 20_000;
    let total = 0;
    while (Date.now() < until) {
      await jobRunner.drainUntilIdle({ limit: 1000 }); // large rounds: few, large indexing tasks
      const res = await request(t.http)
        .get('/api/search/achievements')
        .query({ region: '340600', pageSize: 1 })
        .expect(200);
      total = res.body.total;
      if (total === 983) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(total).toBe(983);
    const hit = await request(t.http).get('/api/search/achievements').query({ q: '淮北成果777号' }).expect(200);
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
  }, 180_000); // the job queue also runs 983 match-alert computations (~40 ms each)

  it('imports the same file a second time without creating a single row', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM achievement`))[0].n;
    const { validated, committed } = await dryRunAndCommit(achievementsFile, '淮北成果汇交.xlsx', 'achievements');
    expect(validated).toMatchObject({ validRows: 0, problemRows: 1000 });
    expect(committed).toMatchObject({ status: 'committed', importedRows: 0, skippedRows: 1000 });
    expect((await allProblems(committed.id)).filter((p) => p.code === 'DUPLICATE_IN_DATABASE').length).toBe(984);
    expect((await ds.query(`SELECT count(*)::int AS n FROM achievement`))[0].n).toBe(before);
  });

  it('refuses a truncated XLSX, a PNG named .xlsx and binary CSV with 400 and a code; no job is created', async () => {
    const truncated = await upload(
      huaibei,
      achievementsFile.subarray(0, Math.floor(achievementsFile.length / 2)),
      'cut.xlsx',
      'achievements',
    ).expect(400);
    expect(truncated.body.code).toBe('IMPORT_FILE_TRUNCATED');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR\0\0\0\x10'),
    ]);
    expect((await upload(huaibei, png, 'photo.xlsx', 'achievements').expect(400)).body.code).toBe(
      'IMPORT_FILE_NOT_SPREADSHEET',
    );
    expect((await upload(huaibei, png, 'photo.csv', 'needs').expect(400)).body.code).toBe('IMPORT_FILE_NOT_TEXT');
    expect((await upload(huaibei, Buffer.alloc(0), 'empty.csv', 'needs').expect(400)).body.code).toBe(
      'IMPORT_FILE_EMPTY',
    );
    expect(
      (await request(t.http).post('/api/imports').set(bearer(huaibei.accessToken)).field('kind', 'needs').expect(400))
        .body.code,
    ).toBe('IMPORT_FILE_MISSING');
    // Not a form at all, a file under another field name, an unknown kind: 4xx with a code, never 500.
    const json = await request(t.http).post('/api/imports').set(bearer(huaibei.accessToken)).send({ kind: 'needs' });
    expect([400, 415]).toContain(json.status);
    expect(json.body.code).toEqual(expect.any(String));
    const otherField = await request(t.http)
      .post('/api/imports')
      .set(bearer(huaibei.accessToken))
      .field('kind', 'needs')
      .attach('upload', Buffer.from('a,b\n'), 'x.csv');
    expect(otherField.status).toBeGreaterThanOrEqual(400);
    expect(otherField.status).toBeLessThan(500);
    expect(otherField.body.code).toEqual(expect.any(String));
    const unknownKind = await upload(huaibei, Buffer.from('a,b\n'), 'x.csv', 'patents').expect(400);
    expect(unknownKind.body.code).toBe('VALIDATION_FAILED');
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM import_job WHERE file_name IN ('cut.xlsx', 'photo.xlsx', 'photo.csv', 'empty.csv')`,
    );
    expect(n).toBe(0);
  });

  it('refuses an upload over IMPORT_MAX_MB (1 MB here) with 413 while it streams: no partial file, no job', async () => {
    const line = `${'需求名称'.repeat(20)},${'描述'.repeat(200)}\n`;
    const big = Buffer.from(line.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(line))), 'utf8');
    // Declared by Content-Length: refused before the body is parsed.
    const declared = await upload(huaibei, big, 'big-declared.csv', 'needs').expect(413);
    expect(declared.body).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', details: { maxBytes: 1024 * 1024 } });
    // Chunked, no length known in advance: stopped at the limit while it streams.
    const chunks = Array.from({ length: 32 }, (_, i) =>
      big.subarray((i * big.length) / 32, ((i + 1) * big.length) / 32),
    );
    const streamed = await request(t.http)
      .post('/api/imports')
      .set(bearer(huaibei.accessToken))
      .field('kind', 'needs')
      // Any stream is sent chunked (superagent's types name only fs.ReadStream).
      .attach('file', Readable.from(chunks) as never, { filename: 'big-streamed.csv', contentType: 'text/csv' })
      .expect(413);
    expect(
      (streamed as unknown as { req: { getHeader(name: string): unknown } }).req.getHeader('content-length'),
    ).toBeUndefined();
    expect(streamed.body.code).toBe('IMPORT_FILE_TOO_LARGE');
    expect(readdirSync(join(importDir, 'incoming'))).toEqual([]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM import_job WHERE file_name LIKE 'big-%'`);
    expect(n).toBe(0);
    // Just under the limit is still taken.
    const fits = await upload(
      huaibei,
      Buffer.from(line.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(line))), 'utf8'),
      'fits.csv',
      'needs',
    ).expect(201);
    await request(t.http).post(`/api/imports/${fits.body.id}/cancel`).set(bearer(huaibei.accessToken)).expect(200);
  });

  it('fails a job whose file lacks a required column, naming the column', async () => {
    const csv = Buffer.from(['需求名称,需求描述', '智能分拣需求,描述'].join('\n'), 'utf8');
    const created = await upload(huaibei, csv, 'needs.csv', 'needs').expect(201);
    await runner.runUntilIdle();
    const failed = await job(created.body.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'MISSING_COLUMNS' } });
    expect(failed.error.message).toContain('需求单位统一社会信用代码');
    expect(failed.error.message).toContain('技术领域');
    await request(t.http).post(`/api/imports/${created.body.id}/commit`).set(bearer(huaibei.accessToken)).expect(409);
  });

  it('imports needs from CSV and cancels a queued job', async () => {
    const header = COLUMNS.needs.map((s) => s.header);
    const line = (title: string) =>
      csvLine([
        title,
        '退役锂电池快速分选',
        enterprise.org.creditCode,
        '',
        '新能源与高效节能',
        '',
        '新能源',
        '10000',
        '50000.5',
        '2026-12-31',
        '合作开发、技术服务',
        '锂电池',
        '李经理',
        '13900000000',
      ]);
    const csv = Buffer.from(
      `\uFEFF${[csvLine(header), line('动力电池梯次利用检测需求'), line('光伏组件回收需求')].join('\r\n')}\r\n`,
      'utf8',
    );
    const { committed } = await dryRunAndCommit(csv, 'needs.csv', 'needs');
    expect(committed).toMatchObject({ status: 'committed', importedRows: 2, skippedRows: 0 });
    const [need] = await ds.query(
      `SELECT budget_min_fen, budget_max_fen, cooperation_modes, region_code, status FROM tech_need WHERE title = '动力电池梯次利用检测需求'`,
    );
    expect(need).toEqual({
      budget_min_fen: '1000000',
      budget_max_fen: '5000050',
      cooperation_modes: ['cooperative_development', 'service'],
      region_code: '340602',
      status: 'published',
    });

    const queued = await upload(huaibei, csv, 'needs-again.csv', 'needs').expect(201);
    const cancelled = await request(t.http)
      .post(`/api/imports/${queued.body.id}/cancel`)
      .set(bearer(huaibei.accessToken))
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await runner.runUntilIdle()).toBe(0);
    expect(
      (await request(t.http).post(`/api/imports/${queued.body.id}/cancel`).set(bearer(huaibei.accessToken)).expect(409))
        .body.code,
    ).toBe('IMPORT_INVALID_STATE');
  });

  it('stops a running job between batches when cancelled, keeping what was committed', async () => {
    const created = await upload(huaibei, achievementsFile, 'again.xlsx', 'achievements').expect(201);
    // As if a worker had taken the job and died: running, with a stale heartbeat.
    await ds.query(
      `UPDATE import_job SET status = 'validating', heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
      [created.body.id],
    );
    const asked = await request(t.http)
      .post(`/api/imports/${created.body.id}/cancel`)
      .set(bearer(huaibei.accessToken))
      .expect(200);
    expect(asked.body).toMatchObject({ status: 'validating', cancelRequested: true });
    expect(await runner.runUntilIdle()).toBe(1);
    expect(await job(created.body.id)).toMatchObject({ status: 'cancelled', progress: { rowsDone: 0 } });
  });

  it('imports historical contracts from GB18030 exactly like the UTF-8 twin, into the statistics as source import', async () => {
    const header = COLUMNS.contracts.map((s) => s.header);
    const types = ['技术开发/委托开发', '技术服务/技术培训', 'licence.exclusive', '技术咨询'];
    const lines = [csvLine(header)];
    let contractFen = 0n;
    let techFen = 0n;
    for (let i = 1; i <= 30; i++) {
      const c = 100000 + i * 1000;
      const tech = c - 5000;
      contractFen += BigInt(c) * 100n + 50n;
      techFen += BigInt(tech) * 100n;
      lines.push(
        csvLine([
          `3406002024${String(i).padStart(6, '0')}`,
          `淮北矿业固废综合利用技术合同${i}`,
          types[i % 4]!,
          i % 2 ? '环境保护与资源综合利用' : '05',
          '淮北矿业新材料科技有限公司',
          '',
          '濉溪县',
          '临沂智能装备制造有限公司',
          '',
          '临沂市',
          '',
          `${c}.50`,
          `${tech}`,
          '2024-03-01',
          `2024-0${(i % 9) + 1}-15`,
        ]),
      );
    }
    const text = `${lines.join('\n')}\n`;
    const utf8 = Buffer.from(text, 'utf8');
    const gb = iconv.encode(text, 'gb18030');
    expect(gb.equals(utf8)).toBe(false);

    const gbJob = await upload(huaibei, gb, '合同登记台账.csv', 'contracts').expect(201);
    const utfJob = await upload(huaibei, utf8, '合同登记台账-utf8.csv', 'contracts').expect(201);
    expect([gbJob.body.encoding, utfJob.body.encoding]).toEqual(['gb18030', 'utf-8']);
    await runner.runUntilIdle();
    const [gbDry, utfDry] = [await job(gbJob.body.id), await job(utfJob.body.id)];
    expect([gbDry.validRows, gbDry.problemRows]).toEqual([30, 0]);
    expect([utfDry.validRows, utfDry.problemRows]).toEqual([30, 0]);

    await request(t.http).post(`/api/imports/${gbJob.body.id}/commit`).set(bearer(huaibei.accessToken)).expect(202);
    await runner.runUntilIdle();
    expect(await job(gbJob.body.id)).toMatchObject({ status: 'committed', importedRows: 30 });
    const rows = await ds.query(
      `SELECT registration_no, title, seller_name, contract_subtype_code, buyer_region_code, registry_region_code FROM imported_contract WHERE import_job_id = $1 ORDER BY registration_no`,
      [gbJob.body.id],
    );
    expect(rows[0]).toEqual({
      registration_no: '3406002024000001',
      title: '淮北矿业固废综合利用技术合同1',
      seller_name: '淮北矿业新材料科技有限公司',
      contract_subtype_code: 'service.training',
      buyer_region_code: '371300',
      registry_region_code: '340600',
    });

    // The UTF-8 twin holds the very same contracts: committing it adds none.
    await request(t.http).post(`/api/imports/${utfJob.body.id}/commit`).set(bearer(huaibei.accessToken)).expect(202);
    await runner.runUntilIdle();
    expect(await job(utfJob.body.id)).toMatchObject({ status: 'committed', importedRows: 0, skippedRows: 30 });
    expect((await ds.query(`SELECT count(*)::int AS n FROM imported_contract`))[0].n).toBe(30);

    const ledger = await ds.query(`SELECT DISTINCT source, entry_kind FROM stats_ledger`);
    expect(ledger).toEqual([{ source: 'import', entry_kind: 'certified' }]);
    const [{ linked }] = await ds.query(
      `SELECT count(*)::int AS linked FROM stats_ledger l JOIN imported_contract c ON c.id = l.contract_id WHERE c.import_job_id = $1`,
      [gbJob.body.id],
    );
    expect(linked).toBe(30);
    const summary = await request(t.http)
      .get('/api/stats/summary')
      .query({ region: '340600', period: '2024', perspective: 'registered' })
      .set(bearer(huaibei.accessToken))
      .expect(200);
    expect(summary.body.total).toEqual({
      count: 30,
      contractAmountFen: contractFen.toString(),
      techAmountFen: techFen.toString(),
    });
    const output = await request(t.http)
      .get('/api/stats/summary')
      .query({ region: '340600', period: '2024', perspective: 'output' })
      .set(bearer(huaibei.accessToken))
      .expect(200);
    expect(output.body.total.count).toBe(30);
  });
  it('an imported achievement alerts the owner of a matching open need, exactly like a published one', async () => {
    await ds.query(`UPDATE organization SET review_listings = false WHERE id = $1`, [huaibei.org.id]);
    const publish = async (who: TestOrg, kind: 'needs' | 'achievements', body: Record<string, unknown>) => {
      const created = await request(t.http)
        .post(`/api/listings/${kind}`)
        .set(bearer(who.accessToken))
        .send(body)
        .expect(201);
      const submitted = await request(t.http)
        .post(`/api/listings/${kind}/${created.body.id}/submit`)
        .set(bearer(who.accessToken))
        .send({ version: 1 })
        .expect(200);
      expect(submitted.body.status).toBe('published');
      return created.body.id as string;
    };
    const needId = await publish(enterprise, 'needs', {
      title: '锂电池正极材料循环寿命提升',
      description: '我公司生产动力锂电池，需要提高高镍正极材料的循环寿命和热稳定性，寻求成熟的正极材料包覆改性技术。',
      techFieldCode: '06',
      budgetMaxFen: 50_000_000,
      cooperationModes: ['transfer'],
    });
    await jobRunner.drainUntilIdle();
    const achievement = {
      title: '高镍锂电池正极材料氧化铝包覆改性技术',
      description:
        '采用原子层沉积氧化铝包覆高镍锂电池正极材料，显著提高正极材料的循环寿命与热稳定性，抑制电解液副反应，已完成中试。',
      keywords: ['锂电池', '正极材料', '包覆改性'],
    };
    const publishedId = await publish(uni2, 'achievements', {
      ...achievement,
      techFieldCode: '06',
      achievementType: 'applied',
      trl: 7,
      transferModes: ['transfer', 'licence'],
      priceFen: 30_000_000,
    });
    const record: Record<string, string> = {
      ...achievement,
      keywords: achievement.keywords.join('、'),
      ownerCreditCode: uni1.org.creditCode,
      techField: '06',
      achievementType: '应用技术',
      trl: '7',
      transferModes: '转让、许可',
      price: '300000',
    };
    const specs = COLUMNS.achievements;
    const csv = Buffer.from(
      `${csvLine(specs.map((c) => c.header))}\n${csvLine(specs.map((c) => record[c.key] ?? ''))}\n`,
      'utf8',
    );
    const { committed } = await dryRunAndCommit(csv, '单项成果.csv', 'achievements');
    expect(committed).toMatchObject({ status: 'committed', importedRows: 1 });
    const [{ id: importedId }] = await ds.query(`SELECT id FROM achievement WHERE org_id = $1 AND title = $2`, [
      uni1.org.id,
      achievement.title,
    ]);
    await jobRunner.drainUntilIdle();

    // The same events and deliveries (queues, topics, keys, at the listing's version) and the same lifecycle stamps.
    const shape = async (id: string) => ({
      row: (
        await ds.query(
          `SELECT status, published_at IS NOT NULL AS published, first_published_at = published_at AS first, submitted_at IS NOT NULL AS submitted FROM achievement WHERE id = $1`,
          [id],
        )
      )[0],
      jobs: await ds.query(
        `SELECT queue, topic, replace(key, $1, 'ID') AS key, done_at IS NOT NULL AS done,
                topic <> 'listing.changed' OR (payload->>'version')::int = (SELECT version FROM achievement WHERE id = $1::uuid) AS current
           FROM job WHERE payload->>'id' = $1 ORDER BY queue COLLATE "C", topic`,
        [id],
      ),
    });
    const [imported, published] = [await shape(importedId), await shape(publishedId)];
    expect(imported).toEqual(published);
    expect(imported.jobs.map((j: { queue: string; topic: string }) => `${j.queue} ${j.topic}`)).toEqual([
      '@events listing.changed',
      '@events listing.indexed',
      'exchange.listing-feed listing.changed',
      'listings.search-index listing.changed',
      'matching.alerts listing.indexed',
    ]);

    // Both alert the need's owner, once each.
    const alerts = await ds.query(
      `SELECT achievement_id, triggered_by, notified_org_id FROM match_alert WHERE need_id = $1 AND achievement_id = ANY($2) ORDER BY achievement_id`,
      [needId, [importedId, publishedId]],
    );
    expect(alerts).toEqual(
      [importedId, publishedId]
        .sort()
        .map((achievement_id) => ({ achievement_id, triggered_by: 'achievement', notified_org_id: enterprise.org.id })),
    );
    const inbox = (
      await request(t.http)
        .get('/api/notifications')
        .query({ pageSize: 100 })
        .set(bearer(enterprise.accessToken))
        .expect(200)
    ).body.items;
    expect(
      inbox
        .filter((n: { payload: { needId?: string } }) => n.payload.needId === needId)
        .map((n: { link: string }) => n.link)
        .sort(),
    ).toEqual([`/listings/achievement/${importedId}`, `/listings/achievement/${publishedId}`].sort());
  });

  it('two commits of the same file running at once insert every listing exactly once', async () => {
    const specs = COLUMNS.achievements;
    const record = (i: number): Record<string, string> => ({
      title: `并发导入成果${i}号`,
      description: '两个导入任务同时提交同一文件',
      ownerCreditCode: uni1.org.creditCode,
      techField: '05',
      achievementType: '应用技术',
      trl: '5',
      transferModes: '许可',
      negotiable: '是',
    });
    const lines = [
      csvLine(specs.map((c) => c.header)),
      ...Array.from({ length: 250 }, (_, i) => csvLine(specs.map((c) => record(i)[c.key] ?? ''))),
    ];
    const csv = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    const jobs = [
      (await upload(huaibei, csv, 'concurrent-a.csv', 'achievements').expect(201)).body.id,
      (await upload(huaibei, csv, 'concurrent-b.csv', 'achievements').expect(201)).body.id,
    ];
    expect(await runner.runUntilIdle()).toBe(2);
    for (const id of jobs)
      await request(t.http).post(`/api/imports/${id}/commit`).set(bearer(huaibei.accessToken)).expect(202);
    // Two workers, one job each, their batches (100 rows) interleaving.
    expect(await Promise.all([runner.runOnce(), runner.runOnce()])).toEqual([true, true]);
    const done = [await job(jobs[0]), await job(jobs[1])];
    expect(done.map((j) => j.status)).toEqual(['committed', 'committed']);
    expect(done[0].importedRows + done[1].importedRows).toBe(250);
    expect(done[0].skippedRows + done[1].skippedRows).toBe(250);
    const [{ n, titles }] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT title)::int AS titles FROM achievement WHERE org_id = $1 AND title LIKE '并发导入成果%'`,
      [uni1.org.id],
    );
    expect([n, titles]).toEqual([250, 250]);
  });
});
