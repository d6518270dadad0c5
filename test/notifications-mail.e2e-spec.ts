import { DataSource } from 'typeorm';
import { NotificationService, type NotificationInput } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { addMember, createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './factories/identity.factory.js';
import { api, refused } from './http.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';
import { createTestApp, type TestApp } from './test-app.js';

const PUBLIC_URL = 'https://jssc.example.gov.cn/market';

/**
 * Mail through a real SMTP server (in this process) and the job queue: one mail per recipient,
 * in Chinese with an encoded subject, HTML and text parts, links under PUBLIC_URL and an
 * unsubscribe link; retried while the server is down and sent once; refused for good (5xx)
 * after MAIL_PERMANENT_FAILURE_ATTEMPTS and then shown to the platform admin. The queue's
 * backoff is shortened (base 50 ms, capped at 1 s) so that "down for a minute" is 3 s here.
 */
describe('mail over SMTP (e2e)', () => {
  let smtp: SmtpHarness, t: TestApp, ds: DataSource, runner: JobRunner;

  beforeAll(async () => {
    smtp = await startSmtp({ refuse: (to) => to.startsWith('bounce-') });
    t = await createTestApp({
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'market@kjj.example.gov.cn',
      PUBLIC_URL,
      JOBS_BACKOFF_BASE_MS: '50',
      JOBS_BACKOFF_MAX_MS: '1000',
      JOBS_POLL_MS: '100',
      MAIL_PERMANENT_FAILURE_ATTEMPTS: '2',
    });
    ds = t.app.get(DataSource);
    runner = t.app.get(JobRunner);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const notify = (inputs: NotificationInput[]) =>
    ds.transaction(async (em) => {
      for (const n of inputs) await t.app.get(NotificationService).notify(em, n);
    });
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const until = async (done: () => Promise<boolean>) => {
    for (const stop = Date.now() + 10_000; !(await done());) {
      if (Date.now() > stop) throw new Error('condition not met within 10 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** Runs the mail lane until nothing is due (retries in backoff are left). */
  const drain = () => runner.drainUntilIdle({ lane: 'mail' });

  it('mails each member of the organisation their own message: Chinese subject encoded, text and HTML, links under PUBLIC_URL', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const colleague = await addMember(t, ent, { roles: ['member'] });
    await notify([
      {
        recipientOrgId: ent.org.id,
        kind: 'deal_stage',
        title: '对接进展：已签约',
        body: '您参与的对接「锂电池正极材料中试」已进入“已签约”阶段。',
        link: '/deals/abc',
        mail: true,
      },
    ]);
    await drain();
    const [mine, theirs] = [mailsTo(ent.user.email), mailsTo(colleague.user.email)];
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    // Each their own mail: nobody sees who else got it.
    expect(mine[0]!.to).toEqual([ent.user.email]);
    const m = mine[0]!.parsed;
    expect(m.subject).toBe('【网上技术市场】对接进展：已签约');
    expect(mine[0]!.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(m.from?.value[0]?.address).toBe('market@kjj.example.gov.cn');
    expect(m.text).toContain('已进入“已签约”阶段');
    expect(m.text).toContain(`查看详情：${PUBLIC_URL}/deals/abc`);
    expect(m.html).toContain(`href="${PUBLIC_URL}/deals/abc"`);
    const links = [...String(m.html).matchAll(/href="([^"]+)"/g)].map((x) => x[1]!);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const l of links) expect(l.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    // Non-essential mail: an unsubscribe link (text, HTML and List-Unsubscribe header).
    expect(m.text).toMatch(new RegExp(`退订“对接洽谈”类邮件：${PUBLIC_URL}/unsubscribe#token=`));
    expect(mine[0]!.raw.replace(/\r?\n\s+/g, ' ')).toMatch(
      new RegExp(`^List-Unsubscribe: <${PUBLIC_URL}/unsubscribe#token=[A-Za-z0-9_.-]+>`, 'im'),
    );
    expect(m.messageId).toMatch(/@techmarket>$/);
  });

  it('essential mail (the account itself) carries no unsubscribe link', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    await notify([
      {
        recipientOrgId: ent.org.id,
        kind: 'org_verification',
        title: '机构认证已通过',
        body: '贵单位已通过认证。',
        mail: true,
      },
    ]);
    await drain();
    const [m] = mailsTo(ent.user.email);
    expect(m?.parsed.subject).toBe('【网上技术市场】机构认证已通过');
    expect(m?.parsed.text).not.toContain('退订');
    expect(m?.parsed.headers.has('list-unsubscribe')).toBe(false);
  });

  it("the unsubscribe link turns that category off for its user only; another user's token answers 403", async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const colleague = await addMember(t, ent, { roles: ['member'] });
    const deal = (title: string): NotificationInput => ({
      recipientOrgId: ent.org.id,
      kind: 'deal_invited',
      title,
      body: '您的单位被邀请参与一项技术对接。',
      link: '/deals/x',
      mail: true,
    });
    await notify([deal('对接邀请一')]);
    await drain();
    const token = /unsubscribe#token=([A-Za-z0-9_.-]+)/.exec(String(mailsTo(ent.user.email)[0]?.parsed.text))![1]!;

    await refused(
      api(t, colleague).post('/api/me/notification-preferences/unsubscribe', { token }),
      403,
      'UNSUBSCRIBE_TOKEN_NOT_YOURS',
    );
    await refused(
      api(t, ent).post('/api/me/notification-preferences/unsubscribe', { token: `${token}x` }),
      400,
      'UNSUBSCRIBE_TOKEN_INVALID',
    );
    const res = await api(t, ent).post('/api/me/notification-preferences/unsubscribe', { token }).expect(200);
    expect(res.body).toMatchObject({ category: 'deals', mail: 'off', label: '对接洽谈' });

    await notify([deal('对接邀请二')]);
    await drain();
    expect(mailsTo(ent.user.email).map((m) => m.parsed.subject)).toEqual(['【网上技术市场】对接邀请一']);
    expect(mailsTo(colleague.user.email).map((m) => m.parsed.subject)).toEqual([
      '【网上技术市场】对接邀请一',
      '【网上技术市场】对接邀请二',
    ]);
    // In-app stays: both notifications are in the list.
    const list = await api(t, ent).get('/api/notifications').expect(200);
    expect(list.body.items.map((n: { title: string }) => n.title)).toEqual(['对接邀请二', '对接邀请一']);
  });

  it('SMTP down for a while during 50 notifications: all 50 are delivered once after it returns, and never again', async () => {
    const org = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    await smtp.stop();
    await notify(
      Array.from({ length: 50 }, (_, i) => ({
        recipientUserId: org.user.id,
        kind: 'contract_certified' as const,
        title: `合同已登记 ${i + 1}`,
        body: `第 ${i + 1} 份合同已认定登记。`,
        mail: true,
      })),
    );
    runner.start(['mail']);
    try {
      // Down for 3 s (the test's "minute"): every attempt fails and is retried with backoff.
      await new Promise((r) => setTimeout(r, 3000));
      expect(mailsTo(org.user.email)).toHaveLength(0);
      const [{ failing }] = await ds.query(
        `SELECT count(*)::int AS failing FROM job WHERE queue = 'notifications.mail' AND done_at IS NULL AND last_error IS NOT NULL`,
      );
      expect(failing).toBeGreaterThan(0);
      await smtp.start();
      await smtp.waitFor(() => mailsTo(org.user.email).length >= 50, 30_000);
    } finally {
      await runner.stop();
    }
    // A worker restarted after sending, before marking its jobs done: every job runs again.
    await ds.query(`UPDATE job SET done_at = NULL, locked_until = NULL WHERE queue = 'notifications.mail'`);
    await drain();
    const subjects = mailsTo(org.user.email).map((m) => m.parsed.subject);
    expect(subjects).toHaveLength(50);
    expect(new Set(subjects).size).toBe(50);
    const [{ sent }] = await ds.query(
      `SELECT count(*)::int AS sent FROM notification_delivery WHERE user_id = $1 AND status = 'sent'`,
      [org.user.id],
    );
    expect(sent).toBe(50);
  });

  it('a mailbox the server refuses for good (550) is tried MAIL_PERMANENT_FAILURE_ATTEMPTS times, then shown to the platform admin', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const platform: TestOrg = await createPlatformAdmin(t);
    const email = `bounce-${ent.user.email}`;
    await ds.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [ent.user.id, email]);
    await notify([
      { recipientUserId: ent.user.id, kind: 'deal_stage', title: '对接进展', body: '对接已推进。', mail: true },
    ]);
    // The first refusal is retried (after its backoff); the second is final.
    await until(async () => {
      await drain();
      const [row] = await ds.query(`SELECT status FROM notification_delivery WHERE address = $1`, [email]);
      return row?.status === 'failed';
    });
    const res = await api(t, platform).get('/api/admin/mail-failures').expect(200);
    const failure = res.body.items.find((f: { address: string }) => f.address === email);
    expect(failure).toMatchObject({
      channel: 'mail',
      kind: 'notification',
      subject: '【网上技术市场】对接进展',
      attempts: 2,
    });
    expect(failure.error).toMatch(/^550/);
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(0);
    // Done: no job of it is left to retry.
    const [{ pending }] = await ds.query(
      `SELECT count(*)::int AS pending FROM job WHERE queue = 'notifications.mail' AND done_at IS NULL`,
    );
    expect(pending).toBe(0);
    await refused(api(t, ent).get('/api/admin/mail-failures'), 403, 'PERMISSION_DENIED');
  });
});
