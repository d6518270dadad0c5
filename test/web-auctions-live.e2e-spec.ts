import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { AuctionClosing } from '../libs/auctions/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { bid, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';

/**
 * Issue 19, bidding in the browser: two bidder organisations on the same lot see each other's
 * bids without reloading (socket.io), the bid box confirms the amount in 元 and 万元 and shows a
 * refusal in the server's words, an organisation registers from the lot page and its bureau
 * confirms the deposit, and the page keeps working by polling when the socket is refused.
 */
describe('web app: live auction bidding (e2e)', () => {
  let h: WebHarness;
  let seller: TestOrg;
  let bureau: TestOrg;
  let alice: TestOrg;
  let bob: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [seller, bureau, alice, bob] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院' }),
      createBureauStaff(h.t, '340600'),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北相山新材料有限公司' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '濉溪县储能科技有限公司' }),
    ]);
  }, 180_000);
  afterAll(() => h?.close());

  const price = (page: Page, text: string) => page.getByTestId('lot-price').getByText(text).waitFor();
  const bidThroughBox = async (page: Page, amountText: string) => {
    await page
      .getByTestId('bid-box')
      .getByRole('button', { name: /出\s*价/ })
      .click();
    const dialog = page.getByTestId('bid-confirm');
    await dialog.getByText(amountText).waitFor();
    return dialog;
  };

  it('two bidders see each other’s bids live, through the bid box and its confirmation', async () => {
    const lot = await openLot(h.t, seller, { title: '钠离子电池硬碳负极专利权转让（实时）' });
    await readyBidder(h.t, lot.id, alice, bureau);
    await readyBidder(h.t, lot.id, bob, bureau);
    const a = await h.logIn(alice, `/auctions/${lot.id}`, DESKTOP);
    const b = await h.logIn(bob, `/auctions/${lot.id}`, PHONE);
    for (const p of [a, b]) await p.getByTestId('live-state').getByText('实时').waitFor();

    // Alice: the box holds the next minimum (the starting price); the dialog says it in 元 and 万元.
    await expect(a.getByTestId('bid-box').locator('input').inputValue()).resolves.toBe('10');
    const dialog = await bidThroughBox(a, '100,000.00 元（10 万元）');
    await h.screenshot(a, 'auction-bid-confirm-desktop');
    await a.getByTestId('bid-confirm-ok').click();
    await dialog.waitFor({ state: 'detached' });
    // Bob's page, never reloaded, has the new price, the bid and its own next minimum.
    await price(b, '10 万元');
    await b.getByTestId('bid-row').filter({ hasText: '竞买人 1' }).waitFor();
    await expect(b.getByTestId('bid-box').locator('input').inputValue()).resolves.toBe('10.5');
    await bidThroughBox(b, '105,000.00 元（10.5 万元）');
    await h.screenshot(b, 'auction-bid-confirm-phone');
    await b.getByTestId('bid-confirm-ok').click();
    await price(a, '10.5 万元');
    await a.getByTestId('bid-row').filter({ hasText: '竞买人 2' }).waitFor();
    await b.getByTestId('bid-row').filter({ hasText: '竞买人 2（本机构）' }).waitFor();
    await expect(a.getByTestId('bid-row').count()).resolves.toBe(2);
    await a.getByTestId('chain-verdict').getByText('出价记录核验通过（2 条）').waitFor();

    // A bid overtaken between the dialog and the click: the server's refusal, in Chinese.
    const late = await bidThroughBox(a, '110,000.00 元（11 万元）');
    await bid(h.t, bob, lot.id, '11000000').expect(201);
    await late.page().getByTestId('bid-confirm-ok').click();
    await a.getByTestId('bid-error').getByText('出价低于当前可接受的最低出价').waitFor();
    await price(a, '11 万元');
    await expect(a.getByTestId('bid-box').locator('input').inputValue()).resolves.toBe('11.5');
    await h.screenshot(a, 'auction-live-desktop');
    await h.screenshot(b, 'auction-live-phone');
    for (const p of [a, b]) {
      const text = await p.getByRole('main').innerText();
      expect(text).not.toContain('淮北相山新材料有限公司');
      expect(text.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
    }
  });

  it('an organisation registers from the lot page; its bureau confirms the deposit; then it may bid', async () => {
    const lot = await openLot(h.t, seller, { title: '固态电解质薄膜制备技术许可（报名）' });
    const carol = await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '340621',
      name: '濉溪县固态电池有限公司',
    });
    const page = await h.logIn(carol, `/auctions/${lot.id}`, PHONE);
    await page.getByTestId('register-open').click();
    await page.getByTestId('terms').getByText('保证金 1 万元').waitFor();
    await page.getByTestId('accept-terms').check();
    await page.getByTestId('register-ok').click();
    await page.getByTestId('registration-state').getByText('已报名（竞买人 1）').waitFor();
    await h.screenshot(page, 'auction-registered-phone');

    // the lots with deposits to confirm, as the API counts them, beside the filter and in the menu
    const waiting = async () =>
      (await api(h.t, bureau).get('/api/auctions/supervised', { pendingOnly: true, pageSize: 1 }).expect(200)).body
        .total as number;
    const n = await waiting();
    expect(n).toBeGreaterThan(0);
    const desk = await h.logIn(bureau, '/auctions/supervise', DESKTOP);
    await desk.locator(`[data-testid="waiting-deposits"][data-count="${n}"]`).waitFor();
    await desk.locator(`[data-testid="menu-waiting-auctions-supervise"][data-count="${n}"]`).waitFor();
    await tableRow(desk, '固态电解质薄膜制备技术许可（报名）').click();
    await desk.getByTestId('registration-row').filter({ hasText: '濉溪县固态电池有限公司' }).waitFor();
    await desk.getByTestId('deposit-confirm-open').click();
    await desk.getByLabel('银行回单号或缴款凭证号').fill('34001234567890123456');
    await h.screenshot(desk, 'auction-supervise-desktop');
    await desk.getByTestId('deposit-confirm-ok').click();
    await desk.getByTestId('registration-row').getByText('已确认（回单 34001234567890123456）').waitFor();
    expect(await waiting()).toBe(n - 1);
    if (n === 1) await desk.getByTestId('waiting-deposits').waitFor({ state: 'detached' });
    else await desk.locator(`[data-testid="waiting-deposits"][data-count="${n - 1}"]`).waitFor();

    await page.reload();
    await page.getByTestId('bid-box').waitFor();
    await expect(page.getByTestId('bid-box').locator('input').inputValue()).resolves.toBe('10');
  });

  it('keeps the price current by polling when the socket is refused', async () => {
    const lot = await openLot(h.t, seller, { title: '低温余热发电装置专利（轮询）' });
    await readyBidder(h.t, lot.id, alice, bureau);
    const page = await h.newPage(DESKTOP);
    // The live socket is refused (a proxy without WebSocket, say): the page must still keep up.
    await page.routeWebSocket(/\/api\/live\//, (ws) => ws.close());
    await page.goto(`/auctions/${lot.id}`);
    await page.getByTestId('live-state').getByText('定时刷新').waitFor();
    await bid(h.t, alice, lot.id, '10000000').expect(201);
    await price(page, '10 万元');
    await page.getByTestId('bid-row').filter({ hasText: '竞买人 1' }).waitFor();
  });

  it('the seller, the bidder and the public read their lists', async () => {
    const lot = await openLot(h.t, seller, { title: '高镍正极材料包覆工艺（列表）' });
    await readyBidder(h.t, lot.id, alice, bureau);
    await bid(h.t, alice, lot.id, '10000000').expect(201);
    const mine = await h.logIn(alice, '/auctions/my-bidding', DESKTOP);
    await tableRow(mine, '高镍正极材料包覆工艺（列表）').getByText('领先').waitFor();
    await h.screenshot(mine, 'auction-my-bidding-desktop');
    const phone = await h.logIn(seller, '/auctions/my-lots', PHONE);
    await phone.getByTestId('my-lot-row').filter({ hasText: '高镍正极材料包覆工艺（列表）' }).waitFor();
    await h.screenshot(phone, 'auction-my-lots-phone');

    // The seller writes a draft in 万元 and publishes it.
    const desk = await h.logIn(seller, '/auctions/my-lots', DESKTOP);
    await desk.getByTestId('lot-create').click();
    await desk.getByLabel('标的名称').fill('锂电池回收湿法冶金工艺（新建）');
    await desk.getByLabel('起拍价（万元）').fill('20');
    await desk.getByLabel('加价幅度（万元）').fill('0.5');
    await desk.getByLabel('保证金（万元）').fill('2');
    await h.screenshot(desk, 'auction-lot-form-desktop');
    await desk.getByTestId('lot-save').click();
    const row = tableRow(desk, '锂电池回收湿法冶金工艺（新建）');
    await row.getByText('草稿').waitFor();
    await row.getByRole('button', { name: /发\s*布/ }).click();
    await row.getByText('即将开始').waitFor();
    await row.getByText('20 万元').waitFor();
    await h.screenshot(desk, 'auction-my-lots-desktop');
    // 成交公告: one sale naming its buyer, one whose seller chose not to, one 流拍.
    const named = await openLot(h.t, seller, { title: '钒液流电池电解液配方（已成交）' });
    const hidden = await openLot(h.t, seller, { title: '光伏组件回收热解工艺（已成交）', winnerAnonymous: true });
    const unsold = await openLot(h.t, seller, { title: '氢燃料电池双极板涂层（流拍）', reservePriceFen: '90000000' });
    for (const l of [named, hidden, unsold]) {
      await readyBidder(h.t, l.id, bob, bureau);
      await bid(h.t, bob, l.id, '12000000').expect(201);
      await setLotEnd(h.t, l.id, -1000);
    }
    await h.t.app.get(AuctionClosing).closeDue();
    await h.t.app.get(JobRunner).drainUntilIdle(); // auction.closed → the 成交公告 of each lot
    for (const viewport of [DESKTOP, PHONE]) {
      const results = await h.newPage(viewport);
      // the one result list of both pricing routes (the old auctions-only address leads there)
      await results.goto('/auctions/results');
      await results.waitForURL(/\/sale-notices$/);
      const item = (title: string) => results.getByTestId('sale-notice').filter({ hasText: title });
      await item('钒液流电池电解液配方（已成交）').getByText('濉溪县储能科技有限公司').waitFor();
      await item('光伏组件回收热解工艺（已成交）').getByText('买受人不公开').waitFor();
      await item('氢燃料电池双极板涂层（流拍）').getByText('流拍', { exact: true }).waitFor();
      await expect(item('光伏组件回收热解工艺（已成交）').innerText()).resolves.not.toContain('濉溪县储能');
      await h.screenshot(results, `auction-results-${viewport === PHONE ? 'phone' : 'desktop'}`);
    }
  });
});
