import {
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  loginAs,
  type TestOrg,
} from './factories/identity.factory.js';
import { PHONE, pickInCascader, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Bureaus come into being in the browser as they do in the API: the platform opens one, a
 * bureau admin invites the one below it; an organisation awaiting verification completes its
 * own registration and nothing else.
 */
describe('web app: opening bureaus and completing a registration in the browser (e2e)', () => {
  let h: WebHarness;
  let platform: TestOrg;
  let huaibeiAdmin: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [platform, huaibeiAdmin] = await Promise.all([
      createPlatformAdmin(h.t),
      createBureauStaff(h.t, '340600', { admin: true }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('the platform opens 濉溪县科学技术局 from the organisation list and gets the invitation link to hand over', async () => {
    const page = await h.loggedInPage(platform.user.email, '/admin');
    await page.getByTestId('open-bureau').click();
    const dialog = page.getByRole('dialog');
    await pickInCascader(page, dialog.getByLabel('所在地区'), ['安徽省', '淮北市', '濉溪县']);
    await dialog.getByLabel('机构名称').fill('濉溪县科学技术局');
    await dialog.getByLabel('统一社会信用代码').fill('KJJ-340621-WEB');
    await dialog.getByLabel('姓名').fill('濉溪管理员');
    await dialog.getByLabel('邮箱').fill(`suixi-web-${Date.now()}@example.gov.cn`);
    await dialog.getByTestId('provision-ok').click();
    await dialog.getByText('科技局账号已开通').waitFor();
    const link = await dialog.getByTestId('invite-link').textContent();
    expect(link).toMatch(/\/accept-invite#token=[A-Za-z0-9_-]{20,}/);
    await h.screenshot(page, 'trust-open-bureau');
    expect(await page.locator('body').textContent()).not.toMatch(/BUREAU_EXISTS|VALIDATION_FAILED|bureau/);
  });

  it('a bureau admin invites the bureau below it; a second one for the same county is refused next to the field', async () => {
    const page = await h.loggedInPage(huaibeiAdmin.user.email, '/review');
    await page.getByTestId('invite-bureau').click();
    const dialog = page.getByRole('dialog');
    await pickInCascader(page, dialog.getByLabel('所在地区'), ['安徽省', '淮北市', '烈山区']);
    await dialog.getByLabel('机构名称').fill('烈山区科学技术局');
    await dialog.getByLabel('统一社会信用代码').fill('KJJ-340604-WEB');
    await dialog.getByLabel('姓名').fill('烈山管理员');
    await dialog.getByLabel('邮箱').fill(`lieshan-web-${Date.now()}@example.gov.cn`);
    await dialog.getByTestId('provision-ok').click();
    await dialog.getByText('邀请已发出').waitFor();
    await dialog.getByTestId('provision-ok').click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('invite-bureau').click();
    await pickInCascader(page, dialog.getByLabel('所在地区'), ['安徽省', '淮北市', '烈山区']);
    await dialog.getByLabel('机构名称').fill('烈山区科技局（重复）');
    await dialog.getByLabel('统一社会信用代码').fill('KJJ-340604-WEB2');
    await dialog.getByLabel('姓名').fill('某人');
    await dialog.getByLabel('邮箱').fill(`lieshan-web2-${Date.now()}@example.gov.cn`);
    await dialog.getByTestId('provision-ok').click();
    // Shown as the region field's error, in words.
    await dialog.locator('.ant-form-item-explain-error', { hasText: '烈山区已有科技局账号' }).waitFor();
    expect(await dialog.textContent()).not.toContain('BUREAU_EXISTS');
  });

  it('a rejected enterprise corrects its registration on a phone and is back in the bureau’s queue', async () => {
    const org = await createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', verified: false });
    const staff = await createBureauStaff(h.t, '340600');
    await api(h.t, staff)
      .post(`/api/organizations/${org.org.id}/reject`, { reason: '营业执照与填报名称不一致' })
      .expect(200);
    const page = await h.loggedInPage(org.user.email, '/', PHONE);
    await page.getByText('机构认证未通过：营业执照与填报名称不一致').waitFor();
    await page.getByTestId('edit-registration').click();
    await page.getByTestId('registration-form').waitFor();
    await page.getByLabel('机构名称').fill(`${org.org.name}（更正）`);
    await page.getByTestId('save-registration').click();
    await page.getByText('已重新提交，请等待科技局审核').waitFor();
    await h.screenshot(page, 'trust-registration-phone');
    const queue = await api(h.t)
      .get('/api/organizations', { status: 'pending', pageSize: 100 })
      .set(bearer((await loginAs(h.t, staff.user.email)).accessToken))
      .expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(org.org.id);
  });
});
