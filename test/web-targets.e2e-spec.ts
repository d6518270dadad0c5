import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { demoLoaders } from '../seeds/demo/load-demo.js';
import { PHONE, SCREENSHOT_DIR, startWebHarness, type WebHarness } from './browser.js';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';

/** The 淮北 dashboard's plan targets in the browser, over the demo market, at desktop and phone width. */
describe('plan targets on the dashboard (browser)', () => {
  let h: WebHarness;
  let huaibei: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    for (const loader of demoLoaders) await loader.load(h.t.app.get(DataSource));
    huaibei = await createBureauStaff(h.t, '340600');
  }, 180_000);
  afterAll(() => h?.close());

  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', PHONE],
  ] as const) {
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
});
