import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import {
  MATCH_ALERT,
  MATCH_ALERTS_QUEUE,
  MatchAlertHandler,
  MatchAlertService,
  MatchFeedbackService,
} from '../libs/matching/src/index.js';
import { LogMailTransport, MAIL_PORT, type MailMessage } from '../libs/notifications/src/index.js';
import { alertAchievement, alertsWorld, NEED_TERMS, type AlertsWorld } from './factories/alerts-world.factory.js';
import { createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';
import { matchDegreeText } from '../libs/shared/match-degree/index.js';
import type { TestApp } from './test-app.js';

/**
 * Match alerts: a new listing notifies and mails the owners of matching listings of the other
 * kind, once per pair, against the real engine. Every test has its own app and market
 * (factories/alerts-world.factory.ts).
 */
describe('match alerts (e2e)', () => {
  let w: AlertsWorld,
    t: TestApp,
    ds: DataSource,
    jobs: AlertsWorld['jobs'],
    sent: MailMessage[],
    bureau: TestOrg,
    uni: TestOrg,
    ownerA: TestOrg,
    ownerB: TestOrg,
    memberA: AlertsWorld['memberA'],
    ownerRice: TestOrg,
    hidden: TestOrg;

  beforeEach(async () => {
    w = await alertsWorld();
    ({ t, ds, jobs, sent, bureau, uni, ownerA, ownerB, memberA, ownerRice, hidden } = w);
  });
  afterEach(() => w.t.close());

  it('a draft achievement never alerts, even when a listing.indexed delivery reaches the worker', async () => {
    const draftAchievement = await w.publish(
      uni,
      'achievements',
      alertAchievement({ title: '锂电池正极材料包覆改性（草稿）' }),
      true,
    );
    await ds.transaction((em) =>
      em.query(`INSERT INTO job (queue, topic, key, payload) VALUES ('matching.alerts', 'listing.indexed', $1, $2)`, [
        `achievement:${draftAchievement}`,
        JSON.stringify({ kind: 'achievement', id: draftAchievement }),
      ]),
    );
    await jobs.drainUntilIdle();
    expect(await t.app.get(MatchAlertService).alertFor('achievement', draftAchievement)).toEqual({
      matched: 0,
      alerted: 0,
    });
    expect(await w.alertsFor(draftAchievement)).toEqual([]);
    expect((await w.notificationsOf(ownerA)).total).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('one new achievement matching two open needs notifies exactly the two need owners, and mails them after commit', async () => {
    const achievement = await w.publish(uni, 'achievements', alertAchievement());
    await jobs.drainUntilIdle();

    const alerts = await w.alertsFor(achievement);
    expect(alerts.map((a) => a.need_id).sort()).toEqual([w.needs.a, w.needs.b].sort());
    const similarities: { similarity: string }[] = await ds.query(
      `SELECT similarity FROM match_alert WHERE achievement_id = $1`,
      [achievement],
    );
    for (const { similarity } of similarities)
      expect(Number(similarity)).toBeGreaterThanOrEqual(MATCH_ALERT.minSimilarity);
    // The recycling need is among the matches, but not close enough to alert.
    const found = await t.app.get(MatchAlertService).alertFor('achievement', achievement);
    expect(found).toEqual({ matched: 2, alerted: 0 });
    const ranked = await api(t, uni).get(`/api/achievements/${achievement}/matches`).expect(200);
    expect(ranked.body.map((r: { id: string }) => r.id)).toContain(w.needs.recycling);
    for (const owner of [ownerA, ownerB]) {
      const list = await w.notificationsOf(owner);
      expect(list.total).toBe(1);
      expect(list.unread).toBe(1);
      expect(list.items[0]).toMatchObject({
        kind: 'match_alert',
        link: `/listings/achievement/${achievement}`,
        read: false,
        payload: { achievementId: achievement },
      });
      expect(list.items[0].title).toContain('高镍锂电池正极材料氧化铝包覆改性技术');
      expect(list.items[0].body).toContain(uni.org.name);
    }
    expect((await w.notificationsOf(ownerA)).items[0].payload.needId).toBe(w.needs.a);
    // The wording is the degree the match list shows: its per cent and the band it falls in.
    const alert = (await w.notificationsOf(ownerA)).items[0];
    expect(alert.body).toContain(matchDegreeText(alert.payload.similarity));
    // Not the owner of the unrelated need, not the publisher itself.
    expect((await w.notificationsOf(ownerRice)).total).toBe(0);
    expect((await w.notificationsOf(uni)).total).toBe(0);

    // One mail per user of each owner organisation (each their own), through the MailPort.
    expect(sent.map((m) => m.to).sort()).toEqual(
      [[ownerA.user.email], [memberA.user.email], [ownerB.user.email]].sort(),
    );
    const toA = sent.find((m) => m.to.includes(ownerA.user.email));
    expect(toA?.subject).toContain('新的匹配');
    expect(toA?.text).toContain(`/listings/achievement/${achievement}`);
    expect(sent.find((m) => m.to.includes(ownerB.user.email))).toBeDefined();
  });

  it('republishing (withdraw + publish) and redelivered events alert and mail nobody again', async () => {
    const achievement = await w.publish(uni, 'achievements', alertAchievement());
    await jobs.drainUntilIdle();
    await api(t, uni).post(`/api/listings/achievements/${achievement}/withdraw`, { version: 2 }).expect(200);
    await jobs.drainUntilIdle();
    const again = await api(t, uni)
      .post(`/api/listings/achievements/${achievement}/submit`, { version: 3 })
      .expect(200);
    expect(again.body.status).toBe('published');
    await jobs.drainUntilIdle();
    // Redelivery: every alert and mail job of this run handed to the worker once more.
    await ds.query(`UPDATE job SET done_at = NULL WHERE queue IN ('matching.alerts', 'notifications.mail')`);
    await jobs.drainUntilIdle();

    expect(await w.alertsFor(achievement)).toHaveLength(2);
    expect((await w.notificationsOf(ownerA)).total).toBe(1);
    expect((await w.notificationsOf(ownerB)).total).toBe(1);
    // One mail per user of the two owners (A has two users), each once.
    expect(sent).toHaveLength(3);
  });

  it('an anonymous need alerts the achievement owner without revealing the company', async () => {
    await w.publish(uni, 'achievements', alertAchievement());
    await jobs.drainUntilIdle();
    const before = sent.length;
    const anonymousNeed = await w.publish(hidden, 'needs', {
      ...NEED_TERMS,
      title: '正极材料包覆改性需求（匿名）',
      description: '需要提高锂电池高镍正极材料的循环寿命与热稳定性，寻求氧化铝包覆改性技术。',
      anonymous: true,
    });
    await jobs.drainUntilIdle();
    const list = await w.notificationsOf(uni);
    expect(list.total).toBe(1);
    expect(list.items[0].link).toBe(`/listings/need/${anonymousNeed}`);
    expect(list.items[0].body).toContain('匿名');
    expect(JSON.stringify(list)).not.toContain('隐名锂电');
    const mail = sent.find((m) => m.to.includes(uni.user.email));
    expect(mail).toBeDefined();
    expect(JSON.stringify(mail)).not.toContain('隐名锂电');
    expect(sent).toHaveLength(before + 1);
  });

  it('a need and a matching achievement published in the same round alert once, even when alerts come first in the round', async () => {
    // An alert job already due (a retry, a redelivery) makes the alert queue the first one the
    // next round hands out, before the round's new listings are indexed.
    await ds.transaction((em) =>
      em.query(`INSERT INTO job (queue, topic, key, payload) VALUES ('matching.alerts', 'listing.indexed', $1, $2)`, [
        `need:${w.needs.rice}`,
        JSON.stringify({ kind: 'need', id: w.needs.rice }),
      ]),
    );
    const [firm, lab] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
    ]);
    const needId = await w.publish(firm, 'needs', {
      ...NEED_TERMS,
      title: '钠离子电池硬碳负极材料制备技术需求',
      description: '我公司拟建设钠离子电池产线，需要低成本生物质硬碳负极材料的制备与预钠化技术，提高首次库伦效率。',
    });
    const achievementId = await w.publish(
      lab,
      'achievements',
      alertAchievement({
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
    const heard = [...(await w.notificationsOf(firm)).items, ...(await w.notificationsOf(lab)).items].filter(
      (n: { payload: { needId?: string; achievementId?: string } }) =>
        n.payload.needId === needId && n.payload.achievementId === achievementId,
    );
    expect(heard).toHaveLength(1);
  });

  it('a new achievement matching an open 揭榜挂帅 challenge alerts the challenge owner once; an expired challenge is left alone', async () => {
    const firm = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const challengeText = { techFieldCode: '06', rewardFen: 100_000_000 };
    const open = await w.publish(bureau, 'challenges', {
      ...challengeText,
      title: '钙钛矿太阳能电池湿热稳定封装技术攻关',
      description: '揭榜挂帅：针对钙钛矿太阳能电池组件的湿热衰减，征集原子层沉积阻隔层与边缘封装技术，提高组件稳定性。',
    });
    const expired = await w.publish(firm, 'challenges', {
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
    const achievementId = await w.publish(
      lab,
      'achievements',
      alertAchievement({
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
      (await w.notificationsOf(bureau)).items.filter(
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
    expect((await w.notificationsOf(firm)).total).toBe(0);
    // The challenge alert counts as a match made in the matchmaking report, beside any need alerts.
    const [{ needAlerts }] = await ds.query(
      `SELECT count(*)::int AS "needAlerts" FROM match_alert WHERE achievement_id = $1`,
      [achievementId],
    );
    expect(await matchesMade()).toBe(madeBefore + needAlerts + 1);
    // The achievement's matches offer the open challenge, not the one past its deadline.
    const matches = await api(t, lab).get(`/api/achievements/${achievementId}/matches`).expect(200);
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
