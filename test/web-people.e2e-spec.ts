import { generate } from 'otplib';
import {
  addMember,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { buttonLabel, DESKTOP, PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { api, refused } from './http.js';

/**
 * Issue 17 in a real browser: an org admin invites a colleague, who opens the link from the
 * mail, sets a password and logs in; the platform admin disables a user, whose next request
 * answers 401 (the open page falls back to the login page).
 */
describe('web app: people management in the browser (e2e)', () => {
  let h: WebHarness;
  let smtp: SmtpHarness;
  let ent: TestOrg;
  let platform: TestOrg;

  beforeAll(async () => {
    // The invitation travels as it would in production: job queue → nodemailer → a real SMTP server.
    smtp = await startSmtp();
    h = await startWebHarness({ MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url });
    [ent, platform] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北邀请演示科技有限公司' }),
      createPlatformAdmin(h.t),
    ]);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await smtp?.stop();
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
    // notices become deliveries on the default lane, mails leave from their own
    await h.t.app.get(JobRunner).drainUntilIdle();
    await h.t.app.get(JobRunner).drainUntilIdle({ lane: 'mail' });
    const mails = (await smtp.waitFor((m) => m.some((x) => x.to.includes(email)))).filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.parsed.subject).toBe('【网上技术市场】淮北邀请演示科技有限公司邀请您加入');
    const href = /https?:\/\/\S+\/accept-invite#token=[A-Za-z0-9_-]+/.exec(mails[0]!.parsed.text ?? '')?.[0];
    expect(href).toBeDefined();
    const link = new URL(href!);
    const colleague = await h.newPage(PHONE);
    await colleague.goto(`${link.pathname}${link.hash}`);
    await colleague.getByText('设置登录密码').waitFor();
    await colleague.getByLabel('密码', { exact: true }).fill('Chen@2026jing');
    await colleague.getByLabel('确认密码').fill('Chen@2026jing');
    await h.screenshot(colleague, 'people-accept-phone');
    await colleague.getByTestId('accept-invite').click();
    await colleague.getByText('密码已设置').waitFor();
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
    // … and the admin makes the colleague a broker too.
    await tableRow(admin, email).getByTestId('edit-roles').click();
    await admin.getByRole('dialog', { name: '修改角色' }).getByLabel('技术经纪人').check();
    await admin.getByTestId('roles-ok').click();
    await tableRow(admin, email).getByText('技术经纪人').waitFor();
    const phone = await h.logIn(ent, '/org/members', PHONE);
    await tableRow(phone, email).waitFor();
    await h.screenshot(phone, 'people-members-phone');
  });

  it('the platform admin disables a user: their next request answers 401 and their page returns to the login', async () => {
    const member = await addMember(h.t, ent, { roles: ['member'] });
    const memberPage = await h.logIn(member, '/notifications');
    const admin = await h.logIn(platform, '/admin/users');
    await admin.getByPlaceholder('姓名、邮箱或手机号').fill(member.user.email);
    await admin.getByPlaceholder('姓名、邮箱或手机号').press('Enter');
    const row = tableRow(admin, member.user.email);
    await row.getByTestId('disable-user').click();
    await admin
      .getByRole('button', { name: buttonLabel('停用') })
      .last()
      .click();
    await row.getByText('已停用').waitFor();
    await h.screenshot(admin, 'people-admin-disabled');

    await refused(api(h.t, member).get('/api/me'), 401, 'SESSION_EXPIRED');
    // The member's open page: its next request is refused and the app asks to log in again.
    await memberPage.reload();
    await memberPage.waitForURL(/\/login/);
    await memberPage.getByLabel('邮箱或手机号').waitFor();
  });

  it('a bureau admin suspends an organisation of its subtree, finds it in the audit log and exports it', async () => {
    const huaibei = await createBureauStaff(h.t, '340600', { admin: true });
    const target = await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '340602',
      name: '淮北暂停演示有限公司',
    });
    // the bureau admin's menu overflows into "…" at this width: open the pages by their address
    const page = await h.logIn(huaibei, '/orgs');
    await page.getByPlaceholder('机构名称').fill('淮北暂停演示');
    await page.getByPlaceholder('机构名称').press('Enter');
    await tableRow(page, '淮北暂停演示有限公司').getByTestId('suspend-org').click();
    await page.getByLabel('暂停理由（对方可见）').fill('多次发布虚假成果信息，暂停待核查');
    await page.getByTestId('suspend-ok').click();
    await tableRow(page, '淮北暂停演示有限公司').getByText('已暂停').waitFor();
    await h.screenshot(page, 'people-bureau-orgs');

    // The suspended organisation's admin sees why, and may no longer publish.
    const suspended = await h.logIn(target, '/');
    await suspended.getByTestId('suspended-banner').getByText('多次发布虚假成果信息').waitFor();
    await h.screenshot(suspended, 'people-suspended-banner');

    await page.goto('/audit');
    await page.getByTestId('audit-actor').locator('input').fill(huaibei.user.email);
    await page.getByTestId('audit-actor').locator('input').press('Enter');
    const row = tableRow(page, '暂停机构');
    await row.waitFor();
    expect(await row.textContent()).toContain('机构');
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('多次发布虚假成果信息，暂停待核查').waitFor();
    await h.screenshot(page, 'people-audit');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(file.suggestedFilename()).toMatch(/^审计日志-\d{8}\.xlsx$/);

    const phone = await h.logIn(huaibei, '/audit', PHONE);
    await tableRow(phone, '暂停机构').first().waitFor();
    await h.screenshot(phone, 'people-audit-phone');
  });

  it('a bureau admin enrols TOTP on the profile page and is shown the recovery codes once', async () => {
    const admin = await createBureauStaff(h.t, '341600', { admin: true });
    const page = await h.logIn(admin, '/', DESKTOP);
    await page.getByTestId('user-menu').hover();
    await page.getByRole('menuitem', { name: '账号与安全' }).click();
    await page.getByTestId('totp-setup').click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await h.screenshot(page, 'people-totp-setup');
    await page.getByTestId('totp-code').fill(await generate({ secret }));
    await page.getByTestId('totp-enable').click();
    const codes = (await page.getByTestId('recovery-codes').locator('pre').textContent())!.trim().split('\n');
    expect(codes).toHaveLength(10);
    await h.screenshot(page, 'people-recovery-codes');
    await page.getByTestId('recovery-saved').click();
    await page.getByTestId('recovery-left').getByText('10').waitFor();
    // A recovery code logs in instead of the TOTP code, once.
    const login = (recoveryCode: string) =>
      api(h.t).post('/api/auth/login', { login: admin.user.email, password: admin.user.password, recoveryCode });
    await login(codes[0]!).expect(200);
    await refused(login(codes[0]!), 401, 'RECOVERY_CODE_INVALID');
  });
});
