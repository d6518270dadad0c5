import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { DataSource } from 'typeorm';
import { StatisticsLedger, type LedgerEntry, type RegionReport } from '../libs/statistics/src/index.js';
import { read } from '../libs/statistics/src/xlsx-test-sink.js';
import { wanText } from '../libs/statistics/src/reports/report-text.js';
import { fenToWan2 } from '../libs/shared/money/index.js';
import { statsWorld } from './factories/stats-world.factory.js';
import type { TestOrg } from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { api, binary, refused } from './http.js';

const PERSPECTIVES = ['absorption', 'output', 'registered'] as const;

async function pdfText(buf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The figures of a report that a later amendment could move (everything but the generation time). */
const figures = (r: RegionReport) => ({
  contractTotals: r.contractTotals,
  byType: r.byType,
  byField: r.byField,
  topSellers: r.topSellers,
  topBuyers: r.topBuyers,
  needsCollected: r.needsCollected,
  matchesMade: r.matchesMade,
  dealsByStage: r.dealsByStage,
  targets: r.targets,
});

/** 技术转移对接季度通报 and 年度科技成果转化报告: agreement with the summary, files, reproducibility, scope. */
describe('statistics reports (e2e)', () => {
  let t: TestApp, ds: DataSource, huaibei: TestOrg, lixin: TestOrg, platform: TestOrg;

  beforeAll(async () => {
    ({ t, ds, huaibei, lixin, platform } = await statsWorld());
  }, 60_000);
  afterAll(() => t.close());

  const entry = (o: Partial<LedgerEntry>): LedgerEntry => ({
    contractId: randomUUID(),
    registrationNo: `E2E-R-${randomUUID().slice(0, 8)}`,
    entryKind: 'certified',
    source: 'platform',
    effectiveDate: '2025-05-10',
    sellerRegionCode: '340602',
    buyerRegionCode: '340603',
    registryRegionCode: '340602',
    contractTypeCode: 'development',
    contractSubtypeCode: 'development.commissioned',
    techFieldCode: '05',
    countDelta: 1,
    contractAmountFen: '123456789',
    techAmountFen: '100000001',
    contractName: '报告测试合同',
    sellerName: '报告测试卖方有限公司',
    buyerName: '报告测试买方有限公司',
    ...o,
  });
  const append = (...entries: LedgerEntry[]) => ds.transaction((em) => t.app.get(StatisticsLedger).append(em, entries));

  it('the quarterly report page, XLSX and PDF agree to the fen with /api/stats/summary', async () => {
    const q = { region: '340600', period: '2025-Q3' };
    const report = (await api(t, huaibei).get('/api/stats/reports/quarterly', q).expect(200)).body as RegionReport;
    expect(report.title).toBe('淮北市2025年第3季度技术转移对接季度通报');
    expect(report.state).toBe('frozen');
    let compared = 0;
    for (const p of PERSPECTIVES) {
      for (const [groupBy, rows] of [
        ['type', report.byType],
        ['field', report.byField],
      ] as const) {
        const summary = (
          await api(t, huaibei)
            .get('/api/stats/summary', { ...q, perspective: p, groupBy })
            .expect(200)
        ).body;
        expect(report.contractTotals[p]).toEqual(summary.total);
        for (const s of summary.rows) {
          expect(rows.find((r) => r.key === s.key)?.[p]).toEqual({
            count: s.count,
            contractAmountFen: s.contractAmountFen,
            techAmountFen: s.techAmountFen,
          });
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(6);
    expect(BigInt(report.contractTotals.absorption.contractAmountFen)).toBeGreaterThan(0n);

    // XLSX: one sheet per section; the type and field sheets hold the same figures as numbers.
    const xlsx = await api(t, huaibei)
      .get('/api/stats/reports/quarterly/export', { ...q, format: 'xlsx' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent(`${report.title}.xlsx`));
    const sheets = await read(xlsx.body as Buffer);
    expect(sheets.map((s) => s.name)).toEqual([
      '概况',
      '需求与成果',
      '匹配与反馈',
      '对接项目',
      '合同按类型',
      '合同按领域',
      '主要单位',
      '目标进度',
    ]);
    // each cell holds the figure the page and the PDF print: 万元 rounded once from its fen, two decimals
    const wan = (fen: string) => Number(fenToWan2(fen));
    for (const [name, rows] of [
      ['合同按类型', report.byType],
      ['合同按领域', report.byField],
    ] as const) {
      const ws = sheets.find((s) => s.name === name)!;
      rows.forEach((r, i) => {
        const row = ws.getRow(4 + i);
        expect(row.getCell(1).value).toBe(r.name);
        PERSPECTIVES.forEach((p, j) => {
          expect(row.getCell(2 + j * 3).value).toBe(r[p].count);
          expect(row.getCell(3 + j * 3).value).toBe(wan(r[p].contractAmountFen));
          expect(row.getCell(4 + j * 3).value).toBe(wan(r[p].techAmountFen));
          expect(row.getCell(3 + j * 3).numFmt).toBe('#,##0.00');
        });
      });
      const total = ws.getRow(4 + rows.length);
      expect(total.getCell(1).value).toBe('合计');
      PERSPECTIVES.forEach((p, j) => {
        expect(total.getCell(2 + j * 3).value).toBe(report.contractTotals[p].count);
        expect(total.getCell(3 + j * 3).value).toBe(wan(report.contractTotals[p].contractAmountFen));
      });
    }
    const cover = sheets[0]!;
    expect(cover.getCell('A1').value).toBe(report.title);
    const dated = cover.getColumn(2).values.filter((v) => v instanceof Date);
    expect(dated.length).toBeGreaterThanOrEqual(2);

    // PDF: Chinese text that extracts, with the lines and 合计 of both tables as the page shows them.
    const pdf = await api(t, huaibei)
      .get('/api/stats/reports/quarterly/export', { ...q, format: 'pdf' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.body as Buffer)).replace(/[ \t]+/g, ' ');
    expect(text).toContain(report.title);
    // Each table's lines sit under its heading: 四 (by type) and 五 (by field), 吸纳/输出/登记 in turn.
    for (const [heading, next, rows] of [
      ['四、技术合同（按合同类型）', '五、', report.byType],
      ['五、技术合同（按技术领域）', '六、', report.byField],
    ] as const) {
      const section = text.slice(text.indexOf(heading), text.indexOf(next, text.indexOf(heading)));
      const parts = section.split(/吸纳（按买方所在地）|输出（按卖方所在地）|登记（按登记机构所在地）/).slice(1);
      expect(parts).toHaveLength(3);
      PERSPECTIVES.forEach((p, i) => {
        const line = (label: string, v: { count: number; contractAmountFen: string; techAmountFen: string }) =>
          `${label} ${v.count} ${wanText(v.contractAmountFen)} ${wanText(v.techAmountFen)}`;
        for (const r of rows) expect(parts[i]).toContain(line(r.name, r[p]));
        expect(parts[i]).toContain(line('合计', report.contractTotals[p]));
      });
    }
  }, 60_000);

  it('a frozen report keeps its figures after a later amendment and cancellation; as amended shows them', async () => {
    const amended = entry({ effectiveDate: '2025-05-10' });
    const cancelled = entry({ effectiveDate: '2025-05-20', contractAmountFen: '5000000', techAmountFen: '5000000' });
    await append(amended, cancelled);
    const q = { region: '340600', period: '2025-Q2' };
    const first = (await api(t, huaibei).get('/api/stats/reports/quarterly', q).expect(200)).body as RegionReport;
    expect(first.state).toBe('frozen');
    expect(first.frozenAt).not.toBeNull();
    const summaryBefore = (
      await api(t, huaibei)
        .get('/api/stats/summary', { ...q, perspective: 'output', groupBy: 'type' })
        .expect(200)
    ).body;
    expect(first.contractTotals.output).toEqual(summaryBefore.total);

    // Recorded after the report: an amendment dated inside the quarter and a cancellation.
    await append(
      {
        ...amended,
        entryKind: 'amendment',
        countDelta: 0,
        effectiveDate: '2025-06-01',
        contractAmountFen: '1000001',
        techAmountFen: '1',
      },
      {
        ...cancelled,
        entryKind: 'cancellation',
        countDelta: -1,
        effectiveDate: '2025-06-02',
        contractAmountFen: '-5000000',
        techAmountFen: '-5000000',
      },
    );
    const again = (await api(t, platform).get('/api/stats/reports/quarterly', q).expect(200)).body as RegionReport;
    expect(again.frozenAt).toBe(first.frozenAt);
    expect(figures(again)).toEqual(figures(first));

    const latest = (
      await api(t, huaibei)
        .get('/api/stats/reports/quarterly', { ...q, basis: 'amended' })
        .expect(200)
    ).body as RegionReport;
    expect(latest.state).toBe('amended');
    const before = first.contractTotals.output;
    expect(latest.contractTotals.output).toEqual({
      count: before.count - 1,
      contractAmountFen: (BigInt(before.contractAmountFen) + 1_000_001n - 5_000_000n).toString(),
      techAmountFen: (BigInt(before.techAmountFen) + 1n - 5_000_000n).toString(),
    });
    const summaryAfter = (
      await api(t, huaibei)
        .get('/api/stats/summary', { ...q, perspective: 'output', groupBy: 'type' })
        .expect(200)
    ).body;
    expect(latest.contractTotals.output).toEqual(summaryAfter.total);

    // The files follow the basis: the frozen XLSX still holds the first figures.
    const xlsx = await api(t, huaibei)
      .get('/api/stats/reports/quarterly/export', { ...q, format: 'xlsx' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const ws = (await read(xlsx.body as Buffer)).find((s) => s.name === '合同按类型')!;
    // the 合计 row (a rounding note may follow it)
    const total = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => r.getCell(1).value === '合计')!;
    expect(total.getCell(5).value).toBe(before.count);
    expect(total.getCell(6).value).toBe(Number(fenToWan2(before.contractAmountFen)));
  }, 60_000);

  it('a quarter still running is preliminary and freezes nothing; a future one is refused', async () => {
    const [{ today }] = await ds.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS today`);
    const y = Number(today.slice(0, 4));
    const quarter = `${y}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    const r = (await api(t, huaibei).get('/api/stats/reports/quarterly', { period: quarter }).expect(200))
      .body as RegionReport;
    expect(r.state).toBe('preliminary');
    expect(r.frozenAt).toBeNull();
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stats_report_freeze WHERE period_code = $1`, [
      quarter,
    ]);
    expect(n).toBe(0);
    await refused(
      api(t, huaibei).get('/api/stats/reports/quarterly', { period: `${y + 1}-Q1` }),
      400,
      'STATS_REPORT_PERIOD_FUTURE',
    );
    await refused(api(t, huaibei).get('/api/stats/reports/annual', { period: '2025-Q1' }), 400, 'VALIDATION_FAILED');
  });

  it('the annual report covers the year with its year targets and the cumulative ones', async () => {
    const r = (await api(t, huaibei).get('/api/stats/reports/annual', { period: '2025' }).expect(200))
      .body as RegionReport;
    expect(r.title).toBe('淮北市2025年年度科技成果转化报告');
    expect(r.targetsAsOf).toBe('2025-12-31');
    const summary = (
      await api(t, huaibei)
        .get('/api/stats/summary', { period: '2025', perspective: 'absorption', groupBy: 'type' })
        .expect(200)
    ).body;
    expect(r.contractTotals.absorption).toEqual(summary.total);
    expect(r.targets.length).toBeGreaterThan(0);
    expect(new Set(r.targets.map((x) => x.group))).toEqual(new Set(['period', 'span']));
    // 2025 is over: the year's own targets have their outcome (达成 or 未达成), as on the
    // dashboard, never a judgement on the way (进度落后)
    const ended = r.targets.filter((x) => x.group === 'period');
    expect(ended.length).toBeGreaterThan(0);
    for (const x of ended) expect(['achieved', 'missed', 'awaiting']).toContain(x.status);
    expect(r.topBuyers.length).toBeGreaterThan(0);
    expect(r.topBuyers[0]!.rank).toBe(1);
  });

  it('bureaus read reports of their own subtree only', async () => {
    await api(t, huaibei).get('/api/stats/reports/quarterly', { region: '340602', period: '2025-Q1' }).expect(200);
    await refused(
      api(t, lixin).get('/api/stats/reports/quarterly', { region: '340600', period: '2025-Q1' }),
      403,
      'STATS_REGION_FORBIDDEN',
    );
  });
});
