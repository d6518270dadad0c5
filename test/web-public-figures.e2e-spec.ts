import { DataSource } from 'typeorm';
import { statisticsDemoLoader } from '../seeds/demo/statistics-demo.js';
import { PHONE, startWebHarness, type WebHarness } from './browser.js';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';

/**
 * Issue 16, public figures in the browser: 淮北's bureau admin switches publishing on from the
 * dashboard; a visitor without an account finds 淮北 under 指标公开 and reads its figures on a
 * desktop and a phone; a region that does not publish says so.
 */
describe('web app: public figures (e2e)', () => {
  let h: WebHarness;
  let admin: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    await statisticsDemoLoader.load(h.t.app.get(DataSource));
    admin = await createBureauStaff(h.t, '340600', { admin: true });
  }, 180_000);
  afterAll(() => h?.close());

  it('the bureau admin publishes 淮北’s figures from the dashboard', async () => {
    const page = await h.logIn(admin, '/dashboard');
    const card = page.getByTestId('public-setting');
    await card.getByText('向社会公开淮北市的科技成果转化指标').waitFor();
    await card.getByTestId('public-switch').click();
    await page.getByText('已向社会公开本地区指标').waitFor();
    await card.getByRole('link', { name: '查看公开页面' }).waitFor();
    await h.screenshot(page, 'public-figures-setting');
  });

  for (const [name, viewport] of [
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const) {
    it(`a visitor reads 淮北’s figures without logging in (${name})`, async () => {
      const page = await h.newPage(viewport);
      await page.goto('/figures');
      await page.getByRole('link', { name: '淮北市科技成果转化指标' }).click();
      await page.getByTestId('public-title').getByText('淮北市科技成果转化指标').waitFor();
      await page.locator('[data-testid="public-trend"][data-drawn="true"]').waitFor();
      const amount = await page.getByTestId('public-absorption-amount').innerText();
      // "1,492.69 万元" as every amount of the page reads (it was "1,492.69万元" in the text)
      expect(await page.getByTestId('public-absorption-amount').textContent()).toMatch(
        /\d[\d,]*\.\d{2} 万元|不足3项，不公开/,
      );
      expect(amount).toMatch(/万元|不足3项，不公开/);
      const text = await page.locator('body').innerText();
      expect(text).toContain('规划目标完成进度');
      expect(text).toMatch(/2025年全年：[\d,.]+ 万元，\d+ 项/);
      expect(text.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
      await h.screenshot(page, `public-figures-${name}`);
    });
  }

  it('a region that does not publish says so', async () => {
    const page = await h.newPage();
    await page.goto('/figures/340100');
    await page.getByText('该地区未公开指标').waitFor();
  });
});
