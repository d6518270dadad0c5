import { readFile } from 'node:fs/promises';
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
});
