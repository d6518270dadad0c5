import { DESKTOP, PHONE, startWebHarness, type WebHarness } from './browser.js';
import { bid, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createListedSale, endListedSale, saleableAchievement } from './factories/listed-sale.factory.js';
import { AuctionClosing } from '../libs/auctions/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { api } from './http.js';

const latinWords = (text: string) => text.match(/[A-Za-z]{4,}/g) ?? [];

/**
 * Issue 19, 挂牌交易 in the browser: a visitor reads a listing (countdown, end rules, versions),
 * a buyer declares intent, a seller lists an achievement through the form, and everyone reads
 * the 成交公告 — on a desktop and a phone, in Chinese only.
 */
describe('web app: 挂牌交易 and 成交公告 (e2e)', () => {
  let h: WebHarness;
  let seller: TestOrg;
  let buyers: TestOrg[];
  let listingId: string;

  beforeAll(async () => {
    h = await startWebHarness();
    const bureau = await createBureauStaff(h.t, '340600');
    [seller, ...buyers] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北新材料有限公司' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '相山储能科技有限公司' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '濉溪电池材料有限公司' }),
    ]);
    const achievementId = await saleableAchievement(h.t, seller, bureau);
    const listing = await createListedSale(h.t, seller, achievementId, {
      title: '硬碳负极材料制备方法专利权转让',
      priceFen: '50000000',
    });
    listingId = listing.id;
    await api(h.t, seller)
      .patch(`/api/listed-sales/${listing.id}`, {
        version: listing.version,
        priceFen: '45000000',
        changeNote: '下调挂牌价',
      })
      .expect(200);
    // Results for the 成交公告: an auction sold, a listing 流标.
    const lot = await openLot(h.t, seller, { title: '锂电池回收工艺专利权转让' });
    await readyBidder(h.t, lot.id, buyers[2]!, bureau);
    await bid(h.t, buyers[2]!, lot.id, '10000000').expect(201);
    await setLotEnd(h.t, lot.id, -1000);
    await h.t.app.get(AuctionClosing).closeDue();
    await h.t.app.get(JobRunner).drainUntilIdle();
    const failed = await createListedSale(h.t, seller, achievementId, { title: '储能材料检测方法许可' });
    await endListedSale(h.t, failed.id);
  }, 240_000);
  afterAll(() => h?.close());

  for (const [name, viewport, buyer] of [
    ['desktop', DESKTOP, 0],
    ['phone', PHONE, 1],
  ] as const) {
    it(`a visitor reads a listing with its countdown, rules and versions; a buyer declares intent (${name})`, async () => {
      const visitor = await h.newPage(viewport);
      await visitor.goto('/listed-sales');
      await visitor.getByRole('link', { name: '硬碳负极材料制备方法专利权转让' }).click();
      await visitor.getByTestId('listed-sale-price').getByText('45 万元').waitFor();
      await expect(visitor.getByTestId('listing-countdown').innerText()).resolves.toMatch(
        /^距挂牌期满 \d+ 天 \d\d:\d\d:\d\d$/,
      );
      await expect(visitor.getByTestId('listed-sale-version').count()).resolves.toBe(2);
      const text = await visitor.locator('body').innerText();
      expect(text).toContain('转为网络竞价');
      expect(text).toContain('下调挂牌价');
      expect(latinWords(text)).toEqual([]);
      await h.screenshot(visitor, `listed-sale-detail-${name}`);

      const page = await h.logIn(buyers[buyer]!, `/listed-sales/${listingId}`, viewport);
      await page.getByTestId('intent-terms').fill('接受挂牌价，合同生效后 30 日内一次性付款。');
      await page.getByTestId('intent-submit').click();
      await page.getByTestId('my-intent').waitFor();
      expect(latinWords(await page.getByRole('main').innerText())).toEqual([]);
      await h.screenshot(page, `listed-sale-intent-${name}`);
    });

    it(`everyone reads the 成交公告 (${name})`, async () => {
      const page = await h.newPage(viewport);
      await page.goto('/sale-notices');
      await page.getByText('锂电池回收工艺专利权转让').waitFor();
      const text = await page.locator('body').innerText();
      expect(text).toContain('濉溪电池材料有限公司');
      expect(text).toContain('储能材料检测方法许可');
      expect(text).toContain('流标');
      expect(latinWords(text)).toEqual([]);
      await h.screenshot(page, `sale-notices-${name}`);
    });
  }

  it('a seller lists an achievement through the form and sees its listing under 本机构挂牌', async () => {
    const bureau = await createBureauStaff(h.t, '340600');
    await saleableAchievement(h.t, seller, bureau);
    const page = await h.logIn(seller, '/listed-sales');
    await page.getByTestId('listed-sale-create').click();
    await page.getByTestId('listed-sale-achievement').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('listed-sale-title').fill('动力电池梯次利用检测技术许可');
    await page.getByTestId('listed-sale-price-input').fill('30');
    await h.screenshot(page, 'listed-sale-form-desktop');
    await page.getByTestId('listed-sale-submit').click();
    await page.getByTestId('listed-sale-title').getByText('动力电池梯次利用检测技术许可').waitFor();
    await page.getByTestId('listed-sale-price').getByText('30 万元').waitFor();
    expect(latinWords(await page.getByRole('main').innerText())).toEqual([]);
    await h.screenshot(page, 'listed-sale-created-desktop');
    const detail = page.url();
    // A change is a new version, shown as such.
    await page.getByTestId('listed-sale-edit').click();
    await page.getByTestId('listed-sale-price-input').fill('28');
    await page.getByLabel('修改说明').fill('下调挂牌价');
    await page.getByTestId('listed-sale-submit').click();
    await page.getByTestId('listed-sale-price').getByText('28 万元').waitFor();
    await expect(page.getByTestId('listed-sale-version').count()).resolves.toBe(2);
    // Withdrawn with a reason, then listed again as a new listing.
    await page.getByTestId('listed-sale-withdraw').click();
    await page.getByTestId('withdraw-reason').fill('专利权属正在变更');
    await page.getByTestId('withdraw-submit').click();
    await page.getByText('卖方已撤回挂牌。撤回理由：专利权属正在变更').waitFor();
    await h.screenshot(page, 'listed-sale-withdrawn-desktop');
    await page.getByTestId('listed-sale-relist').click();
    await page.getByTestId('relist-submit').click();
    await page.waitForURL((url) => url.href !== detail);
    await page.getByTestId('listed-sale-price').getByText('28 万元').waitFor();
    await page.getByText(/^本项目为.*重新挂牌。$/).waitFor();
    expect(latinWords(await page.getByRole('main').innerText())).toEqual([]);
    await page.goto('/listed-sales');
    await page.getByRole('tab', { name: '本机构挂牌' }).click();
    // Both tabs stay in the page; roles see only the open one, which holds the organisation's own listings.
    await page.getByRole('row', { name: /动力电池梯次利用检测技术许可.*挂牌中/ }).waitFor();
    await h.screenshot(page, 'listed-sales-mine-desktop');
  });
});
