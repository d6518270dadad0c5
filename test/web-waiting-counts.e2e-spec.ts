import type { Page } from 'playwright-core';
import { submittedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, createPlatformAdmin } from './factories/identity.factory.js';
import { createListing, submitListing } from './factories/listing.factory.js';
import { PHONE, startWebHarness, submitDialog, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * What waits, without opening each tab: the review queues' tabs and the side menu carry the
 * number of items waiting (the server's list totals), and a decision brings them down at once.
 * Each `it` works in a region of its own, so its bureau's counts are its own records.
 */
describe('web app: review tabs and the menu show how many items wait (e2e)', () => {
  let h: WebHarness;

  beforeAll(async () => {
    h = await startWebHarness();
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  /** Waits until the badge (by test id) shows `n` (its number rolls: its title says it at once); 0: no badge at all. */
  const countIs = async (page: Page, testId: string, n: number): Promise<void> => {
    const badge = page.getByTestId(testId);
    if (n === 0) return badge.waitFor({ state: 'detached' });
    await badge
      .and(page.locator(`[data-count="${n}"]`))
      .locator(`[title="${n} 项待处理"]`)
      .first()
      .waitFor();
  };

  it('审核: each tab and the menu entry show what waits; approving a need brings both down', async () => {
    const bureau = await createBureauStaff(h.t, '341200');
    const enterprise = await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '341202',
      name: '阜阳智能装备有限公司（待办测试）',
    });
    await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '341203',
      verified: false,
      name: '阜阳新材料科技有限公司（待认证）',
    });
    for (const title of ['秸秆打捆机自动喂料技术需求（待办一）', '农机北斗导航改装技术需求（待办二）'])
      await submitListing(h.t, enterprise, 'needs', await createListing(h.t, enterprise, 'needs', { title }));
    const university = await createOrgWithAdmin(h.t, { type: 'university', regionCode: '341202' });
    await submitListing(
      h.t,
      university,
      'achievements',
      await createListing(h.t, university, 'achievements', { title: '小麦赤霉病快速检测试纸（待办测试）' }),
    );

    const page = await h.logIn(bureau, '/review');
    await countIs(page, 'waiting-orgs', 1);
    await countIs(page, 'waiting-needs', 2);
    await countIs(page, 'waiting-achievements', 1);
    await countIs(page, 'waiting-challenges', 0);
    await countIs(page, 'menu-waiting-review', 4);
    await countIs(page, 'menu-waiting-certification', 0);
    await h.screenshot(page, 'waiting-review');

    await page.getByRole('tab', { name: /技术需求/ }).click();
    await tableRow(page, '秸秆打捆机自动喂料技术需求（待办一）').getByTestId('approve-listing').click();
    await page.getByTestId('approve-listing-confirm').click();
    await tableRow(page, '秸秆打捆机自动喂料技术需求（待办一）').waitFor({ state: 'detached' });
    await countIs(page, 'waiting-needs', 1);
    await countIs(page, 'menu-waiting-review', 3);

    // On a phone the menu is behind a button: a dot on it says something waits; the menu has the count.
    const phone = await h.logIn(bureau, '/review', PHONE);
    await countIs(phone, 'waiting-needs', 1);
    // the four tabs and their counts fit a phone: none behind the tab bar's "…"
    await countIs(phone, 'waiting-achievements', 1);
    expect(await phone.locator('.ant-tabs-nav-operations-hidden').count()).toBe(1);
    await phone.getByTestId('open-menu').locator('.ant-badge-dot').waitFor();
    expect(await phone.getByTestId('open-menu').getAttribute('aria-label')).toBe('打开菜单（有待处理事项）');
    await h.screenshot(phone, 'waiting-review-phone');
    await phone.getByTestId('open-menu').click();
    await countIs(phone, 'menu-waiting-review', 3);
    await h.screenshot(phone, 'waiting-menu-phone');
    await phone.context().close();
    await page.context().close();
  }, 180_000);

  it('合同登记: 待登记 and the menu show the contracts waiting; certifying one brings both down', async () => {
    const bureau = await createBureauStaff(h.t, '341600');
    const seller = await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '341600',
      name: '亳州中药饮片机械有限公司（待办测试）',
    });
    const buyer = await createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '341300' });
    for (const title of ['中药饮片智能切制技术开发合同（待办一）', '中药材烘干设备技术服务合同（待办二）'])
      await submittedContract(h.t, seller, buyer, { title });

    const page = await h.logIn(bureau, '/certification');
    await countIs(page, 'waiting-contracts', 2);
    await countIs(page, 'menu-waiting-certification', 2);
    await h.screenshot(page, 'waiting-certification');

    await page
      .getByTestId('queue-contract')
      .filter({ hasText: '中药饮片智能切制技术开发合同（待办一）' })
      .getByTestId('certify-contract')
      .click();
    await submitDialog(page, '确认认定登记');
    await page.getByTestId('registration-no').waitFor();
    await countIs(page, 'waiting-contracts', 1);
    await countIs(page, 'menu-waiting-certification', 1);
  }, 120_000);

  it('平台管理: the 机构 tab and the menu entry show the organisations waiting, as the API counts them', async () => {
    const platform = await createPlatformAdmin(h.t);
    await createOrgWithAdmin(h.t, {
      type: 'university',
      regionCode: '341500',
      verified: false,
      name: '皖西应用技术学院（待认证）',
    });
    const waiting = async () =>
      (await api(h.t, platform).get('/api/organizations').query({ status: 'pending', pageSize: 1 }).expect(200)).body
        .total as number;
    const page = await h.logIn(platform, '/admin/orgs');
    const n = await waiting();
    expect(n).toBeGreaterThan(0);
    await countIs(page, 'waiting-orgs', n);
    await countIs(page, 'menu-waiting-admin', n);
    await h.screenshot(page, 'waiting-admin');

    await tableRow(page, '皖西应用技术学院（待认证）').getByTestId('verify-org').click();
    await page.getByTestId('verify-org-confirm').click();
    await countIs(page, 'waiting-orgs', n - 1);
    await countIs(page, 'menu-waiting-admin', n - 1);
    expect(await waiting()).toBe(n - 1);
  }, 120_000);
});
