import type { Page } from 'playwright-core';
import { createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { PHONE, settled, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * A plan document is named with one pair of 书名号 wherever a page names it: the seed's titles
 * that name another document inside (利辛县…解读《…实施方案》) read 《…解读〈…〉》, and a
 * document a clerk typed with its marks is not wrapped again. No page shows 《《 or 》》.
 */
describe('web app: plan documents named with one pair of 《》 (e2e)', () => {
  let h: WebHarness;
  let staff: TestOrg;
  let colleague: TestOrg;
  const LIXIN_PLAN = '利辛县落实科技创新体制机制改革加快科技成果转化应用体系建设实施方案';

  beforeAll(async () => {
    h = await startWebHarness();
    [staff, colleague] = await Promise.all([createBureauStaff(h.t, '340600'), createBureauStaff(h.t, '340600')]);
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  const doubled = async (page: Page) => (await page.locator('body').innerText()).match(/《《|》》/g) ?? [];

  for (const [name, viewport] of [
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const) {
    it(`地区 (${name}): 亳州市's plan targets name 利辛县's document once, the document it reads in single marks`, async () => {
      const page = await h.newPage(viewport);
      await page.goto('/regions');
      await page.locator('.ant-tree-treenode', { hasText: '安徽省' }).locator('.ant-tree-switcher').click();
      await page.locator('.ant-tree-node-content-wrapper', { hasText: '亳州市' }).click();
      const item = page.locator('.ant-list-item', { hasText: LIXIN_PLAN }).first();
      await item.waitFor();
      await settled(page);
      expect(await item.innerText()).toContain(`——《利辛县科技局党组书记、局长武子江解读〈${LIXIN_PLAN}〉》`);
      expect(await doubled(page)).toEqual([]);
      // the quotation from the plan, with a quotation inside it, reads “…‘扩面清零’” (not “…“扩面清零””)
      const quote = page.locator('.ant-list-item', { hasText: '扩面清零' }).first();
      expect(await quote.innerText()).toContain('‘扩面清零’”——');
      expect((await page.locator('body').innerText()).match(/””|““/g) ?? []).toEqual([]);
      await item.scrollIntoViewIfNeeded();
      await h.screenshot(page, `document-titles-regions-${name}`);
      await page.context().close();
    }, 90_000);
  }

  it('指标公开: 利辛县 target cards name their plan once', async () => {
    const lixin = await createBureauStaff(h.t, '341623', { admin: true });
    await api(h.t, lixin).put('/api/stats/public-setting/341623').send({ published: true }).expect(200);
    const page = await h.newPage();
    await page.goto('/figures/341623');
    const basis = page.getByText(/^依据：/).first();
    await basis.waitFor();
    await settled(page);
    expect(await basis.innerText()).toContain(`依据：《利辛县科技局党组书记、局长武子江解读〈${LIXIN_PLAN}〉》`);
    expect(await doubled(page)).toEqual([]);
    await h.screenshot(page, 'document-titles-figures');
    await page.context().close();
  }, 90_000);

  it('填报审核 and the target card: a document typed with its marks is not wrapped again', async () => {
    const entered = await api(h.t, staff)
      .post('/api/reported-figures')
      .send({
        regionCode: '340600',
        indicatorCode: 'soe_rd_intensity',
        year: 2025,
        value: '3.4',
        unit: 'percent',
        sourceDocument: '《淮北市2025年国有企业经营情况统计公报》',
        sourceDepartment: '市国资委',
      })
      .expect(201);
    const page = await h.logIn(colleague, '/targets/approvals');
    const row = page.locator('.ant-table-row', { hasText: '国有工业企业研发经费投入' }).first();
    await row.waitFor();
    await settled(page);
    expect(await row.innerText()).toContain('市国资委《淮北市2025年国有企业经营情况统计公报》');
    expect(await doubled(page)).toEqual([]);
    await h.screenshot(page, 'document-titles-approvals');

    // approved, the figure's source is named by the server (the dashboard's target card) the same way
    await api(h.t, colleague).post(`/api/reported-figures/${entered.body.id}/approve`).expect(200);
    const targets = await api(h.t, colleague).get('/api/stats/targets', { asOf: '2026-03-01' }).expect(200);
    const soe = targets.body.items.find((i: { indicatorCode: string }) => i.indicatorCode === 'soe_rd_intensity');
    expect(soe.source.parts).toEqual(['2025年：市国资委《淮北市2025年国有企业经营情况统计公报》（第 1 版，已审核）']);
    await page.context().close();
  }, 90_000);
});
