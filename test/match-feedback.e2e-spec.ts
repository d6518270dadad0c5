import { DataSource } from 'typeorm';
import { bearer, createBureauStaff, type TestOrg } from './factories/identity.factory.js';
import { NotificationService } from '../libs/notifications/src/index.js';
import { alertAchievement, alertsWorld, NEED_TERMS, type AlertsWorld } from './factories/alerts-world.factory.js';
import { api, refused } from './http.js';
import type { TestApp } from './test-app.js';

/**
 * The notifications API, verdicts on matches, and the matchmaking report they feed. Every test
 * has its own app and market (factories/alerts-world.factory.ts).
 */
describe('notifications and feedback on matches (e2e)', () => {
  let w: AlertsWorld,
    t: TestApp,
    ds: DataSource,
    jobs: AlertsWorld['jobs'],
    bureau: TestOrg,
    uni: TestOrg,
    ownerA: TestOrg,
    ownerB: TestOrg,
    memberA: AlertsWorld['memberA'],
    stranger: TestOrg,
    broker: TestOrg;

  beforeEach(async () => {
    w = await alertsWorld();
    ({ t, ds, jobs, bureau, uni, ownerA, ownerB, memberA, stranger, broker } = w);
  });
  afterEach(() => w.t.close());

  it('lists only the caller’s own notifications, pages them, filters unread and marks them read', async () => {
    // An alert of this world's achievement reaches A (and its member) and B.
    await w.publish(uni, 'achievements', alertAchievement());
    await jobs.drainUntilIdle();
    const notifications = t.app.get(NotificationService);
    await ds.transaction(async (em) => {
      for (let i = 1; i <= 3; i++)
        await notifications.notify(em, {
          recipientUserId: ownerA.user.id,
          kind: 'match_alert',
          title: `个人通知${i}`,
          body: `给管理员本人的通知${i}`,
        });
    });
    const p1 = await w.notificationsOf(ownerA, { page: 1, pageSize: 3 });
    const p2 = await w.notificationsOf(ownerA, { page: 2, pageSize: 3 });
    expect(p1).toMatchObject({ total: 4, page: 1, pageSize: 3, unread: 4 });
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p2.items].map((n: { id: string }) => n.id)).size).toBe(4);
    // The organisation's alert reaches its other user too; the personal ones do not.
    const member = await w.notificationsOf(memberA);
    expect(member.total).toBe(1);
    expect(member.items[0].kind).toBe('match_alert');
    expect((await w.notificationsOf(stranger)).total).toBe(0);

    const personal = p1.items.find((n: { title: string }) => n.title.startsWith('个人通知'));
    // Someone else's notification: 404, and it stays unread.
    const foreign = await api(t, memberA).post(`/api/notifications/${personal.id}/read`).expect(404);
    expect(foreign.body.code).toBe('NOTIFICATION_NOT_FOUND');
    await api(t, stranger).post(`/api/notifications/${personal.id}/read`).expect(404);
    const read = await api(t, ownerA).post(`/api/notifications/${personal.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: personal.id, read: true });
    const unread = await w.notificationsOf(ownerA, { unread: true });
    expect(unread.total).toBe(3);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(personal.id);
    expect((await api(t, ownerA).get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 3 });

    const all = await api(t, ownerA).post('/api/notifications/read-all').expect(200);
    expect(all.body).toEqual({ updated: 3 });
    expect((await w.notificationsOf(ownerA, { unread: true })).total).toBe(0);
    expect((await w.notificationsOf(ownerB, { unread: true })).total).toBe(1);

    await api(t).get('/api/notifications').expect(401);
    await refused(api(t, ownerA).post('/api/notifications/abc/read'), 400, 'VALIDATION_FAILED');
    await refused(api(t, ownerA).get('/api/notifications', { unread: 'yes' }), 400, 'VALIDATION_FAILED');
    await refused(api(t, ownerA).get('/api/notifications', { pageSize: 1000 }), 400, 'VALIDATION_FAILED');
  });

  it('records one current verdict per pair and organisation, for owners and brokers only', async () => {
    const achievement = await w.publish(uni, 'achievements', alertAchievement());
    const draftAchievement = await w.publish(
      uni,
      'achievements',
      alertAchievement({ title: '锂电池正极材料包覆改性（草稿）' }),
      true,
    );
    const post = (org: TestOrg, body: Record<string, unknown>) => api(t, org).post('/api/matches/feedback', body);
    const pair = { needId: w.needs.a, achievementId: achievement };

    const first = await post(ownerA, { ...pair, verdict: 'relevant' }).expect(200);
    expect(first.body).toMatchObject({ ...pair, verdict: 'relevant', orgId: ownerA.org.id });
    await post(ownerA, { ...pair, verdict: 'contacted' }).expect(200);
    await post(uni, { ...pair, verdict: 'not_relevant' }).expect(200);
    await post(broker, { needId: w.needs.b, achievementId: achievement, verdict: 'relevant' }).expect(200);
    const rows: { org_id: string; verdict: string }[] = await ds.query(
      `SELECT org_id, verdict FROM match_feedback WHERE need_id = $1 AND achievement_id = $2 ORDER BY verdict`,
      [w.needs.a, achievement],
    );
    expect(rows).toEqual([
      { org_id: ownerA.org.id, verdict: 'contacted' },
      { org_id: uni.org.id, verdict: 'not_relevant' },
    ]);

    // A stranger organisation: 403 on listings it may see, 404 on one it may not.
    await refused(post(stranger, { ...pair, verdict: 'relevant' }), 403, 'MATCH_FEEDBACK_NOT_PARTY');
    await refused(
      post(stranger, { needId: w.needs.draft, achievementId: achievement, verdict: 'relevant' }),
      404,
      'LISTING_NOT_FOUND',
    );
    expect(
      (await post(uni, { needId: w.needs.a, achievementId: draftAchievement, verdict: 'relevant' }).expect(200)).body
        .verdict,
    ).toBe('relevant');
    await refused(
      post(ownerA, { needId: w.needs.a, achievementId: draftAchievement, verdict: 'relevant' }),
      404,
      'LISTING_NOT_FOUND',
    );
    expect(
      (
        await post(ownerA, { ...pair, verdict: 'relevant' })
          .set(bearer(bureau.accessToken))
          .expect(403)
      ).body.code,
    ).toBeDefined();
    await api(t)
      .post('/api/matches/feedback', { ...pair, verdict: 'relevant' })
      .expect(401);

    // Bad input: 400 with a code.
    const bad = await post(ownerA, { ...pair, verdict: 'maybe' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'verdict' }] });
    await refused(post(ownerA, { achievementId: achievement, verdict: 'relevant' }), 400, 'VALIDATION_FAILED');
    await refused(post(ownerA, { ...pair, needId: 'abc', verdict: 'relevant' }), 400, 'VALIDATION_FAILED');
    await refused(post(ownerA, { ...pair, verdict: 'relevant', extra: 1 }), 400, 'VALIDATION_FAILED');
  });

  it('feeds matches made and feedback by verdict into the quarterly matchmaking report, by region', async () => {
    // This world's matchmaking: the achievement alerts A and B, is withdrawn and published again,
    // an anonymous need alerts its owner; four verdicts; a draft achievement.
    const achievement = await w.publish(uni, 'achievements', alertAchievement());
    await jobs.drainUntilIdle();
    await api(t, uni).post(`/api/listings/achievements/${achievement}/withdraw`, { version: 2 }).expect(200);
    await api(t, uni).post(`/api/listings/achievements/${achievement}/submit`, { version: 3 }).expect(200);
    await w.publish(w.hidden, 'needs', {
      ...NEED_TERMS,
      title: '正极材料包覆改性需求（匿名）',
      description: '需要提高锂电池高镍正极材料的循环寿命与热稳定性，寻求氧化铝包覆改性技术。',
      anonymous: true,
    });
    await jobs.drainUntilIdle();
    const draftAchievement = await w.publish(
      uni,
      'achievements',
      alertAchievement({ title: '锂电池正极材料（草稿）' }),
      true,
    );
    const verdict = (org: TestOrg, needId: string, achievementId: string, v: string) =>
      api(t, org).post('/api/matches/feedback', { needId, achievementId, verdict: v }).expect(200);
    await verdict(ownerA, w.needs.a, achievement, 'relevant');
    await verdict(ownerA, w.needs.a, achievement, 'contacted');
    await verdict(uni, w.needs.a, achievement, 'not_relevant');
    await verdict(w.broker, w.needs.b, achievement, 'relevant');
    await verdict(uni, w.needs.a, draftAchievement, 'relevant');

    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const period = `${y}-Q${Math.ceil(m / 3)}`;
    const report = await api(t, bureau).get('/api/stats/matchmaking', { period }).expect(200);
    // Alerts: (A, achievement), (B, achievement), (anonymous need, achievement); all in 淮北.
    expect(report.body.matchesMade).toEqual({ value: 3 });
    // Current verdicts: A contacted, uni not_relevant (needA), broker relevant (needB), uni relevant (draft achievement).
    expect(report.body.matchFeedback).toEqual({ relevant: 2, not_relevant: 1, contacted: 1 });
    // Published needs A, B, rice, recycling and anonymous (not the draft); the achievement once,
    // though it was withdrawn and published again; not the draft achievement.
    expect(report.body.needsCollected).toEqual({ value: 5 });
    expect(report.body.achievementsRegistered).toEqual({ value: 1 });

    const elsewhere = await createBureauStaff(t, '210600');
    const other = await api(t, elsewhere).get('/api/stats/matchmaking', { period }).expect(200);
    expect(other.body.matchesMade).toEqual({ value: 0 });
    expect(other.body.matchFeedback).toEqual({ relevant: 0, not_relevant: 0, contacted: 0 });
    expect([other.body.needsCollected, other.body.achievementsRegistered]).toEqual([{ value: 0 }, { value: 0 }]);
    const lastYear = await api(t, bureau)
      .get('/api/stats/matchmaking', { period: String(y - 1) })
      .expect(200);
    expect(lastYear.body.matchesMade).toEqual({ value: 0 });
    expect([lastYear.body.needsCollected, lastYear.body.achievementsRegistered]).toEqual([{ value: 0 }, { value: 0 }]);
  });
});
