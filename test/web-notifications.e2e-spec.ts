import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';
import { logInWithForm, PHONE, startWebHarness, type WebHarness } from './browser.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';

const PUBLIC_URL = 'https://jssc.example.gov.cn';

/**
 * Mail preferences in the browser: the settings page, the unsubscribe link of a received mail
 * (opened signed out: the login keeps the token and comes back), and the platform admin's list
 * of mail refused for good. A real SMTP server receives the mails.
 */
describe('web app: mail preferences, unsubscribe and delivery failures (e2e)', () => {
  let h: WebHarness, smtp: SmtpHarness, ent: TestOrg, platform: TestOrg;

  beforeAll(async () => {
    smtp = await startSmtp({ refuse: (to) => to.startsWith('bounce-') });
    h = await startWebHarness({
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_PERMANENT_FAILURE_ATTEMPTS: '1',
    });
    [ent, platform] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北邮件测试科技有限公司' }),
      createPlatformAdmin(h.t),
    ]);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.stop();
  });

  const notify = async (n: NotificationInput) => {
    await h.t.app.get(DataSource).transaction((em) =>
      h.t.app
        .get(NotificationService)
        .notify(em, n)
        .then(() => undefined),
    );
    await h.t.app.get(JobRunner).drainUntilIdle({ lane: 'mail' });
  };
  const prefOf = async (who: TestOrg, category: string): Promise<string> =>
    (await api(h.t, who).get('/api/me/notification-preferences').expect(200)).body.find(
      (p: { category: string }) => p.category === category,
    ).mail;

  it('the settings page sets a category to the daily digest; the essential one cannot be changed', async () => {
    const page = await h.logIn(ent, '/notifications');
    await page.getByTestId('notification-preferences').click();
    const deals = page.getByTestId('preference-deals');
    await deals.getByText('每日摘要').click();
    await page.getByText('已保存').waitFor();
    expect(await prefOf(ent, 'deals')).toBe('digest');
    await expect(
      page.getByTestId('preference-account').locator('input[type=radio]').first().isDisabled(),
    ).resolves.toBe(true);
    await h.screenshot(page, 'notification-preferences');
    const phone = await h.logIn(ent, '/notifications/preferences', PHONE);
    await phone.getByTestId('preference-deals').waitFor();
    await h.screenshot(phone, 'notification-preferences-phone');
  });

  it('the unsubscribe link of a received mail, opened signed out, turns that category off after login', async () => {
    await notify({
      recipientUserId: ent.user.id,
      kind: 'match_alert',
      title: '新的匹配：煤矸石综合利用技术',
      body: '新发布的科技成果与您的技术需求匹配度为 62%。',
      link: '/notifications',
      mail: true,
    });
    const mail = smtp.received.find((m) => m.to.includes(ent.user.email));
    const link = /https:\/\/jssc\.example\.gov\.cn(\/unsubscribe#token=[A-Za-z0-9_.-]+)/.exec(
      String(mail?.parsed.text),
    );
    expect(link).not.toBeNull();
    const page = await h.newPage();
    await page.goto(link![1]!);
    // Not signed in: the login page, then back to the link with its token.
    await page.getByLabel('邮箱或手机号').waitFor();
    await logInWithForm(page, ent, link![1]!);
    await page.getByText('已退订“匹配提醒”类邮件').waitFor();
    expect(await prefOf(ent, 'matching')).toBe('off');
    await h.screenshot(page, 'unsubscribed');
  });

  it('the platform admin sees a mail the server refused for good, and why', async () => {
    const bounce = await createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602' });
    const email = `bounce-${bounce.user.email}`;
    await h.t.app.get(DataSource).query(`UPDATE app_user SET email = $2 WHERE id = $1`, [bounce.user.id, email]);
    await notify({
      recipientUserId: bounce.user.id,
      kind: 'org_verification',
      title: '机构认证已通过',
      body: '贵单位已通过认证。',
      mail: true,
    });
    const page = await h.logIn(platform, '/admin/mail');
    const row = page.getByTestId('mail-failures').locator('.ant-table-row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.textContent()).toContain('收件地址不存在或已停用');
    await h.screenshot(page, 'admin-mail-failures');
  });
});
