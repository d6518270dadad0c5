import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import {
  MATCH_ALERT,
  MATCH_ALERTS_QUEUE,
  MatchAlertHandler,
  MatchAlertService,
  MatchFeedbackService,
} from '../libs/matching/src/index.js';
import {
  LogMailTransport,
  MAIL_PORT,
  NotificationService,
  type MailMessage,
  type MailPort,
} from '../libs/notifications/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  addMember,
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Match alerts (new listing → in-app notification + mail to the owners of matching listings,
 * once per pair), the notifications API and feedback on matches, against the real engine.
 */
describe('match alerts, notifications and feedback (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let jobs: JobRunner;
  let uni: TestOrg;
  let ownerA: TestOrg;
  let ownerB: TestOrg;
  let ownerRice: TestOrg;
  let hidden: TestOrg;
  let stranger: TestOrg;
  let broker: TestOrg;
  let bureau: TestOrg;
  let memberA: Awaited<ReturnType<typeof addMember>>;
  const sent: MailMessage[] = [];
  const ids = {
    needA: '',
    needB: '',
    needRice: '',
    needRecycling: '',
    draftNeed: '',
    anonymousNeed: '',
    achievement: '',
    draftAchievement: '',
  };

  const needText = {
    techFieldCode: '06',
    budgetMaxFen: 50_000_000,
    cooperationModes: ['transfer'],
  };
  const achievementBody = (o: Record<string, unknown> = {}) => ({
    title: '高镍锂电池正极材料氧化铝包覆改性技术',
    description:
      '采用原子层沉积氧化铝包覆高镍锂电池正极材料，显著提高正极材料的循环寿命与热稳定性，抑制电解液副反应，已完成中试。',
    keywords: ['锂电池', '正极材料', '包覆改性'],
    techFieldCode: '06',
    achievementType: 'applied',
    trl: 7,
    transferModes: ['transfer', 'licence'],
    priceFen: 30_000_000,
    ...o,
  });

  async function create(
    org: TestOrg,
    kind: 'needs' | 'achievements' | 'challenges',
    body: Record<string, unknown>,
    publish = true,
  ): Promise<string> {
    const c = await request(t.http).post(`/api/listings/${kind}`).set(bearer(org.accessToken)).send(body).expect(201);
    if (publish) {
      const s = await request(t.http)
        .post(`/api/listings/${kind}/${c.body.id}/submit`)
        .set(bearer(org.accessToken))
        .send({ version: 1 })
        .expect(200);
      expect(s.body.status).toBe('published');
    }
    return c.body.id;
  }

  const notificationsOf = async (
    org: TestOrg | typeof memberA,
    query: Record<string, string | number | boolean> = {},
  ) => (await request(t.http).get('/api/notifications').query(query).set(bearer(org.accessToken)).expect(200)).body;

  const alertsFor = async (achievementId: string): Promise<{ need_id: string; notified_org_id: string }[]> =>
    ds.query(`SELECT need_id, notified_org_id FROM match_alert WHERE achievement_id = $1 ORDER BY need_id`, [
      achievementId,
    ]);

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    jobs = t.app.get(JobRunner);
    // A test transport bound to the MailPort (the default binding is the log transport).
    const port = t.app.get<MailPort>(MAIL_PORT);
    expect(port).toBeInstanceOf(LogMailTransport);
    port.send = async (mail: MailMessage) => {
      sent.push(mail);
    };
    bureau = await createBureauStaff(t, '340600');
    await ds.query(`UPDATE organization SET review_listings = false WHERE id = $1`, [bureau.org.id]);
    uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' });
    ownerA = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    ownerB = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    ownerRice = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    hidden = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '隐名锂电科技有限公司' });
    stranger = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    broker = await createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340600', roles: ['broker'] });
    memberA = await addMember(t, ownerA, { roles: ['member'] });

    ids.needA = await create(ownerA, 'needs', {
      ...needText,
      title: '锂电池正极材料循环寿命提升',
      description: '我公司生产动力锂电池，需要提高高镍正极材料的循环寿命和热稳定性，寻求成熟的正极材料包覆改性技术。',
    });
    ids.needB = await create(ownerB, 'needs', {
      ...needText,
      title: '高镍正极材料包覆改性技术需求',
      description: '寻求锂电池高镍正极材料的氧化铝包覆改性技术，提高循环寿命，抑制电解液副反应。',
    });
    ids.needRice = await create(ownerRice, 'needs', {
      ...needText,
      techFieldCode: '09',
      title: '水稻抗倒伏栽培',
      description: '需要提高水稻产量的密植与控水栽培技术。',
    });
    // Shares 锂电池 with the achievement (so it is a candidate) but is about something else: below the threshold.
    ids.needRecycling = await create(ownerRice, 'needs', {
      ...needText,
      title: '废旧锂电池回收拆解',
      description: '需要退役动力锂电池的自动化拆解、破碎分选与有价金属湿法回收技术。',
    });
    ids.draftNeed = await create(
      ownerA,
      'needs',
      { ...needText, title: '锂电池正极材料（草稿）', description: '草稿需求：锂电池正极材料包覆改性。' },
      false,
    );
    await jobs.drainUntilIdle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a draft achievement never alerts, even when a listing.indexed delivery reaches the worker', async () => {
    ids.draftAchievement = await create(
      uni,
      'achievements',
      achievementBody({ title: '锂电池正极材料包覆改性（草稿）' }),
      false,
    );
    await ds.transaction((em) =>
      em.query(`INSERT INTO job (queue, topic, key, payload) VALUES ('matching.alerts', 'listing.indexed', $1, $2)`, [
        `achievement:${ids.draftAchievement}`,
        JSON.stringify({ kind: 'achievement', id: ids.draftAchievement }),
      ]),
    );
    await jobs.drainUntilIdle();
    expect(await t.app.get(MatchAlertService).alertFor('achievement', ids.draftAchievement)).toEqual({
      matched: 0,
      alerted: 0,
    });
    expect(await alertsFor(ids.draftAchievement)).toEqual([]);
    expect((await notificationsOf(ownerA)).total).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('one new achievement matching two open needs notifies exactly the two need owners, and mails them after commit', async () => {
    ids.achievement = await create(uni, 'achievements', achievementBody());
    await jobs.drainUntilIdle();

    const alerts = await alertsFor(ids.achievement);
    expect(alerts.map((a) => a.need_id).sort()).toEqual([ids.needA, ids.needB].sort());
    const similarities: { similarity: string }[] = await ds.query(
      `SELECT similarity FROM match_alert WHERE achievement_id = $1`,
      [ids.achievement],
    );
    for (const { similarity } of similarities)
      expect(Number(similarity)).toBeGreaterThanOrEqual(MATCH_ALERT.minSimilarity);
    // The recycling need is among the matches, but not close enough to alert.
    const found = await t.app.get(MatchAlertService).alertFor('achievement', ids.achievement);
    expect(found).toEqual({ matched: 2, alerted: 0 });
    const ranked = await request(t.http)
      .get(`/api/achievements/${ids.achievement}/matches`)
      .set(bearer(uni.accessToken))
      .expect(200);
    expect(ranked.body.map((r: { id: string }) => r.id)).toContain(ids.needRecycling);
    for (const owner of [ownerA, ownerB]) {
      const list = await notificationsOf(owner);
      expect(list.total).toBe(1);
      expect(list.unread).toBe(1);
      expect(list.items[0]).toMatchObject({
        kind: 'match_alert',
        link: `/listings/achievement/${ids.achievement}`,
        read: false,
        payload: { achievementId: ids.achievement },
      });
      expect(list.items[0].title).toContain('高镍锂电池正极材料氧化铝包覆改性技术');
      expect(list.items[0].body).toContain(uni.org.name);
    }
    expect((await notificationsOf(ownerA)).items[0].payload.needId).toBe(ids.needA);
    // Not the owner of the unrelated need, not the publisher itself.
    expect((await notificationsOf(ownerRice)).total).toBe(0);
    expect((await notificationsOf(uni)).total).toBe(0);

    // One mail per notification, to every user of the owner organisation, through the MailPort.
    expect(sent).toHaveLength(2);
    const toA = sent.find((m) => m.to.includes(ownerA.user.email));
    expect(toA?.to.sort()).toEqual([ownerA.user.email, memberA.user.email].sort());
    expect(toA?.subject).toContain('新的匹配');
    expect(toA?.text).toContain(`/listings/achievement/${ids.achievement}`);
    expect(sent.find((m) => m.to.includes(ownerB.user.email))).toBeDefined();
  });

  it('republishing (withdraw + publish) and redelivered events alert and mail nobody again', async () => {
    await request(t.http)
      .post(`/api/listings/achievements/${ids.achievement}/withdraw`)
      .set(bearer(uni.accessToken))
      .send({ version: 2 })
      .expect(200);
    await jobs.drainUntilIdle();
    const again = await request(t.http)
      .post(`/api/listings/achievements/${ids.achievement}/submit`)
      .set(bearer(uni.accessToken))
      .send({ version: 3 })
      .expect(200);
    expect(again.body.status).toBe('published');
    await jobs.drainUntilIdle();
    // Redelivery: every alert and mail job of this run handed to the worker once more.
    await ds.query(`UPDATE job SET done_at = NULL WHERE queue IN ('matching.alerts', 'notifications.mail')`);
    await jobs.drainUntilIdle();

    expect(await alertsFor(ids.achievement)).toHaveLength(2);
    expect((await notificationsOf(ownerA)).total).toBe(1);
    expect((await notificationsOf(ownerB)).total).toBe(1);
    expect(sent).toHaveLength(2);
  });

  it('an anonymous need alerts the achievement owner without revealing the company', async () => {
    ids.anonymousNeed = await create(hidden, 'needs', {
      ...needText,
      title: '正极材料包覆改性需求（匿名）',
      description: '需要提高锂电池高镍正极材料的循环寿命与热稳定性，寻求氧化铝包覆改性技术。',
      anonymous: true,
    });
    await jobs.drainUntilIdle();
    const list = await notificationsOf(uni);
    expect(list.total).toBe(1);
    expect(list.items[0].link).toBe(`/listings/need/${ids.anonymousNeed}`);
    expect(list.items[0].body).toContain('匿名');
    expect(JSON.stringify(list)).not.toContain('隐名锂电');
    const mail = sent.find((m) => m.to.includes(uni.user.email));
    expect(mail).toBeDefined();
    expect(JSON.stringify(mail)).not.toContain('隐名锂电');
    expect(sent).toHaveLength(3);
  });

  it('lists only the caller’s own notifications, pages them, filters unread and marks them read', async () => {
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
    const p1 = await notificationsOf(ownerA, { page: 1, pageSize: 3 });
    const p2 = await notificationsOf(ownerA, { page: 2, pageSize: 3 });
    expect(p1).toMatchObject({ total: 4, page: 1, pageSize: 3, unread: 4 });
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p2.items].map((n: { id: string }) => n.id)).size).toBe(4);
    // The organisation's alert reaches its other user too; the personal ones do not.
    const member = await notificationsOf(memberA);
    expect(member.total).toBe(1);
    expect(member.items[0].kind).toBe('match_alert');
    expect((await notificationsOf(stranger)).total).toBe(0);

    const personal = p1.items.find((n: { title: string }) => n.title.startsWith('个人通知'));
    // Someone else's notification: 404, and it stays unread.
    const foreign = await request(t.http)
      .post(`/api/notifications/${personal.id}/read`)
      .set(bearer(memberA.accessToken))
      .expect(404);
    expect(foreign.body.code).toBe('NOTIFICATION_NOT_FOUND');
    await request(t.http).post(`/api/notifications/${personal.id}/read`).set(bearer(stranger.accessToken)).expect(404);
    const read = await request(t.http)
      .post(`/api/notifications/${personal.id}/read`)
      .set(bearer(ownerA.accessToken))
      .expect(200);
    expect(read.body).toMatchObject({ id: personal.id, read: true });
    const unread = await notificationsOf(ownerA, { unread: true });
    expect(unread.total).toBe(3);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(personal.id);
    expect(
      (await request(t.http).get('/api/notifications/unread-count').set(bearer(ownerA.accessToken)).expect(200)).body,
    ).toEqual({ unread: 3 });

    const all = await request(t.http).post('/api/notifications/read-all').set(bearer(ownerA.accessToken)).expect(200);
    expect(all.body).toEqual({ updated: 3 });
    expect((await notificationsOf(ownerA, { unread: true })).total).toBe(0);
    expect((await notificationsOf(ownerB, { unread: true })).total).toBe(1);

    await request(t.http).get('/api/notifications').expect(401);
    expect(
      (await request(t.http).post('/api/notifications/abc/read').set(bearer(ownerA.accessToken)).expect(400)).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await request(t.http)
          .get('/api/notifications')
          .query({ unread: 'yes' })
          .set(bearer(ownerA.accessToken))
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await request(t.http)
          .get('/api/notifications')
          .query({ pageSize: 1000 })
          .set(bearer(ownerA.accessToken))
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('records one current verdict per pair and organisation, for owners and brokers only', async () => {
    const post = (org: TestOrg, body: Record<string, unknown>) =>
      request(t.http).post('/api/matches/feedback').set(bearer(org.accessToken)).send(body);
    const pair = { needId: ids.needA, achievementId: ids.achievement };

    const first = await post(ownerA, { ...pair, verdict: 'relevant' }).expect(200);
    expect(first.body).toMatchObject({ ...pair, verdict: 'relevant', orgId: ownerA.org.id });
    await post(ownerA, { ...pair, verdict: 'contacted' }).expect(200);
    await post(uni, { ...pair, verdict: 'not_relevant' }).expect(200);
    await post(broker, { needId: ids.needB, achievementId: ids.achievement, verdict: 'relevant' }).expect(200);
    const rows: { org_id: string; verdict: string }[] = await ds.query(
      `SELECT org_id, verdict FROM match_feedback WHERE need_id = $1 AND achievement_id = $2 ORDER BY verdict`,
      [ids.needA, ids.achievement],
    );
    expect(rows).toEqual([
      { org_id: ownerA.org.id, verdict: 'contacted' },
      { org_id: uni.org.id, verdict: 'not_relevant' },
    ]);

    // A stranger organisation: 403 on listings it may see, 404 on one it may not.
    expect((await post(stranger, { ...pair, verdict: 'relevant' }).expect(403)).body.code).toBe(
      'MATCH_FEEDBACK_NOT_PARTY',
    );
    expect(
      (await post(stranger, { needId: ids.draftNeed, achievementId: ids.achievement, verdict: 'relevant' }).expect(404))
        .body.code,
    ).toBe('LISTING_NOT_FOUND');
    expect(
      (await post(uni, { needId: ids.needA, achievementId: ids.draftAchievement, verdict: 'relevant' }).expect(200))
        .body.verdict,
    ).toBe('relevant');
    expect(
      (await post(ownerA, { needId: ids.needA, achievementId: ids.draftAchievement, verdict: 'relevant' }).expect(404))
        .body.code,
    ).toBe('LISTING_NOT_FOUND');
    expect(
      (
        await post(ownerA, { ...pair, verdict: 'relevant' })
          .set(bearer(bureau.accessToken))
          .expect(403)
      ).body.code,
    ).toBeDefined();
    await request(t.http)
      .post('/api/matches/feedback')
      .send({ ...pair, verdict: 'relevant' })
      .expect(401);

    // Bad input: 400 with a code.
    const bad = await post(ownerA, { ...pair, verdict: 'maybe' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'verdict' }] });
    expect((await post(ownerA, { achievementId: ids.achievement, verdict: 'relevant' }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await post(ownerA, { ...pair, needId: 'abc', verdict: 'relevant' }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await post(ownerA, { ...pair, verdict: 'relevant', extra: 1 }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('feeds matches made and feedback by verdict into the quarterly matchmaking report, by region', async () => {
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const period = `${y}-Q${Math.ceil(m / 3)}`;
    const report = await request(t.http)
      .get('/api/stats/matchmaking')
      .query({ period })
      .set(bearer(bureau.accessToken))
      .expect(200);
    // Alerts: (A, achievement), (B, achievement), (anonymous need, achievement); all in 淮北.
    expect(report.body.matchesMade).toEqual({ value: 3 });
    // Current verdicts: A contacted, uni not_relevant (needA), broker relevant (needB), uni relevant (draft achievement).
    expect(report.body.matchFeedback).toEqual({ relevant: 2, not_relevant: 1, contacted: 1 });
    // Published needs A, B, rice, recycling and anonymous (not the draft); the achievement once,
    // though it was withdrawn and published again; not the draft achievement.
    expect(report.body.needsCollected).toEqual({ value: 5 });
    expect(report.body.achievementsRegistered).toEqual({ value: 1 });

    const elsewhere = await createBureauStaff(t, '210600');
    const other = await request(t.http)
      .get('/api/stats/matchmaking')
      .query({ period })
      .set(bearer(elsewhere.accessToken))
      .expect(200);
    expect(other.body.matchesMade).toEqual({ value: 0 });
    expect(other.body.matchFeedback).toEqual({ relevant: 0, not_relevant: 0, contacted: 0 });
    expect([other.body.needsCollected, other.body.achievementsRegistered]).toEqual([{ value: 0 }, { value: 0 }]);
    const lastYear = await request(t.http)
      .get('/api/stats/matchmaking')
      .query({ period: String(y - 1) })
      .set(bearer(bureau.accessToken))
      .expect(200);
    expect(lastYear.body.matchesMade).toEqual({ value: 0 });
    expect([lastYear.body.needsCollected, lastYear.body.achievementsRegistered]).toEqual([{ value: 0 }, { value: 0 }]);
  });

  it('a need and a matching achievement published in the same round alert once, even when alerts come first in the round', async () => {
    // An alert job already due (a retry, a redelivery) makes the alert queue the first one the
    // next round hands out, before the round's new listings are indexed.
    await ds.transaction((em) =>
      em.query(`INSERT INTO job (queue, topic, key, payload) VALUES ('matching.alerts', 'listing.indexed', $1, $2)`, [
        `need:${ids.needRice}`,
        JSON.stringify({ kind: 'need', id: ids.needRice }),
      ]),
    );
    const [firm, lab] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
    ]);
    const needId = await create(firm, 'needs', {
      ...needText,
      title: '钠离子电池硬碳负极材料制备技术需求',
      description: '我公司拟建设钠离子电池产线，需要低成本生物质硬碳负极材料的制备与预钠化技术，提高首次库伦效率。',
    });
    const achievementId = await create(
      lab,
      'achievements',
      achievementBody({
        title: '生物质硬碳负极材料及钠离子电池预钠化技术',
        description:
          '以秸秆等生物质为原料制备钠离子电池硬碳负极材料，结合预钠化工艺提高首次库伦效率，成本低，已完成中试。',
        keywords: ['钠离子电池', '硬碳负极', '预钠化'],
      }),
    );
    await jobs.drainUntilIdle();
    expect(
      await ds.query(`SELECT notified_org_id FROM match_alert WHERE need_id = $1 AND achievement_id = $2`, [
        needId,
        achievementId,
      ]),
    ).toHaveLength(1);
    const heard = [...(await notificationsOf(firm)).items, ...(await notificationsOf(lab)).items].filter(
      (n: { payload: { needId?: string; achievementId?: string } }) =>
        n.payload.needId === needId && n.payload.achievementId === achievementId,
    );
    expect(heard).toHaveLength(1);
  });

  it('a new achievement matching an open 揭榜挂帅 challenge alerts the challenge owner once; an expired challenge is left alone', async () => {
    const firm = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const challengeText = { techFieldCode: '06', rewardFen: 100_000_000 };
    const open = await create(bureau, 'challenges', {
      ...challengeText,
      title: '钙钛矿太阳能电池湿热稳定封装技术攻关',
      description: '揭榜挂帅：针对钙钛矿太阳能电池组件的湿热衰减，征集原子层沉积阻隔层与边缘封装技术，提高组件稳定性。',
    });
    const expired = await create(firm, 'challenges', {
      ...challengeText,
      title: '钙钛矿太阳能电池湿热稳定封装技术攻关（已截止）',
      description: '揭榜挂帅：钙钛矿太阳能电池组件湿热衰减，原子层沉积阻隔层与边缘封装技术，提高组件稳定性。',
    });
    await ds.query(`UPDATE challenge SET deadline = CURRENT_DATE - 7, updated_at = now() WHERE id = $1`, [expired]);
    await jobs.drainUntilIdle();

    const lab = await createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340603' });
    // Matches made (nation, today and tomorrow in China time, so the day boundary cannot split it).
    const chinaDay = (offset: number) =>
      new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const matchesMade = async () =>
      (await t.app.get(MatchFeedbackService).figures(null, chinaDay(-1), chinaDay(2))).matchesMade;
    const madeBefore = await matchesMade();
    const achievementId = await create(
      lab,
      'achievements',
      achievementBody({
        title: '钙钛矿太阳能电池湿热稳定封装技术',
        description:
          '针对钙钛矿太阳能电池组件的湿热衰减，开发原子层沉积阻隔层与边缘封装工艺，显著提高组件稳定性，已完成中试。',
        keywords: ['钙钛矿', '太阳能电池', '封装'],
      }),
    );
    await jobs.drainUntilIdle();
    const alerted = async () =>
      ds.query(`SELECT challenge_id, notified_org_id FROM challenge_match_alert WHERE achievement_id = $1`, [
        achievementId,
      ]);
    expect(await alerted()).toEqual([{ challenge_id: open, notified_org_id: bureau.org.id }]);
    const aboutOpen = async () =>
      (await notificationsOf(bureau)).items.filter(
        (n: { payload: { challengeId?: string } }) => n.payload.challengeId === open,
      );
    const [alert] = await aboutOpen();
    expect(alert).toMatchObject({
      kind: 'match_alert',
      link: `/listings/achievement/${achievementId}`,
      payload: { achievementId, matchedListing: { kind: 'challenge', id: open } },
    });
    expect(alert.body).toContain(lab.org.name);
    expect(alert.body).toContain('揭榜');
    expect(sent.some((m) => m.to.includes(bureau.user.email) && m.text.includes(achievementId))).toBe(true);
    expect((await notificationsOf(firm)).total).toBe(0);
    // The challenge alert counts as a match made in the matchmaking report, beside any need alerts.
    const [{ needAlerts }] = await ds.query(
      `SELECT count(*)::int AS "needAlerts" FROM match_alert WHERE achievement_id = $1`,
      [achievementId],
    );
    expect(await matchesMade()).toBe(madeBefore + needAlerts + 1);
    // The achievement's matches offer the open challenge, not the one past its deadline.
    const matches = await request(t.http)
      .get(`/api/achievements/${achievementId}/matches`)
      .set(bearer(lab.accessToken))
      .expect(200);
    const challengeIds = (matches.body as { kind: string; id: string }[])
      .filter((m) => m.kind === 'challenge')
      .map((m) => m.id);
    expect(challengeIds).toContain(open);
    expect(challengeIds).not.toContain(expired);

    // Redelivered: no second alert for the pair.
    await ds.query(`UPDATE job SET done_at = NULL WHERE queue = 'matching.alerts' AND key = $1`, [
      `achievement:${achievementId}`,
    ]);
    await jobs.drainUntilIdle();
    expect(await alerted()).toHaveLength(1);
    expect(await aboutOpen()).toHaveLength(1);
  });

  it('the worker wires the alert handler and the mail port', async () => {
    const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(t.db.env)] }).compile();
    try {
      expect(worker.get(MatchAlertHandler).queue).toBe(MATCH_ALERTS_QUEUE);
      expect(worker.get(MAIL_PORT)).toBeInstanceOf(LogMailTransport);
    } finally {
      await worker.close();
    }
  });
});
