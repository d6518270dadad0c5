import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Writable } from 'node:stream';
import { StatisticsLedger, StatsExportService, type LedgerEntry } from '../libs/statistics/src/index.js';
import { permissionsOf, type Principal } from '../libs/shared/auth/index.js';
import { statisticsDemoLoader } from '../seeds/demo/statistics-demo.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, refused } from './http.js';

/** supertest parser that keeps the body as bytes (XLSX, CSV with BOM). */
const binary: Parameters<request.Test['parse']>[0] = (res, cb) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};
const xlsxOf = (body: unknown) => body as ExcelJS.Buffer;

describe('statistics API and exports (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let huaibei: TestOrg;
  let lixin: TestOrg;
  let dandong: TestOrg;
  let platform: TestOrg;
  let enterprise: TestOrg;

  /** The figure recomputed the slow way: straight from the ledger, no rollups. */
  async function naive(perspectiveCol: string, region: string, from: string, toExclusive: string) {
    const [row] = await ds.query(
      `SELECT coalesce(sum(count_delta), 0)::int AS count, coalesce(sum(contract_amount_fen), 0)::text AS fen, coalesce(sum(tech_amount_fen), 0)::text AS tech
       FROM stats_ledger WHERE ${perspectiveCol} IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = $1)
         AND effective_date >= $2 AND effective_date < $3`,
      [region, from, toExclusive],
    );
    return row as { count: number; fen: string; tech: string };
  }

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    await statisticsDemoLoader.load(ds);
    [huaibei, lixin, dandong, platform, enterprise] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '341623'),
      createBureauStaff(t, '210600'),
      createPlatformAdmin(t),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' }),
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('computes target progress for 淮北 (吸纳 100亿元 in 2025) from the demo ledger', async () => {
    const res = await api(t, huaibei).get('/api/stats/targets').expect(200);
    expect(res.body.region).toEqual({ code: '340600', name: '淮北市' });
    const item = res.body.items.find((x: { indicatorCode: string }) => x.indicatorCode === 'tech_contract_amount');
    const expected = await naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01');
    const fen = BigInt(expected.fen);
    expect(fen).toBeGreaterThan(0n);
    expect(item).toMatchObject({
      targetValue: '10000000000.00',
      targetYear: 2025,
      basis: { perspective: 'absorption', year: 2025, months: 12 },
      actual: `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`,
      projection: `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`,
    });
    expect(Number(item.percentReached)).toBeCloseTo((Number(fen) / 1e12) * 100, 1);
    expect(item.onTrack).toBe(fen > 1_000_000_000_000n);
    const other = res.body.items.find((x: { indicatorCode: string }) => x.indicatorCode === 'high_tech_enterprises');
    expect(other).toMatchObject({ actual: null, percentReached: null, reason: expect.any(String) });
  });

  it('computes target progress for 利辛县 (3亿元), mid-year with a straight-line projection', async () => {
    const res = await api(t, lixin).get('/api/stats/targets?asOf=2025-06-15').expect(200);
    const item = res.body.items.find((x: { indicatorCode: string }) => x.indicatorCode === 'tech_contract_amount');
    const expected = BigInt((await naive('buyer_region_code', '341623', '2025-01-01', '2025-07-01')).fen);
    expect(expected).toBeGreaterThan(0n);
    const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
    expect(item).toMatchObject({
      targetValue: '300000000.00',
      basis: { year: 2025, months: 6 },
      actual: yuan(expected),
      projection: yuan(expected * 2n),
    });
  });

  it('summary by child region equals the ledger, counties adding up to the city', async () => {
    const res = await api(t, huaibei)
      .get('/api/stats/summary', {
        region: '340600',
        period: '2025',
        perspective: 'absorption',
        groupBy: 'child-region',
      })
      .expect(200);
    const expected = await naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01');
    expect(res.body.total).toEqual({
      count: expected.count,
      contractAmountFen: expected.fen,
      techAmountFen: expected.tech,
    });
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['340602', '340603', '340604', '340621']);
    for (const r of res.body.rows) {
      const own = await naive('buyer_region_code', r.key, '2025-01-01', '2026-01-01');
      expect([r.count, r.contractAmountFen]).toEqual([own.count, own.fen]);
    }
    const q3 = await api(t, huaibei)
      .get('/api/stats/summary', { region: '340600', period: '2025-Q3', perspective: 'output', groupBy: 'type' })
      .expect(200);
    expect(q3.body.total.count).toBe((await naive('seller_region_code', '340600', '2025-07-01', '2025-10-01')).count);
  });

  it('answers flows and the matchmaking report within scope', async () => {
    const flows = await api(t, huaibei).get('/api/stats/flows?period=2025').expect(200);
    expect(flows.body.axis.some((a: { code: string; inside: boolean }) => a.code === '340602' && a.inside)).toBe(true);
    expect(flows.body.total.count).toBeGreaterThan(0);
    const mm = await api(t, huaibei).get('/api/stats/matchmaking?period=2025-Q2').expect(200);
    expect(mm.body.needsCollected).toEqual({ value: 0 });
    expect(mm.body.contractsByType.length).toBeGreaterThan(0);
  });

  it('counts needs collected and achievements registered by first publication, in the owner’s region subtree', async () => {
    const [uni, dandongFirm] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602' }),
    ]);
    const listing = async (
      table: 'tech_need' | 'achievement',
      org: TestOrg,
      title: string,
      status: string,
      publishedAt: string | null,
      submittedAt = publishedAt,
    ) => {
      const extra =
        table === 'achievement'
          ? { cols: ', achievement_type, trl, negotiable', vals: `, 'applied', 5, true` }
          : { cols: '', vals: '' };
      const [row] = await ds.query(
        `INSERT INTO ${table} (org_id, created_by, title, description, tech_field_code, region_code, status, submitted_at, published_at${extra.cols})
         VALUES ($1, $2, $3, '统计口径测试', '05', $4, $5, $6, $7${extra.vals}) RETURNING id`,
        [org.org.id, org.user.id, title, org.org.regionCode, status, submittedAt, publishedAt],
      );
      return row.id as string;
    };
    // China time: 2025-Q2 is [2025-04-01 00:00+08, 2025-07-01 00:00+08).
    await listing('tech_need', enterprise, '二季度第一天发布的需求', 'published', '2025-04-01T00:00:00+08:00');
    await listing('tech_need', enterprise, '二季度最后一刻发布的需求', 'closed', '2025-06-30T23:59:59+08:00');
    await listing('tech_need', enterprise, '三季度第一刻发布的需求', 'published', '2025-07-01T00:00:00+08:00');
    await listing('tech_need', enterprise, '未发布的草稿需求', 'draft', null);
    await listing('tech_need', enterprise, '提交待审核的需求', 'submitted', null, '2025-05-01T12:00:00+08:00');
    const republished = await listing(
      'tech_need',
      enterprise,
      '撤回后重新发布的需求',
      'published',
      '2025-05-10T10:00:00+08:00',
    );
    // Withdrawn in Q2, republished in Q3: still collected in Q2 only.
    await ds.query(`UPDATE tech_need SET status = 'withdrawn' WHERE id = $1`, [republished]);
    await ds.query(
      `UPDATE tech_need SET status = 'published', published_at = '2025-08-01T09:00:00+08:00' WHERE id = $1`,
      [republished],
    );
    await listing('achievement', uni, '二季度登记的成果', 'published', '2025-06-01T12:00:00+08:00');
    await listing('tech_need', dandongFirm, '丹东二季度的需求', 'published', '2025-05-01T12:00:00+08:00');

    const report = async (who: TestOrg, query: Record<string, string>) =>
      (await api(t, who).get('/api/stats/matchmaking', query).expect(200)).body;
    const q2 = await report(huaibei, { period: '2025-Q2' });
    expect([q2.needsCollected, q2.achievementsRegistered]).toEqual([{ value: 3 }, { value: 1 }]);
    const q3 = await report(huaibei, { period: '2025-Q3' });
    expect([q3.needsCollected, q3.achievementsRegistered]).toEqual([{ value: 1 }, { value: 0 }]);
    // A county of 淮北 sees its own only; 利辛 (another city) and 丹东 see nothing of 淮北's.
    const county = await report(platform, { period: '2025-Q2', region: '340603' });
    expect([county.needsCollected, county.achievementsRegistered]).toEqual([{ value: 0 }, { value: 1 }]);
    expect((await report(lixin, { period: '2025-Q2' })).needsCollected).toEqual({ value: 0 });
    const dandongReport = await report(dandong, { period: '2025-Q2' });
    expect([dandongReport.needsCollected, dandongReport.achievementsRegistered]).toEqual([{ value: 1 }, { value: 0 }]);
    const nation = await report(platform, { period: '2025' });
    expect([nation.needsCollected, nation.achievementsRegistered]).toEqual([{ value: 5 }, { value: 1 }]);
    expect((await report(huaibei, { period: '2024' })).needsCollected).toEqual({ value: 0 });
  });

  it('refuses 丹东 asking for 淮北 (403), an enterprise (403), and anonymous callers (401)', async () => {
    for (const path of [
      '/api/stats/summary?perspective=absorption&',
      '/api/stats/flows?',
      '/api/stats/summary/export?',
      '/api/stats/contracts/export?perspective=output&',
    ]) {
      const res = await api(t, dandong).get(`${path}region=340600&period=2025`).expect(403);
      expect(res.body.code).toBe('STATS_REGION_FORBIDDEN');
    }
    expect((await api(t, dandong).get('/api/stats/targets?region=340600').expect(403)).body.code).toBe(
      'STATS_REGION_FORBIDDEN',
    );
    await api(t, enterprise).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(403);
    await api(t).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(401);
    await api(t, platform).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(200);
  });

  it('answers 400 with a code for an invalid period, region or filter', async () => {
    const get = (q: Record<string, string>) =>
      api(t, platform).get('/api/stats/summary', { perspective: 'absorption', ...q });
    expect((await get({ region: '340600', period: '2025-13' }).expect(400)).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'period' }],
    });
    await refused(get({ region: '340600', period: '1999' }), 400, 'STATS_PERIOD_INVALID');
    await refused(get({ region: '340600', period: '2099-ytd' }), 400, 'STATS_PERIOD_INVALID');
    expect((await get({ region: 'abc', period: '2025' }).expect(400)).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'region' }],
    });
    await refused(get({ region: '999999', period: '2025' }), 400, 'STATS_REGION_UNKNOWN');
    await refused(get({ region: '340600', period: '2025', techField: '99' }), 400, 'STATS_FILTER_UNKNOWN');
    await refused(get({ region: '340600', period: '2025', groupBy: 'county' }), 400, 'VALIDATION_FAILED');
    await refused(get({ region: '340600', period: '2025', extra: '1' }), 400, 'VALIDATION_FAILED');
  });

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
