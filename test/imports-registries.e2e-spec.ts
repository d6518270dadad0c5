import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { COLUMNS } from '../libs/imports/src/index.js';
import { createBureauStaff, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { importDriver, type ImportDriver } from './factories/import.factory.js';
import { api, binary } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Registry entries (高企, 科小, 中试基地, 科技特派员 …) imported from the downloaded template, counted by the plan targets at once. */
describe('bulk import: registry entries (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let importDir: string;
  let imports: ImportDriver;
  let huaibei: TestOrg; // bureau of 淮北 (340600)

  const target = async (code: string, asOf: string) =>
    (await api(t, huaibei).get('/api/stats/targets', { asOf }).expect(200)).body.items.find(
      (i: { indicatorCode: string }) => i.indicatorCode === code,
    );

  /** The template as a bureau downloads it, filled with `rows` (records keyed like COLUMNS.registries). */
  async function filledTemplate(rows: Record<string, unknown>[]): Promise<Buffer> {
    const res = await api(t, huaibei).get('/api/imports/templates/registries').buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never); // exceljs declares its own Buffer type
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名录', '说明', '行政区划']);
    const notes = wb.getWorksheet('说明')!;
    const noteText = notes.getSheetValues().flat().join(' ');
    expect(noteText).toContain('高新技术企业证书编号');
    expect(noteText).toContain('按“类别 + 证书编号/入库编号”识别');
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([
      '名录类别*',
      '名称*',
      '所在地区*',
      '统一社会信用代码',
      '证书编号/入库编号',
      '认定日期*',
      '有效期至',
      '服务的县区或企业',
    ]);
    const specs = COLUMNS.registries;
    rows.forEach((rec, i) => {
      const row = sheet.getRow(i + 2);
      specs.forEach((s, c) => {
        const v = rec[s.key];
        if (v === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = v as ExcelJS.CellValue;
        // The template's columns are text ('@'); a real date cell carries its own date format.
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      row.commit();
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'tm-imports-'));
    t = await createTestApp({ IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: '10' });
    ds = t.app.get(DataSource);
    huaibei = await createBureauStaff(t, '340600');
    imports = importDriver(t, huaibei);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(importDir, { recursive: true, force: true });
  });

  it('checks every row by the entry form’s rules, imports the good ones once, and the 高企 target counts them at once', async () => {
    // One certificate already entered through the form: the file's row for it is a duplicate.
    await api(t, huaibei)
      .post('/api/registry-entries', {
        kind: 'high_tech_enterprise',
        regionCode: '340602',
        name: '淮北已登记高企有限公司',
        certificateNo: 'GR202334000999',
        recognisedOn: '2023-12-08',
      })
      .expect(201);
    const before = await target('high_tech_enterprises', '2025-12-31');

    const good = [
      {
        kind: '高新技术企业',
        name: '淮北矿业新材料科技有限公司',
        region: '杜集区',
        creditCode: randomCreditCode('340602'),
        certificateNo: 'GR202434000101',
        recognisedOn: new Date(Date.UTC(2024, 10, 20)),
      },
      {
        kind: '高新技术企业',
        name: '濉溪智能装备有限公司',
        region: '340621',
        certificateNo: 'GR202534000102',
        recognisedOn: '2025年3月1日',
        validUntil: '2028-02-28',
      },
      {
        kind: '科技型中小企业',
        name: '相山软件有限公司',
        region: '相山区',
        certificateNo: '2024340603A0001',
        recognisedOn: '2024/5/6',
      },
      { kind: '中试基地', name: '淮北新材料中试基地', region: '340600', recognisedOn: '2024-06-01' },
      { kind: '科技特派员', name: '张伟', region: '濉溪县', recognisedOn: '2025-03-01', host: '濉溪县百善镇' },
    ];
    const bad: [Record<string, unknown>, string, string][] = [
      [
        {
          kind: '高新企业',
          name: '未知类别公司',
          region: '杜集区',
          certificateNo: 'GR202434000201',
          recognisedOn: '2024-01-02',
        },
        '名录类别',
        'UNKNOWN_REGISTRY_KIND',
      ],
      [
        {
          kind: '高新技术企业',
          name: '利辛某公司',
          region: '利辛县',
          certificateNo: 'GR202434000202',
          recognisedOn: '2024-01-02',
        },
        '所在地区',
        'REGION_OUT_OF_SCOPE',
      ],
      [
        { kind: '高新技术企业', name: '无证书公司', region: '杜集区', recognisedOn: '2024-01-02' },
        '证书编号/入库编号',
        'REQUIRED',
      ],
      [
        {
          kind: '高新技术企业',
          name: '重复证书公司',
          region: '杜集区',
          certificateNo: 'GR202434000101',
          recognisedOn: '2024-01-02',
        },
        '证书编号/入库编号',
        'DUPLICATE_IN_FILE',
      ],
      [
        {
          kind: '高新技术企业',
          name: '淮北已登记高企有限公司',
          region: '杜集区',
          certificateNo: 'GR202334000999',
          recognisedOn: '2023-12-08',
        },
        '证书编号/入库编号',
        'DUPLICATE_IN_DATABASE',
      ],
      [
        { kind: '科技特派员', name: '李娜', region: '濉溪县', recognisedOn: '2025-03-01' },
        '服务的县区或企业',
        'REQUIRED',
      ],
      [
        {
          kind: '高新技术企业',
          name: '信用代码错公司',
          region: '杜集区',
          creditCode: '91340600MA2TEST00X',
          certificateNo: 'GR202434000203',
          recognisedOn: '2024-01-02',
        },
        '统一社会信用代码',
        'BAD_CREDIT_CODE',
      ],
      [{ kind: '中试基地', name: '未来基地', region: '杜集区', recognisedOn: '2099-01-01' }, '认定日期', 'BAD_DATE'],
    ];
    const file = await filledTemplate([...good, ...bad.map((b) => b[0])]);

    const created = await imports.upload(file, '名录导入.xlsx', 'registries').expect(201);
    expect(created.body.kind).toBe('registries');
    await imports.run();
    const validated = await imports.job(created.body.id);
    expect(validated).toMatchObject({ status: 'validated', validRows: good.length, problemRows: bad.length });
    const problems = await imports.problems(created.body.id, 'dry_run');
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual(
      bad.map(([, column, code], i) => [good.length + i + 2, column, code]),
    );
    expect(problems.find((p) => p.code === 'DUPLICATE_IN_FILE')!.message).toBe('与第 2 行重复');
    expect(problems.find((p) => p.code === 'UNKNOWN_REGISTRY_KIND')!.message).toContain('高新技术企业、科技型中小企业');
    // Users read Chinese only: no codes in the messages (a cell's own text may be quoted).
    for (const p of problems) expect(p.message).not.toMatch(/[a-z_]{3,}|[A-Z]+_[A-Z]+/);
    // The dry run writes nothing.
    expect(Number((await target('high_tech_enterprises', '2025-12-31')).actual)).toBe(Number(before.actual));

    await imports.commit(created.body.id);
    await imports.run();
    expect(await imports.job(created.body.id)).toMatchObject({
      status: 'committed',
      importedRows: good.length,
      skippedRows: bad.length,
    });
    const rows: Record<string, string | null>[] = await ds.query(
      `SELECT kind, region_code, name, certificate_no, recognised_on::text AS recognised_on, valid_until::text AS valid_until, host
         FROM registry_entry WHERE name = ANY($1::text[]) ORDER BY recognised_on, name`,
      [good.map((g) => g.name)],
    );
    expect(rows).toEqual([
      {
        kind: 'tech_sme',
        region_code: '340603',
        name: '相山软件有限公司',
        certificate_no: '2024340603A0001',
        recognised_on: '2024-05-06',
        valid_until: '2025-05-05',
        host: null,
      },
      {
        kind: 'pilot_base',
        region_code: '340600',
        name: '淮北新材料中试基地',
        certificate_no: null,
        recognised_on: '2024-06-01',
        valid_until: null,
        host: null,
      },
      {
        kind: 'high_tech_enterprise',
        region_code: '340602',
        name: '淮北矿业新材料科技有限公司',
        certificate_no: 'GR202434000101',
        recognised_on: '2024-11-20',
        valid_until: '2027-11-19',
        host: null,
      },
      {
        kind: 'sci_tech_commissioner',
        region_code: '340621',
        name: '张伟',
        certificate_no: null,
        recognised_on: '2025-03-01',
        valid_until: null,
        host: '濉溪县百善镇',
      },
      {
        kind: 'high_tech_enterprise',
        region_code: '340621',
        name: '濉溪智能装备有限公司',
        certificate_no: 'GR202534000102',
        recognised_on: '2025-03-01',
        valid_until: '2028-02-28',
        host: null,
      },
    ]);
    // The two 高企 count toward 淮北's 累计培育 target at once (same table, no refresh).
    const after = await target('high_tech_enterprises', '2025-12-31');
    expect(Number(after.actual)).toBe(Number(before.actual) + 2);
    const listed = await api(t, huaibei).get('/api/registry-entries', { kind: 'tech_sme' }).expect(200);
    expect(listed.body.items.map((e: { name: string }) => e.name)).toContain('相山软件有限公司');

    // The same file again: every good row is recognised (certificate, or kind + region + name + date), nothing new.
    const again = await imports.dryRunAndCommit(file, '名录导入-再次.xlsx', 'registries');
    expect(again.validated).toMatchObject({ validRows: 0, problemRows: good.length + bad.length });
    expect(again.committed).toMatchObject({ status: 'committed', importedRows: 0 });
    const dup = await imports.problems(again.committed.id, 'dry_run');
    expect(dup.filter((p) => p.row <= good.length + 1).map((p) => p.code)).toEqual(
      good.map(() => 'DUPLICATE_IN_DATABASE'),
    );
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM registry_entry WHERE name = ANY($1::text[])`, [
      good.map((g) => g.name),
    ]);
    expect(n).toBe(good.length);
    expect(Number((await target('high_tech_enterprises', '2025-12-31')).actual)).toBe(Number(after.actual));
  });

  it('keeps another bureau out of the import and its entries', async () => {
    const lixin = await createBureauStaff(t, '341623');
    const file = await filledTemplate([
      {
        kind: '高新技术企业',
        name: '越权公司',
        region: '杜集区',
        certificateNo: 'GR202434000301',
        recognisedOn: '2024-01-02',
      },
    ]);
    const job = await importDriver(t, lixin).upload(file, '名录.xlsx', 'registries').expect(201);
    await imports.run();
    const problems = await importDriver(t, lixin).problems(job.body.id, 'dry_run');
    expect(problems.map((p) => p.code)).toEqual(['REGION_OUT_OF_SCOPE']);
    await api(t, huaibei).get(`/api/imports/${job.body.id}`).expect(403);
  });
});
