import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../seeds/demo/load-demo.js';
import { buttonLabel, PHONE, SCREENSHOT_DIR, startWebHarness, type WebHarness, VIEWPORTS } from './browser.js';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';

/** The 淮北 dashboard's plan targets in the browser, over the demo market, at desktop and phone width. */
describe('plan targets on the dashboard (browser)', () => {
  let h: WebHarness;
  let huaibei: TestOrg;
  let colleague: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    await loadDemoData(h.t.app.get(DataSource));
    [huaibei, colleague] = await Promise.all([createBureauStaff(h.t, '340600'), createBureauStaff(h.t, '340600')]);
  }, 180_000);
  afterAll(() => h?.close());

  for (const [name, viewport] of VIEWPORTS) {
    it(`shows every 淮北 target with its figure and source, or who is to enter it (${name})`, async () => {
      const page = await h.logIn(huaibei, '/dashboard', viewport);
      const card = page.getByTestId('targets-card');
      await card.getByTestId('target-achievements_converted').waitFor();
      await card.locator('[data-drawn="true"]').first().waitFor();
      const text = (await card.innerText()).replace(/\s+/g, ' ');
      expect(text).not.toContain('暂无数据来源');
      expect(text).not.toMatch(/\d\.00 ?[项家个人次]/);
      // Viewed in the current quarter, 淮北's 2025 targets are closed periods' outcomes.
      expect(text).not.toContain('进度落后');
      const converted = await card.getByTestId('target-achievements_converted').innerText();
      expect(converted).toContain('2023—2025年累计不少于300 项');
      expect(converted).toMatch(/期末（2025年12月）实际：\d+ 项/);
      expect(converted).toContain('认定登记技术合同所涉科技成果');
      const soe = card.getByTestId('target-soe_rd_intensity');
      expect(await soe.innerText()).toContain('待科技局工作人员填报');
      expect(await soe.innerText()).toContain('3.5%');
      expect(await card.getByTestId('target-tech_contract_amount').innerText()).toContain('超过100 亿元');
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(SCREENSHOT_DIR, `targets-huaibei-${name}.png`), animations: 'disabled' });
      await card.getByTestId('enter-soe_rd_intensity').click();
      await page.waitForURL(/\/targets\/report\?region=340600&indicator=soe_rd_intensity&year=2025$/);
    });
  }

  it('enters a figure from the target card, and a colleague approves it into the progress', async () => {
    const page = await h.logIn(huaibei, '/dashboard');
    await page.getByTestId('enter-joint_project_share').click();
    await page.waitForURL(/indicator=joint_project_share&year=2025$/);
    await page.getByLabel(/^数值/).fill('68');
    await page.getByLabel('数据来源文件').fill('淮北市2025年科技计划项目立项统计');
    await page.getByLabel('提供部门').fill('市科技局计划科');
    await page.getByTestId('report-submit').click();
    await page.locator('.ant-table-row').filter({ hasText: '待审核' }).waitFor();
    await h.screenshot(page, 'targets-report-form');
    // The enterer sees the entry in the approval list but cannot approve it.
    await page.goto('/targets/approvals');
    await page.locator('.ant-table-row').filter({ hasText: '本人填报' }).first().waitFor();

    const other = await h.logIn(colleague, '/targets/approvals', PHONE);
    const row = other
      .locator('.ant-table-row')
      .filter({ hasText: '市级科技计划立项项目中企业与高校院所联合承担项目比例' });
    await row.getByRole('button').waitFor();
    // 填报审核 carries the number of figures waiting, as the API counts them, and one fewer after
    const waiting = async () =>
      (await api(h.t, colleague).get('/api/reported-figures', { status: 'pending', pageSize: 1 }).expect(200)).body
        .total as number;
    const n = await waiting();
    await other.locator(`[data-testid="waiting-figures"][data-count="${n}"]`).waitFor();
    await h.screenshot(other, 'targets-approvals-phone');
    await row.getByRole('button').click();
    await other.getByText('已审核：').waitFor();
    if (n === 1) await other.getByTestId('waiting-figures').waitFor({ state: 'detached' });
    else await other.locator(`[data-testid="waiting-figures"][data-count="${n - 1}"]`).waitFor();
    await other.goto('/dashboard');
    const card = other.getByTestId('target-joint_project_share');
    await card.getByText('期末已达成').or(card.getByText('期末未达成')).waitFor();
    const text = await card.innerText();
    expect(text).toContain('期末（2025年12月）实际：68%');
    expect(text).toContain('市科技局计划科《淮北市2025年科技计划项目立项统计》');
  });

  it('registers a 中试基地 from the target card’s registry link, and the card counts it', async () => {
    const page = await h.logIn(huaibei, '/dashboard');
    const card = page.getByTestId('target-pilot_bases');
    const before = Number(/实际：(\d+) 个/.exec(await card.innerText())?.[1]);
    await card.getByTestId('registry-pilot_bases').click();
    await page.waitForURL(/\/registries\?kind=pilot_base$/);
    await page.getByTestId('registry-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('基地名称').fill('淮北市煤基新材料中试基地');
    await dialog.getByLabel('建成日期').fill('2025-06-18');
    await dialog.getByLabel('建成日期').press('Enter');
    await page.getByTestId('registry-save').click();
    await page.locator('.ant-table-row').filter({ hasText: '淮北市煤基新材料中试基地' }).waitFor();
    await h.screenshot(page, 'registries-pilot-bases');
    await page.goto('/dashboard');
    await page
      .getByTestId('target-pilot_bases')
      .getByText(`实际：${before + 1} 个`)
      .waitFor();

    // Entered in error: withdrawn with a reason, it stays listed and the card no longer counts it.
    await page.goto('/targets/registries?kind=pilot_base');
    const row = page.locator('.ant-table-row').filter({ hasText: '淮北市煤基新材料中试基地' });
    await row.getByTestId('registry-withdraw').click();
    const withdraw = page.getByRole('dialog', { name: '撤销名录条目' });
    await withdraw.getByLabel('撤销原因').fill('重复登记');
    await page.getByTestId('registry-withdraw-ok').click();
    await row.getByText('已撤销').waitFor();
    await h.screenshot(page, 'registries-withdrawn');
    await page.goto('/dashboard');
    await page.getByTestId('target-pilot_bases').getByText(`实际：${before} 个`).waitFor();
  });

  it('revises a plan target with a reason as a bureau admin, and shows its history', async () => {
    const admin = await createBureauStaff(h.t, '340600', { admin: true });
    const page = await h.logIn(admin, '/targets/manage');
    const row = page.locator('.ant-table-row').filter({ hasText: '累计培育科技型中小企业数量(累计)' });
    await row.getByRole('button', { name: buttonLabel('修订') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^目标值/).fill('560');
    await dialog.getByLabel('修订原因').fill('市政府常务会议调整目标');
    await dialog.getByRole('button', { name: buttonLabel('修订') }).click();
    await row.getByText('不少于560').waitFor();
    await row.getByRole('button', { name: buttonLabel('历史') }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('市政府常务会议调整目标').waitFor();
    expect(await drawer.innerText()).toContain('当前（第 2 版）：2023—2025年不少于560');
    await h.screenshot(page, 'targets-manage-history');
  });
});
