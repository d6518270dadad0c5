import { submittedContract } from './factories/contract.factory.js';
import { acceptedDeal, moveDeal } from './factories/deal.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createListing, publishedListing, submitListing } from './factories/listing.factory.js';
import { buttonLabel, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * A next step for every viewer of a listing (issue 18, point 4), the review queue that shows
 * what a reviewer checks in the row, and confirmations that state the consequence before the
 * steps that cannot be undone (point 3: 已签约, 认定登记, 不予登记).
 */
describe('web app: next steps and confirmations (e2e)', () => {
  let h: WebHarness;
  let bureau: TestOrg;
  let ent: TestOrg;
  let uni: TestOrg;
  let broker: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [bureau, ent, uni, broker] = await Promise.all([
      createBureauStaff(h.t, '340600'),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北储能科技有限公司（下一步测试）' }),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院（下一步测试）' }),
      createOrgWithAdmin(h.t, {
        type: 'broker_agency',
        regionCode: '340600',
        roles: ['broker'],
        name: '淮北技术转移中心（下一步测试）',
      }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const achievementOf = (title: string) =>
    publishedListing(
      h.t,
      uni,
      'achievements',
      { title, contactName: '李老师', contactPhone: '0561-3001234' },
      { reviewer: bureau },
    );

  it('offers a visitor 登录后联系 and 注册机构, under a breadcrumb', async () => {
    const a = await achievementOf('钠离子电池正极材料制备技术');
    const page = await h.newPage();
    await page.goto(`/listings/achievements/${a.id}`);
    const crumbs = page.getByTestId('breadcrumb');
    await crumbs.getByText('找成果').waitFor();
    expect(await crumbs.textContent()).toContain('首页');
    const steps = page.getByTestId('next-steps');
    await steps.getByRole('button', { name: '注册机构' }).waitFor();
    await h.screenshot(page, 'listing-visitor-next-steps');
    await steps.getByTestId('login-to-contact').click();
    await page.waitForURL(/\/login\?next=/);
    expect(decodeURIComponent(page.url())).toContain(`/listings/achievements/${a.id}`);
  });

  it('lets another organisation start a deal from the listing (我要对接)', async () => {
    const a = await achievementOf('秸秆制备生物质硬碳技术');
    const page = await h.logIn(ent, `/listings/achievements/${a.id}`);
    const steps = page.getByTestId('next-steps');
    await steps.getByTestId('listing-contact').getByText('李老师').waitFor();
    await steps.getByTestId('start-deal').click();
    const dialog = page.getByRole('dialog', { name: '我要对接' });
    await dialog.getByText('成果方作为卖方，本机构作为买方').waitFor();
    await dialog.getByLabel('想对对方说的话').fill('希望以技术许可方式合作。');
    await h.screenshot(page, 'listing-start-deal');
    await page.getByTestId('start-deal-ok').click();
    await page.waitForURL(/\/deals\?deal=/);
    const dealId = new URL(page.url()).searchParams.get('deal')!;
    const deal = (await api(h.t, ent).get(`/api/deals/${dealId}`).expect(200)).body;
    expect(deal.achievementId).toBe(a.id);
    expect(deal.parties.map((p: { orgId: string; role: string }) => [p.orgId, p.role]).sort()).toEqual(
      [
        [uni.org.id, 'seller'],
        [ent.org.id, 'buyer'],
      ].sort(),
    );
  });

  it('gives the owner 编辑 and 撤回 (asking first), and a breadcrumb back to 我的发布', async () => {
    const a = await achievementOf('高镍正极材料包覆改性技术');
    const page = await h.logIn(uni, `/listings/achievements/${a.id}`);
    await page.getByTestId('breadcrumb').getByText('我的发布').waitFor();
    await page.getByTestId('edit-listing').click();
    const form = page.getByTestId('listing-form');
    expect(await form.getByLabel('标题', { exact: true }).inputValue()).toBe('高镍正极材料包覆改性技术');
    await page.locator('.ant-drawer-close').click();
    await form.waitFor({ state: 'hidden' });
    await page.getByTestId('withdraw-listing').click();
    await page.locator('.ant-popconfirm:visible').getByText('不再参与匹配').waitFor();
    await h.screenshot(page, 'listing-owner-next-steps');
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: buttonLabel('撤回') })
      .click();
    await page.getByText('已撤回').first().waitFor();
    expect((await api(h.t, uni).get(`/api/listings/achievements/${a.id}`).expect(200)).body.status).toBe('withdrawn');
  });

  it('shows a reviewer budget, deadline and contact in the queue row, without opening the listing', async () => {
    await submitListing(
      h.t,
      ent,
      'needs',
      await createListing(h.t, ent, 'needs', {
        title: '储能电站热失控预警技术需求',
        budgetMinFen: 30_000_000,
        budgetMaxFen: 80_000_000,
        deadline: '2030-06-30',
        contactName: '王工',
        contactPhone: '0561-3000001',
      }),
    );
    const page = await h.logIn(bureau, '/review');
    await page.getByRole('tab', { name: '技术需求' }).click();
    const row = tableRow(page, '储能电站热失控预警技术需求');
    await row.locator('.ant-table-row-expand-icon').click();
    const details = page.getByTestId('review-details');
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    for (const shown of ['预算30 万元 – 80 万元', '截止日期2030年6月30日', '王工 0561-3000001', '提交日期'])
      expect(text).toContain(shown);
    expect(await page.locator('a[target="_blank"]').count()).toBe(0);
    await h.screenshot(page, 'review-expanded');
  });

  it('states the consequence in the 认定登记 and 不予登记 dialogs; closing them changes nothing', async () => {
    const c = await submittedContract(h.t, uni, ent, { title: '钠电正极材料技术开发合同（确认测试）' });
    const page = await h.logIn(bureau, '/certification');
    await tableRow(page, '钠电正极材料技术开发合同（确认测试）').getByTestId('certify-contract').click();
    const certify = page.getByRole('dialog', { name: '认定登记' });
    await certify.getByTestId('consequence').getByText('不能撤回', { exact: false }).waitFor();
    await h.screenshot(page, 'certify-consequence');
    await certify.getByRole('button', { name: buttonLabel('取消') }).click();
    await certify.waitFor({ state: 'hidden' });
    await tableRow(page, '钠电正极材料技术开发合同（确认测试）').getByRole('button', { name: '不予登记' }).click();
    const reject = page.getByRole('dialog', { name: '不予登记' });
    await reject.getByTestId('consequence').getByText('退回卖方', { exact: false }).waitFor();
    await reject.getByRole('button', { name: buttonLabel('取消') }).click();
    expect((await api(h.t, uni).get(`/api/contracts/${c.id}`).expect(200)).body.status).toBe('submitted');
  });

  it('asks before 已签约 and says the deal ends there', async () => {
    const deal = await acceptedDeal(
      h.t,
      broker,
      { seller: uni, buyer: ent },
      { title: '硬碳负极技术对接（签约确认）' },
    );
    await moveDeal(h.t, broker, deal, ['contacted', 'introduced', 'negotiating']);
    const page = await h.logIn(broker, '/deals');
    const card = page.getByTestId('deal-card').filter({ hasText: '硬碳负极技术对接（签约确认）' });
    await card.getByRole('button', { name: '推进到「已签约」' }).click();
    const dialog = page.getByRole('dialog', { name: '推进到「已签约」' });
    await dialog.getByText('对接结束，阶段不能再改', { exact: false }).waitFor();
    await h.screenshot(page, 'deal-signed-confirm');
    await dialog.getByRole('button', { name: buttonLabel('取消') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body.stage).toBe('negotiating');
    await card.getByRole('button', { name: '推进到「已签约」' }).click();
    await page.getByTestId('confirm-signed').click();
    await page.getByTestId('column-signed').getByTestId('deal-card').filter({ hasText: '签约确认' }).waitFor();
    expect((await api(h.t, broker).get(`/api/deals/${deal.id}`).expect(200)).body.stage).toBe('signed');
  });
});
