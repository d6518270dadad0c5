import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { COLUMNS, ImportRunner } from '../libs/imports/src/index.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { achievementRecord, csvLine, importDriver, xlsxFile, type ImportDriver } from './factories/import.factory.js';
import { api, refused, binary } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Bulk import: templates, refused and oversized files, missing columns, cancelling, concurrent commits. */
describe('bulk import: files, limits and jobs (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let runner: ImportRunner;
  let importDir: string;
  let imports: ImportDriver;
  let huaibei: TestOrg; // bureau of 淮北 (340600)
  let uni: TestOrg; // 濉溪县 340621
  let enterprise: TestOrg; // 杜集区 340602

  /** A small valid achievements workbook of `uni`. */
  const smallWorkbook = () =>
    xlsxFile(
      COLUMNS.achievements.map((c) => c.header),
      Array.from({ length: 20 }, (_, i) =>
        COLUMNS.achievements.map((c) => achievementRecord(uni, { title: `小文件成果${i}号` })[c.key] ?? ''),
      ),
    );

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-'));
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '100', IMPORT_MAX_MB: '1' });
    ds = t.app.get(DataSource);
    runner = t.app.get(ImportRunner);
    [huaibei, uni, enterprise] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    ]);
    imports = importDriver(t, huaibei);
  });
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('serves a template per kind with Chinese headers and a 说明 sheet naming the code tables', async () => {
    const res = await api(t, huaibei).get('/api/imports/templates/achievements').buffer(true).parse(binary).expect(200);
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
    await api(t, huaibei).get('/api/imports/templates/contracts').expect(200);
    expect((await api(t, huaibei).get('/api/imports/templates/patents').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('refuses a truncated XLSX, a PNG named .xlsx and binary CSV with 400 and a code; no job is created', async () => {
    const workbook = await smallWorkbook();
    const truncated = await imports
      .upload(workbook.subarray(0, Math.floor(workbook.length / 2)), 'cut.xlsx', 'achievements')
      .expect(400);
    expect(truncated.body.code).toBe('IMPORT_FILE_TRUNCATED');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR\0\0\0\x10'),
    ]);
    await refused(imports.upload(png, 'photo.xlsx', 'achievements'), 400, 'IMPORT_FILE_NOT_SPREADSHEET');
    await refused(imports.upload(png, 'photo.csv', 'needs'), 400, 'IMPORT_FILE_NOT_TEXT');
    await refused(imports.upload(Buffer.alloc(0), 'empty.csv', 'needs'), 400, 'IMPORT_FILE_EMPTY');
    await refused(api(t, huaibei).post('/api/imports').field('kind', 'needs'), 400, 'IMPORT_FILE_MISSING');
    // Not a form at all, a file under another field name, an unknown kind: 4xx with a code, never 500.
    const json = await api(t, huaibei).post('/api/imports', { kind: 'needs' });
    expect([400, 415]).toContain(json.status);
    expect(json.body.code).toEqual(expect.any(String));
    const otherField = await api(t, huaibei)
      .post('/api/imports')
      .field('kind', 'needs')
      .attach('upload', Buffer.from('a,b\n'), 'x.csv');
    expect(otherField.status).toBeGreaterThanOrEqual(400);
    expect(otherField.status).toBeLessThan(500);
    expect(otherField.body.code).toEqual(expect.any(String));
    const unknownKind = await imports.upload(Buffer.from('a,b\n'), 'x.csv', 'patents').expect(400);
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
    const declared = await imports.upload(big, 'big-declared.csv', 'needs').expect(413);
    expect(declared.body).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', details: { maxBytes: 1024 * 1024 } });
    // Chunked, no length known in advance: stopped at the limit while it streams.
    const chunks = Array.from({ length: 32 }, (_, i) =>
      big.subarray((i * big.length) / 32, ((i + 1) * big.length) / 32),
    );
    const streamed = await api(t, huaibei)
      .post('/api/imports')
      .field('kind', 'needs')
      // Any stream is sent chunked (superagent's types name only fs.ReadStream).
      .attach('file', Readable.from(chunks) as never, { filename: 'big-streamed.csv', contentType: 'text/csv' })
      .expect(413);
    expect(
      (streamed as unknown as { req: { getHeader(name: string): unknown } }).req.getHeader('content-length'),
    ).toBeUndefined();
    expect(streamed.body.code).toBe('IMPORT_FILE_TOO_LARGE');
    // Nothing half-written, and every stored file belongs to a job.
    expect(readdirSync(join(importDir, '.partial'))).toEqual([]);
    const keys = new Set(
      ((await ds.query(`SELECT file_key FROM import_job`)) as { file_key: string }[]).map((r) => r.file_key),
    );
    expect(readdirSync(importDir).filter((f) => f !== '.partial' && !keys.has(f))).toEqual([]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM import_job WHERE file_name LIKE 'big-%'`);
    expect(n).toBe(0);
    // Just under the limit is still taken.
    const fits = await imports
      .upload(
        Buffer.from(line.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(line))), 'utf8'),
        'fits.csv',
        'needs',
      )
      .expect(201);
    await api(t, huaibei).post(`/api/imports/${fits.body.id}/cancel`).expect(200);
  });

  it('fails a job whose file lacks a required column, naming the column', async () => {
    const csv = Buffer.from(['需求名称,需求描述', '智能分拣需求,描述'].join('\n'), 'utf8');
    const created = await imports.upload(csv, 'needs.csv', 'needs').expect(201);
    await imports.run();
    const failed = await imports.job(created.body.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'MISSING_COLUMNS' } });
    expect(failed.error.message).toContain('需求单位统一社会信用代码');
    expect(failed.error.message).toContain('技术领域');
    await api(t, huaibei).post(`/api/imports/${created.body.id}/commit`).expect(409);
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
    const { committed } = await imports.dryRunAndCommit(csv, 'needs.csv', 'needs');
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

    const queued = await imports.upload(csv, 'needs-again.csv', 'needs').expect(201);
    const cancelled = await api(t, huaibei).post(`/api/imports/${queued.body.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await imports.run()).toBe(0);
    await refused(api(t, huaibei).post(`/api/imports/${queued.body.id}/cancel`), 409, 'IMPORT_INVALID_STATE');
  });

  it('stops a running job between batches when cancelled, keeping what was committed', async () => {
    const created = await imports.upload(await smallWorkbook(), 'again.xlsx', 'achievements').expect(201);
    // As if a worker had taken the job and died: running, with a stale heartbeat.
    await ds.query(
      `UPDATE import_job SET status = 'validating', heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
      [created.body.id],
    );
    const asked = await api(t, huaibei).post(`/api/imports/${created.body.id}/cancel`).expect(200);
    expect(asked.body).toMatchObject({ status: 'validating', cancelRequested: true });
    expect(await imports.run()).toBe(1);
    expect(await imports.job(created.body.id)).toMatchObject({ status: 'cancelled', progress: { rowsDone: 0 } });
  });

  it('two commits of the same file running at once insert every listing exactly once', async () => {
    const specs = COLUMNS.achievements;
    const record = (i: number): Record<string, string> => ({
      title: `并发导入成果${i}号`,
      description: '两个导入任务同时提交同一文件',
      ownerCreditCode: uni.org.creditCode,
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
      (await imports.upload(csv, 'concurrent-a.csv', 'achievements').expect(201)).body.id,
      (await imports.upload(csv, 'concurrent-b.csv', 'achievements').expect(201)).body.id,
    ];
    expect(await imports.run()).toBe(2);
    for (const id of jobs) await api(t, huaibei).post(`/api/imports/${id}/commit`).expect(202);
    // Two workers, one job each, their batches (100 rows) interleaving.
    expect(await Promise.all([runner.runOnce(), runner.runOnce()])).toEqual([true, true]);
    const done = [await imports.job(jobs[0]), await imports.job(jobs[1])];
    expect(done.map((j) => j.status)).toEqual(['committed', 'committed']);
    expect(done[0].importedRows + done[1].importedRows).toBe(250);
    expect(done[0].skippedRows + done[1].skippedRows).toBe(250);
    const [{ n, titles }] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT title)::int AS titles FROM achievement WHERE org_id = $1 AND title LIKE '并发导入成果%'`,
      [uni.org.id],
    );
    expect([n, titles]).toEqual([250, 250]);
  });
});
