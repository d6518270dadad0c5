import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { fenToWan2, ROUNDING_NOTE, wanRowsAddUp } from '../libs/shared/money/index.js';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../seeds/demo/load-demo.js';
import type { RegionReport } from '../libs/statistics/src/index.js';
import { wanText } from '../libs/statistics/src/reports/report-text.js';
import { SCREENSHOT_DIR, startWebHarness, type WebHarness, VIEWPORTS } from './browser.js';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';

/** 技术转移对接季度通报 and 年度科技成果转化报告 in the browser over the demo market, with their downloads. */
describe('bureau reports (browser)', () => {
  let h: WebHarness;
  let huaibei: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    await loadDemoData(h.t.app.get(DataSource));
    huaibei = await createBureauStaff(h.t, '340600');
  }, 180_000);
  afterAll(() => h?.close());

  for (const [name, viewport] of VIEWPORTS) {
    it(`opens the quarterly report, its figures as the API's, and downloads XLSX and PDF (${name})`, async () => {
      const period = '2025-Q3';
      const page = await h.logIn(huaibei, `/reports/quarterly?period=${period}`, viewport);
      await page.getByTestId('report-title').getByText('淮北市2025年第3季度技术转移对接季度通报').waitFor();
      const report = (await api(h.t, huaibei).get('/api/stats/reports/quarterly', { period }).expect(200))
        .body as RegionReport;
      const byType = page.getByTestId('report-by-type');
      const total = byType.locator('.ant-table-row').filter({ hasText: '合计' });
      const text = (await total.innerText()).replace(/\s+/g, ' ');
      for (const p of ['absorption', 'output', 'registered'] as const)
        expect(text).toContain(wanText(report.contractTotals[p].contractAmountFen));
      const body = await page.locator('main, .ant-layout-content').first().innerText();
      expect(body).not.toMatch(/\b(undefined|null|NaN|absorption|frozen)\b/);

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
      expect(xlsx.suggestedFilename()).toBe('淮北市2025年第3季度技术转移对接季度通报.xlsx');
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
      expect(pdf.suggestedFilename()).toBe('淮北市2025年第3季度技术转移对接季度通报.pdf');
      const bytes = await readFile((await pdf.path())!);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      await h.screenshot(page, `report-quarterly-${name}`);
    });

    it(`opens the annual report with the year's and the cumulative targets (${name})`, async () => {
      const page = await h.logIn(huaibei, '/reports/annual?period=2025', viewport);
      await page.getByTestId('report-title').getByText('淮北市2025年年度科技成果转化报告').waitFor();
      const targets = page.getByTestId('report-targets');
      await targets.getByText('年度目标', { exact: true }).waitFor();
      await targets.getByText('累计及跨年度目标').waitFor();
      expect(await targets.innerText()).toContain('2025年超过100 亿元');
      await page.getByTestId('report-basis').getByText('按最新更正').click();
      await page.getByText('按最新更正：含定稿后登记的全部变更、撤销').waitFor();
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `report-annual-${name}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    });
  }

  it('the annual report prints 万元 with two decimals, and its page, PDF and XLSX show the same figures and note', async () => {
    const period = '2025';
    const report = (await api(h.t, huaibei).get('/api/stats/reports/annual', { period }).expect(200))
      .body as RegionReport;
    const perspectives = ['absorption', 'output', 'registered'] as const;
    // the demo year has amounts that are not whole hundredths of 万元: the rounding is what is tested
    const amounts = report.byType.flatMap((r) => perspectives.map((p) => r[p].contractAmountFen));
    expect(amounts.some((f) => BigInt(f) % 10_000n !== 0n)).toBe(true);
    const addsUp = perspectives.every((p) =>
      (['contractAmountFen', 'techAmountFen'] as const).every((m) =>
        wanRowsAddUp(
          report.byType.map((r) => r[p][m]),
          report.contractTotals[p][m],
        ),
      ),
    );

    const page = await h.logIn(huaibei, `/reports/annual?period=${period}`);
    await page.getByTestId('report-title').getByText('淮北市2025年年度科技成果转化报告').waitFor();
    const byType = page.getByTestId('report-by-type');
    const rowText = async (name: string) =>
      (await byType.locator('.ant-table-row').filter({ hasText: name }).first().innerText()).replace(/\s+/g, ' ');
    for (const r of [...report.byType, { name: '合计', ...report.contractTotals }]) {
      const text = await rowText(r.name);
      for (const p of perspectives)
        expect(text).toContain(`${r[p].count} ${wanText(r[p].contractAmountFen)} ${wanText(r[p].techAmountFen)}`);
    }
    // no amount anywhere in the report runs past two decimals (1,254.4355 once did)
    const content = await page.locator('.ant-layout-content').innerText();
    expect(content.match(/\d\.\d{3,}/g) ?? []).toEqual([]);
    expect(content).toContain('金额单位：万元（各项按精确金额四舍五入保留两位小数）');
    expect(await byType.getByTestId('rounding-note').count()).toBe(addsUp ? 0 : 1);
    await byType.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'report-annual-amounts');

    // XLSX: each cell holds the page's figure (shown #,##0.00); the note under 合计 where the page has one
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const sheet = book.getWorksheet('合同按类型')!;
    const shown = (v: unknown) =>
      Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    [...report.byType, { name: '合计', ...report.contractTotals }].forEach((r, i) => {
      const row = sheet.getRow(4 + i);
      expect(row.getCell(1).value).toBe(r.name);
      perspectives.forEach((p, j) => {
        for (const [k, m] of [
          [3, 'contractAmountFen'],
          [4, 'techAmountFen'],
        ] as const) {
          const c = row.getCell(k + j * 3);
          expect(c.value).toBe(Number(fenToWan2(r[p][m])));
          expect(c.numFmt).toBe('#,##0.00');
          expect(shown(c.value)).toBe(wanText(r[p][m]));
        }
      });
    });
    expect(sheet.getRow(5 + report.byType.length).getCell(1).value ?? null).toBe(addsUp ? null : ROUNDING_NOTE);

    // PDF: the same lines, and the same note
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile((await pdf.path())!)) });
    const text = (await parser.getText().finally(() => parser.destroy())).text.replace(/[ \t]+/g, ' ');
    const section = text.slice(text.indexOf('四、技术合同（按合同类型）'), text.indexOf('五、'));
    for (const r of [...report.byType, { name: '合计', ...report.contractTotals }])
      for (const p of perspectives)
        expect(section).toContain(
          `${r.name} ${r[p].count} ${wanText(r[p].contractAmountFen)} ${wanText(r[p].techAmountFen)}`,
        );
    expect(text.match(/\d\.\d{3,}/g) ?? []).toEqual([]);
    expect(section.includes(ROUNDING_NOTE.slice(0, 12))).toBe(!addsUp);
  }, 120_000);
});
