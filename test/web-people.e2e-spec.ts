import {
  addMember,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { buttonLabel, PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { captureMail, type Mailbox } from './mailbox.js';
import { api, refused } from './http.js';

/**
 * Issue 17 in a real browser: an org admin invites a colleague, who opens the link from the
 * mail, sets a password and logs in; the platform admin disables a user, whose next request
 * answers 401 (the open page falls back to the login page).
 */
describe('web app: people management in the browser (e2e)', () => {
  let h: WebHarness;
  let box: Mailbox;
  let ent: TestOrg;
  let platform: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    box = captureMail(h.t);
    [ent, platform] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北邀请演示科技有限公司' }),
      createPlatformAdmin(h.t),
    ]);
  }, 120_000);

  afterAll(async () => {
    box?.restore();
    await h?.close();
  });

  it('an org admin invites a colleague, who opens the mailed link, sets a password and logs in', async () => {
    const email = `colleague-${Date.now()}@example.cn`;
    const admin = await h.logIn(ent, '/');
    await admin.getByRole('menuitem', { name: '成员管理' }).click();
    await admin.getByTestId('invite-member').click();
    const dialog = admin.getByRole('dialog', { name: '邀请成员' });
    await dialog.getByLabel('邮箱').fill(email);
    await dialog.getByLabel('姓名').fill('陈静');
    await h.screenshot(admin, 'people-invite-form');
    await admin.getByTestId('invite-ok').click();
    await dialog.getByText(`邀请邮件已发送至 ${email}`).waitFor();
    await h.screenshot(admin, 'people-invite-sent');
    await admin.getByTestId('invite-ok').click();
    await tableRow(admin, email).getByText('待接受邀请').waitFor();
    await h.screenshot(admin, 'people-members');

    // The colleague opens the link of the mail that arrived (the mail's host is PUBLIC_URL's).
    const mails = await box.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('【网上技术市场】淮北邀请演示科技有限公司邀请您加入');
    const link = new URL(await box.link(email));
    const colleague = await h.newPage(PHONE);
    await colleague.goto(`${link.pathname}${link.hash}`);
    await colleague.getByText('接受邀请，设置密码').waitFor();
    await colleague.getByLabel('密码', { exact: true }).fill('Chen@2026jing');
    await colleague.getByLabel('确认密码').fill('Chen@2026jing');
    await h.screenshot(colleague, 'people-accept-phone');
    await colleague.getByTestId('accept-invite').click();
    await colleague.getByText('账号已激活').waitFor();
    await colleague.getByTestId('go-login').click();
    await colleague.getByLabel('邮箱或手机号').fill(email);
    await colleague.getByLabel('密码').fill('Chen@2026jing');
    await colleague
      .getByRole('main')
      .getByRole('button', { name: buttonLabel('登录') })
      .click();
    await colleague.getByTestId('user-menu').waitFor();
    await h.screenshot(colleague, 'people-colleague-logged-in-phone');

    // The admin's list shows the colleague active now.
    await admin.reload();
    await tableRow(admin, email).getByText('正常').waitFor();
  });

  it('the platform admin disables a user: their next request answers 401 and their page returns to the login', async () => {
    const member = await addMember(h.t, ent, { roles: ['member'] });
    const memberPage = await h.logIn(member, '/notifications');
    const admin = await h.logIn(platform, '/admin/users');
    await admin.getByPlaceholder('姓名、邮箱或手机号').fill(member.user.email);
    await admin.getByPlaceholder('姓名、邮箱或手机号').press('Enter');
    const row = tableRow(admin, member.user.email);
    await row.getByTestId('disable-user').click();
    await admin.getByRole('button', { name: buttonLabel('停用') }).last().click();
    await row.getByText('已停用').waitFor();
    await h.screenshot(admin, 'people-admin-disabled');

    await refused(api(h.t, member).get('/api/me'), 401, 'SESSION_EXPIRED');
    // The member's open page: its next request is refused and the app asks to log in again.
    await memberPage.reload();
    await memberPage.waitForURL(/\/login/);
    await memberPage.getByLabel('邮箱或手机号').waitFor();
  });
});
