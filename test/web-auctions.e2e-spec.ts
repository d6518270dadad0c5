import { startWebHarness, type WebHarness, VIEWPORTS } from './browser.js';
import { bid, openLot, readyBidder } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';

/**
 * Issue 19, the read-only auction pages: a visitor without an account finds a lot under 网络竞价,
 * reads its price, countdown (on the server's clock) and bid history with bidders as 竞买人 N,
 * and the log's verification — on a desktop and a phone, in Chinese only.
 */
describe('web app: auction lots for the public (e2e)', () => {
  let h: WebHarness;
  let seller: TestOrg;
  let lotId: string;

  beforeAll(async () => {
    h = await startWebHarness();
    const [s, bureau, a, b] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院' }),
      createBureauStaff(h.t, '340600'),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602' }),
    ]);
    seller = s;
    const lot = await openLot(h.t, seller, {
      title: '生物质硬碳负极材料制备方法专利权转让',
      reservePriceFen: '12000000',
    });
    lotId = lot.id;
    await readyBidder(h.t, lot.id, a, bureau);
    await readyBidder(h.t, lot.id, b, bureau);
    await bid(h.t, a, lot.id, '10000000').expect(201);
    await bid(h.t, b, lot.id, '10500000').expect(201);
  }, 180_000);
  afterAll(() => h?.close());

  for (const [name, viewport] of VIEWPORTS) {
    it(`a visitor reads a lot, its countdown and its verified bid history (${name})`, async () => {
      const page = await h.newPage(viewport);
      await page.goto('/auctions');
      await page.getByRole('link', { name: '生物质硬碳负极材料制备方法专利权转让' }).click();
      await page.getByTestId('lot-title').getByText('生物质硬碳负极材料制备方法专利权转让').waitFor();
      await page.getByTestId('lot-price').getByText('10.5 万元').waitFor();
      await page.getByTestId('chain-verdict').getByText('出价记录核验通过（2 条）').waitFor();
      await expect(page.getByTestId('lot-countdown').innerText()).resolves.toMatch(/^距结束 0[01]:\d\d:\d\d$/);
      const rows = await page.getByTestId('bid-row').allInnerTexts();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain('竞买人 2');
      expect(rows[1]).toContain('竞买人 1');
      const text = await page.locator('body').innerText();
      expect(text).toContain('设有保留价（不公开）');
      expect(text).toContain('淮北理工学院');
      expect(text).not.toContain('12 万元');
      expect(text.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
      await h.screenshot(page, `auction-lot-${name}`);
    });
  }

  it('lists the lot under 网络竞价 with its state and price', async () => {
    const page = await h.newPage({ width: 1440, height: 900 });
    await page.goto('/');
    await page.getByTestId('side-menu').getByText('网络竞价').click();
    const row = page.locator('.ant-table-row').filter({ hasText: '生物质硬碳负极材料制备方法专利权转让' });
    await row.getByText('竞价中').waitFor();
    await row.getByText('10.5 万元').waitFor();
    await h.screenshot(page, 'auction-list-desktop');
    expect(lotId).toBeTruthy();
  });
});
