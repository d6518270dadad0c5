import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { StatisticsLedger, StatsExportService, type LedgerEntry } from '../libs/statistics/src/index.js';
import { permissionsOf, type Principal } from '../libs/shared/auth/index.js';
import { DataSource } from 'typeorm';
import { statsWorld, type StatsWorld } from './factories/stats-world.factory.js';
import type { TestOrg } from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, binary } from './http.js';

const xlsxOf = (body: unknown) => body as ExcelJS.Buffer;

/** XLSX and CSV exports of summaries and contract lists: what opens, what is text, how many at once. */
describe('statistics exports (e2e)', () => {
  let t: TestApp, ds: DataSource, huaibei: TestOrg, platform: TestOrg, naive: StatsWorld['naive'];

  beforeAll(async () => {
    ({ t, ds, huaibei, platform, naive } = await statsWorld());
  }, 60_000);
  afterAll(() => t.close());

  it('exports an XLSX that opens with the right totals, hierarchy, merged headers and a Chinese file name', async () => {
    const res = await api(t, huaibei)
      .get('/api/stats/summary/export', { region: '340600', period: '2025' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('淮北市2025年技术合同统计.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxOf(res.body));
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('淮北市2025年');
    expect(ws.getCell('B2').value).toContain('吸纳');
    expect((ws as unknown as { _merges: Record<string, unknown> })._merges).toHaveProperty('B2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getCell('A4').value).toBe('淮北市');
    expect(ws.getCell('A5').alignment?.indent).toBe(1);
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    const absorption = await naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01');
    const output = await naive('seller_region_code', '340600', '2025-01-01', '2026-01-01');
    expect(last.getCell(2).value).toBe(absorption.count);
    expect(Math.round(Number(last.getCell(3).value) * 100)).toBe(
      Math.round(Number(BigInt(absorption.fen) / 100n) / 100),
    );
    expect(last.getCell(3).numFmt).toBe('#,##0.00');
    expect(last.getCell(5).value).toBe(output.count);
    // The county rows add up to the city row.
    const counties = [5, 6, 7, 8].map((r) => Number(ws.getRow(r).getCell(2).value));
    expect(counties.reduce((a, b) => a + b, 0)).toBe(Number(ws.getCell('B4').value));
  });

  it('exports contracts with a formula-looking name as text, in XLSX and CSV with BOM', async () => {
    const name = '=HYPERLINK("http://evil.example/x","点我")';
    const entry: LedgerEntry = {
      contractId: randomUUID(),
      registrationNo: 'E2E-HYPERLINK',
      entryKind: 'certified',
      source: 'platform',
      effectiveDate: '2026-02-10',
      sellerRegionCode: '340602',
      buyerRegionCode: '340603',
      registryRegionCode: '340602',
      contractTypeCode: 'development',
      contractSubtypeCode: 'development.commissioned',
      techFieldCode: '01',
      countDelta: 1,
      contractAmountFen: '123456789',
      techAmountFen: '100000000',
      contractName: name,
      sellerName: '@卖方',
      buyerName: '+买方',
    };
    // The export reads batches as one text with U+001E/U+001F separators: free text holding them
    // must neither shift cells nor split rows (they are XML-forbidden, so they are dropped).
    const separated: LedgerEntry = {
      ...entry,
      contractId: randomUUID(),
      registrationNo: 'E2E-SEP\u001fARATORS',
      contractName: '分隔\u001f符\u001e合同',
      sellerName: '卖\u001e方',
      buyerName: '买方',
      entryKind: 'certified',
      contractAmountFen: '5000000',
      techAmountFen: '0',
    };
    await ds.transaction((em) => t.app.get(StatisticsLedger).append(em, [entry, separated]));
    const xlsx = await api(t, huaibei)
      .get('/api/stats/contracts/export', { region: '340600', period: '2026-02', perspective: 'absorption' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    // RFC 6266 / 5987: the Chinese name with region and period in filename*, an ASCII fallback.
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="contracts-340600-2026-02-absorption.xlsx"; filename*=UTF-8''${encodeURIComponent('淮北市2026年2月技术合同明细（吸纳）.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxOf(xlsx.body));
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getCell('A2').value).toBe('登记号');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    const row = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === 'E2E-HYPERLINK')!;
    expect(row.getCell(15).numFmt).toBe('#,##0.00');
    expect(row.getCell(5).value).toBe(`'${name}`);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).value).toBe("'@卖方");
    expect(row.getCell(15).value).toBeCloseTo(123.456789, 6);
    const [{ seller, buyer }] = await ds.query(
      `SELECT (SELECT name FROM region WHERE code = '340602') AS seller, (SELECT name FROM region WHERE code = '340603') AS buyer`,
    );
    expect([
      row.getCell(2).value,
      row.getCell(3).value,
      row.getCell(4).value,
      row.getCell(7).value,
      row.getCell(9).value,
    ]).toEqual(['认定登记', '平台', '2026-02-10', seller, buyer]);
    expect([row.getCell(11).value, row.getCell(12).value, row.getCell(14).value]).toEqual(['技术开发', '委托开发', 1]);
    const sep = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === 'E2E-SEPARATORS')!;
    expect([
      sep.getCell(5).value,
      sep.getCell(6).value,
      sep.getCell(8).value,
      sep.getCell(9).value,
      sep.getCell(15).value,
    ]).toEqual(['分隔符合同', '卖方', '买方', buyer, 5]);
    const expected = await naive('buyer_region_code', '340600', '2026-02-01', '2026-03-01');
    expect(ws.rowCount - 2).toBe(
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM stats_ledger WHERE buyer_region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = '340600') AND effective_date >= '2026-02-01' AND effective_date < '2026-03-01'`,
        )
      )[0].n,
    );
    expect(expected.count).toBeGreaterThan(0);

    const csv = await api(t, huaibei)
      .get('/api/stats/contracts/export', {
        region: '340600',
        period: '2026-02',
        perspective: 'absorption',
        format: 'csv',
      })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/x"",""点我"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain(`E2E-SEPARATORS,认定登记,平台,2026-02-10,分隔符合同,卖方,${seller},买方,${buyer},`);
  });

  it('runs at most two full contract exports at once: a third answers 429 with a code, not an attachment', async () => {
    const principal: Principal = {
      userId: platform.user.id,
      orgId: platform.org.id,
      orgType: 'platform',
      orgVerified: true,
      regionCode: '110000',
      roles: ['platform_admin'],
      permissions: permissionsOf({ roles: ['platform_admin'], orgType: 'platform', orgVerified: true }),
    };
    const exports = t.app.get(StatsExportService);
    // Two exports whose client takes nothing: they stay open and hold their slots.
    const stalled = [0, 1].map(() => new Writable({ highWaterMark: 1, write: () => undefined }));
    const files = await Promise.all(
      [0, 1].map((i) =>
        exports.contracts(principal, { period: '2021..2026', perspective: 'output' }, i ? 'csv' : 'xlsx'),
      ),
    );
    // Not awaited: they end (rejected) only when their clients go away below.
    const running = files.map((f, i) =>
      f.write(stalled[i]!).then(
        () => 'finished',
        () => 'stopped',
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    const busy = await api(t, huaibei)
      .get('/api/stats/contracts/export', { region: '340600', period: '2026-02', perspective: 'absorption' })
      .expect(429);
    expect(busy.body).toMatchObject({ statusCode: 429, code: 'STATS_EXPORT_BUSY' });
    expect(busy.headers['content-disposition']).toBeUndefined();
    expect(busy.headers['content-type']).toContain('application/json');
    // The clients go away: the slots are freed and the next export runs.
    for (const out of stalled) out.destroy();
    expect(await Promise.all(running)).toEqual(['stopped', 'stopped']);
    await api(t, huaibei)
      .get('/api/stats/contracts/export', {
        region: '340600',
        period: '2026-02',
        perspective: 'absorption',
        format: 'csv',
      })
      .expect(200);
  });

  it('exports the summary as CSV with BOM and a totals row', async () => {
    const res = await api(t, platform)
      .get('/api/stats/summary/export', { region: '341600', period: '2025', perspective: 'absorption', format: 'csv' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const lines = (res.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('地区,吸纳合同数（项）,吸纳合同成交额（万元）,吸纳技术交易额（万元）');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="stats-341600-2025.csv"; filename*=UTF-8''${encodeURIComponent('亳州市2025年技术合同统计.csv')}`,
    );
    const total = lines[lines.length - 1]!.split(',');
    const expected = await naive('buyer_region_code', '341600', '2025-01-01', '2026-01-01');
    expect(total[0]).toBe('合计');
    expect(Number(total[1])).toBe(expected.count);
    expect(lines.some((l) => l.startsWith('\u3000利辛县,'))).toBe(true);
  });
});
