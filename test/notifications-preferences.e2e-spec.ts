import { DataSource } from 'typeorm';
import { DigestService, NotificationService, type NotificationInput } from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { addMember, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api, refused } from './http.js';
import { startSmtp, type SmtpHarness } from './smtp-harness.js';
import { createTestApp, type TestApp } from './test-app.js';

const DAY = 86_400_000;

/**
 * Mail preferences per user and category (in-app always; mail immediate, daily digest or off),
 * the daily digest (at MAIL_DIGEST_AT China time, each item once) and unread counts under
 * concurrent reads, with a real SMTP server.
 */
describe('notification preferences and digests (e2e)', () => {
  let smtp: SmtpHarness, t: TestApp, ds: DataSource;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, MAIL_DIGEST_AT: '08:00' });
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const drain = () => t.app.get(JobRunner).drainUntilIdle({ lane: 'mail' });
  const notify = (inputs: NotificationInput[]) =>
    ds.transaction(async (em) => {
      for (const n of inputs) await t.app.get(NotificationService).notify(em, n);
    });
  const dealNotice = (org: TestOrg, title: string): NotificationInput => ({
    recipientOrgId: org.org.id,
    kind: 'deal_stage',
    title,
    body: `${title}：对接已进入下一阶段。`,
    link: '/deals',
    mail: true,
  });
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const digest = async (at: Date) => {
    const n = await t.app.get(DigestService).run(at);
    await drain();
    return n;
  };

  it('lists every category (immediate by default), sets one, refuses the essential one and unknown values', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const list = await api(t, ent).get('/api/me/notification-preferences').expect(200);
    expect(list.body.map((p: { category: string; mail: string }) => `${p.category}:${p.mail}`)).toEqual([
      'account:immediate',
      'listings:immediate',
      'matching:immediate',
      'deals:immediate',
      'contracts:immediate',
      'deadlines:immediate',
      'operations:immediate',
      'vouchers:immediate',
      'loans:immediate',
    ]);
    expect(list.body[0]).toMatchObject({ label: '账号与机构', essential: true });
    const set = await api(t, ent)
      .put('/api/me/notification-preferences', { category: 'deals', mail: 'digest' })
      .expect(200);
    expect(set.body.find((p: { category: string }) => p.category === 'deals').mail).toBe('digest');
    await refused(
      api(t, ent).put('/api/me/notification-preferences', { category: 'account', mail: 'off' }),
      422,
      'NOTIFICATION_CATEGORY_ESSENTIAL',
    );
    await refused(
      api(t, ent).put('/api/me/notification-preferences', { category: 'deals', mail: 'weekly' }),
      400,
      'VALIDATION_FAILED',
    );
    await refused(
      api(t, ent).put('/api/me/notification-preferences', { category: 'deals', mail: 'off', extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    // Another user's preferences are their own: the colleague still gets deals at once.
    const colleague = await addMember(t, ent, { roles: ['member'] });
    const theirs = await api(t, colleague).get('/api/me/notification-preferences').expect(200);
    expect(theirs.body.find((p: { category: string }) => p.category === 'deals').mail).toBe('immediate');
  });

  it('digest: no mail at once; one mail at the next 08:00 (China) with every waiting item, never an item twice', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const colleague = await addMember(t, ent, { roles: ['member'] });
    await api(t, ent).put('/api/me/notification-preferences', { category: 'deals', mail: 'digest' }).expect(200);
    await notify([dealNotice(ent, '对接甲'), dealNotice(ent, '对接乙'), dealNotice(ent, '对接丙')]);
    await drain();
    expect(mailsTo(ent.user.email)).toHaveLength(0);
    expect(mailsTo(colleague.user.email)).toHaveLength(3); // immediate: the default

    // Before those items' slot nothing leaves; at the next slot, one digest.
    expect(await digest(new Date(Date.now() - DAY))).toBe(0);
    expect(await digest(new Date(Date.now() + DAY))).toBe(1);
    const [d] = mailsTo(ent.user.email);
    expect(d?.parsed.subject).toBe('【网上技术市场】每日通知摘要（3 条）');
    for (const title of ['对接甲', '对接乙', '对接丙']) expect(d?.parsed.text).toContain(title);
    expect(d?.parsed.html).toContain('调整邮件提醒方式');

    // Run again (another worker, the next poll): nothing more.
    expect(await digest(new Date(Date.now() + DAY))).toBe(0);
    await notify([dealNotice(ent, '对接丁')]);
    await drain();
    expect(await digest(new Date(Date.now() + 2 * DAY))).toBe(1);
    const texts = mailsTo(ent.user.email).map((m) => String(m.parsed.text));
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('对接丁');
    expect(texts[1]).not.toContain('对接甲');
  });

  it('off: no mail and no digest, the in-app notification stays', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    await api(t, ent).put('/api/me/notification-preferences', { category: 'deals', mail: 'off' }).expect(200);
    await notify([dealNotice(ent, '对接戊')]);
    await drain();
    await digest(new Date(Date.now() + DAY));
    expect(mailsTo(ent.user.email)).toHaveLength(0);
    const list = await api(t, ent).get('/api/notifications').expect(200);
    expect(list.body).toMatchObject({ total: 1, unread: 1, items: [expect.objectContaining({ title: '对接戊' })] });
  });

  it('unread counts stay right when colleagues read the same notifications at once', async () => {
    const ent = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const colleague = await addMember(t, ent, { roles: ['member'] });
    await notify([
      ...Array.from({ length: 30 }, (_, i) => ({ ...dealNotice(ent, `并发对接${i}`), mail: false })),
      ...Array.from({ length: 5 }, (_, i) => ({
        recipientUserId: colleague.user.id,
        kind: 'deal_answered' as const,
        title: `仅本人${i}`,
        body: '一方已接受对接邀请。',
      })),
    ]);
    const ids: string[] = (await api(t, ent).get('/api/notifications', { pageSize: 100 }).expect(200)).body.items.map(
      (n: { id: string }) => n.id,
    );
    expect(ids).toHaveLength(30);
    // Both read overlapping halves at the same time, while counting.
    const [a, b] = [ids.slice(0, 20), ids.slice(10, 30).concat(ids.slice(0, 5))];
    const counts: number[] = [];
    await Promise.all([
      ...a.map((id) => api(t, ent).post(`/api/notifications/${id}/read`).expect(200)),
      ...b.map((id) => api(t, colleague).post(`/api/notifications/${id}/read`).expect(200)),
      ...Array.from({ length: 10 }, () =>
        api(t, colleague)
          .get('/api/notifications/unread-count')
          .expect(200)
          .then((r) => void counts.push(r.body.unread)),
      ),
    ]);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(5);
    expect((await api(t, ent).get('/api/notifications/unread-count').expect(200)).body.unread).toBe(0);
    expect((await api(t, colleague).get('/api/notifications/unread-count').expect(200)).body.unread).toBe(5);
    const page = await api(t, colleague).get('/api/notifications', { unread: true, pageSize: 100 }).expect(200);
    expect(page.body).toMatchObject({ total: 5, unread: 5 });
    // read-all and a single read racing: the count ends at zero, never below.
    await Promise.all([
      api(t, colleague).post('/api/notifications/read-all').expect(200),
      ...page.body.items.map((n: { id: string }) =>
        api(t, colleague).post(`/api/notifications/${n.id}/read`).expect(200),
      ),
    ]);
    expect((await api(t, colleague).get('/api/notifications/unread-count').expect(200)).body.unread).toBe(0);
  });
});
