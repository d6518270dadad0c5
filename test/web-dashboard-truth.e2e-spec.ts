import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { certifyContract, submittedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, randomCreditCode, type TestOrg } from './factories/identity.factory.js';
import { startWebHarness, type WebHarness } from './browser.js';

/**
 * Issue 18, finding 6, in the browser: the dashboard's charts tell the truth — a continuous
 * monthly axis with the empty months at zero and no smoothing, the field donut with its amounts
 * and shares, a flow heatmap of one administrative level with numbers and a legend — and the
 * headline figures equal the table's 合计 on every view (吸纳/输出/登记 × month, quarter, year,
 * year to date). The exports say which view they hold and carry dates as date cells.
 */
describe('web app: the dashboard tells the truth (e2e)', () => {
  let h: WebHarness;
  let bureau: TestOrg;
  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // China date

  const wan = (text: string | null) => Number((text ?? '').replace(/[,\s万元]/g, ''));
  const option = async (page: Page, testId: string) => {
    const chart = page.locator(`[data-testid="${testId}"][data-drawn="true"]`);
    await chart.waitFor();
    return JSON.parse((await chart.getAttribute('data-option'))!) as Record<string, never>;
  };

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    let university: TestOrg;
    let duji: TestOrg;
    let lieshan: TestOrg;
    [bureau, university, duji, lieshan] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（看板测试）' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '杜集储能有限公司（看板测试）' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340604', name: '烈山新材料有限公司（看板测试）' }),
    ]);
    // 497.255 万元 twice: each row rounds up to 497.26, the exact total (994.51) is not the sum of the rounded rows.
    const contracts: [TestOrg | { name: string; creditCode: string; regionCode: string }, string, string][] = [
      [duji, '497255000', 'development.commissioned'],
      [lieshan, '497255000', 'transfer.patent'],
      [
        { name: '宿州市新能源装备有限公司', creditCode: randomCreditCode('341302'), regionCode: '341302' },
        '12345678',
        'service.general',
      ],
    ];
    for (const [i, [buyer, fen, subtype]] of contracts.entries()) {
      const c = await submittedContract(t, university, buyer, {
        title: `看板测试合同 ${i + 1}`,
        contractSubtypeCode: subtype,
        techFieldCode: i === 0 ? '05' : '06',
        contractAmountFen: fen,
        techAmountFen: fen,
        signedOn: today(),
      });
      await certifyContract(t, bureau, c);
    }
    await t.app.get(JobRunner).drainUntilIdle();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows headline figures equal to the table’s 合计 on every view', async () => {
    const page = await h.logIn(bureau, '/dashboard');
    const headline = page.getByTestId('total-contract-amount').locator('.ant-statistic-content-value');
    const kinds = ['按月', '按季度', '按年', '年初至今'];
    for (const view of ['吸纳', '输出', '登记']) {
      await page.getByTestId('perspective').getByText(view, { exact: true }).click();
      for (const kind of kinds) {
        await page
          .locator('.ant-select')
          .filter({ hasText: /按月|按季度|按年|年初至今/ })
          .click();
        await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${kind}"]`).click();
        // the period picked reads as words, not as a code (2026-Q4)
        const periodWords = { 按月: /^\d{4}年\d{1,2}月$/, 按季度: /^\d{4}年第[1-4]季度$/ }[kind] ?? /^\d{4}年$/;
        await page.waitForFunction(
          (re) => new RegExp(re).test(document.querySelector<HTMLInputElement>('.ant-picker input')?.value ?? ''),
          periodWords.source,
        );
        const total = page.locator('.ant-table-summary');
        await total.waitFor();
        // wait until the headline and the table show this view (both are fetched by one query)
        await page.waitForFunction(() => !document.querySelector('.ant-card-loading'));
        const cells = await total.locator('td').allTextContents();
        const rows = await page.locator('.ant-table-tbody .ant-table-row').all();
        let rowSum = 0;
        for (const r of rows) rowSum += wan(await r.locator('td').nth(2).textContent());
        const shown = wan(await headline.textContent());
        expect({ view, kind, headline: shown }).toEqual({ view, kind, headline: wan(cells[2]!) });
        // Each row reads as its own view does (497.26, rounded from its exact fen), so under 吸纳
        // the rows add up to 994.52 against the exact total's 994.51 — and a note says why.
        const note = page.getByTestId('rounding-note');
        if (view === '吸纳') {
          expect(shown).toBeCloseTo(994.51, 2);
          expect(Math.round(rowSum * 100)).toBe(99452);
          await note.waitFor();
          expect(await note.textContent()).toContain('分项之和与合计可能略有出入');
          if (kind === '按年') await h.screenshot(page, 'dashboard-rounding-note');
        } else {
          expect(shown).toBeCloseTo(1006.86, 2);
          expect(Math.round(rowSum * 100)).toBe(Math.round(shown * 100));
          expect(await note.count()).toBe(0);
        }
      }
    }
    await page.context().close();
  }, 120_000);

  it('draws a continuous monthly axis, a donut with amounts and shares, and a one-level flow heatmap with numbers', async () => {
    const page = await h.logIn(bureau, '/dashboard');
    await page.getByTestId('perspective').getByText('输出', { exact: true }).click();
    const month = Number(today().slice(5, 7));

    const trend = await option(page, 'chart-trend');
    const x = (trend.xAxis as { data: string[] }).data;
    expect(x).toEqual(Array.from({ length: month }, (_, i) => `${i + 1}月`));
    const series = (trend.series as { smooth: boolean; data: number[] }[])[0]!;
    expect(series.smooth).toBe(false);
    expect(series.data.filter((v) => v === 0)).toHaveLength(month - 1);
    expect(series.data[month - 1]).toBeCloseTo(1006.86, 2);

    const donut = await option(page, 'chart-fields');
    const items = (donut.series as { data: { name: string; value: number; label: { formatter: string } }[] }[])[0]!
      .data;
    expect(donut.legend).toBeDefined();
    expect(items.map((d) => d.label.formatter)).toEqual([
      expect.stringMatching(/新材料\n497\.26 万元（49\.4%）/),
      expect.stringMatching(/新能源与高效节能\n509\.60 万元（50\.6%）/),
    ]);

    const flows = await option(page, 'chart-flows');
    const axis = (flows.xAxis as { data: string[] }).data;
    expect(axis).toEqual((flows.yAxis as { data: string[] }).data);
    // the districts of 淮北 only; 安徽省 (宿州 is outside 淮北) is in the table below, not on an axis
    expect(axis).toEqual(expect.arrayContaining(['杜集区', '相山区', '烈山区']));
    expect(axis.some((n) => n.endsWith('省'))).toBe(false);
    expect((flows.visualMap as { show: boolean }).show).toBe(true);
    expect((flows.series as { label: { show: boolean } }[])[0]!.label.show).toBe(true);
    const outside = page.getByTestId('flow-outside');
    expect(await outside.textContent()).toContain('安徽省');
    expect(await outside.textContent()).toContain('12.35 万元');
    await h.screenshot(page, 'dashboard-truth');
    await page.context().close();
  }, 90_000);

  it('names each export by its view, region and period, and writes dates as date cells', async () => {
    const page = await h.logIn(bureau, '/dashboard');
    await page.getByTestId('perspective').getByText('登记', { exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('.ant-card-loading'));
    const [summary] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(summary.suggestedFilename()).toMatch(/^淮北市\d{4}年第\d季度技术合同统计（登记，按地区）\.xlsx$/);
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-contracts').click()]);
    expect(list.suggestedFilename()).toMatch(/^淮北市\d{4}年第\d季度技术合同明细（登记）\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await list.path());
    const row = book.worksheets[0]!.getRow(3);
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(today());
    await page.context().close();
  }, 90_000);
});
