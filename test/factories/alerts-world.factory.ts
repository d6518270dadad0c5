/**
 * A small market of 淮北 for match alerts, built on a fresh app for every test (alerts compare
 * a new listing with every published listing of the other kind, so tests sharing a database
 * would alert each other's owners):
 *
 *   beforeEach(async () => (w = await alertsWorld()));
 *   afterEach(() => w.t.close());
 *   const achievement = await w.publish(w.uni, 'achievements', alertAchievement());
 *   await w.jobs.drainUntilIdle();
 *
 * The bureau of 淮北 does not review, so listings publish on submission. Mails go to `sent`.
 */
import { DataSource } from 'typeorm';
import { LogMailTransport, MAIL_PORT, type MailMessage, type MailPort } from '../../libs/notifications/src/index.js';
import { JobRunner } from '../../libs/shared/jobs/index.js';
import { api, type Bearer } from '../http.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { addMember, createBureauStaff, createOrgWithAdmin, type TestOrg } from './identity.factory.js';
import { createListing, publishedListing, reviewOff, type KindPath } from './listing.factory.js';

/** What a need about cathode materials has besides its text. */
export const NEED_TERMS = { techFieldCode: '06', budgetMaxFen: 50_000_000, cooperationModes: ['transfer'] };

/** The achievement both cathode needs are about: it alerts their owners. */
export const alertAchievement = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
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

export interface AlertsWorld {
  t: TestApp;
  ds: DataSource;
  /** The worker's job runner: the default lane (events, alerts), then the mail lane. */
  jobs: { drainUntilIdle(): Promise<number> };
  sent: MailMessage[];
  bureau: TestOrg;
  uni: TestOrg;
  /** Owners of the two cathode needs (alerted by alertAchievement), and A's second user. */
  ownerA: TestOrg;
  ownerB: TestOrg;
  memberA: Bearer & { user: TestOrg['user'] };
  /** Owner of the rice need and of the recycling need (a candidate, below the threshold). */
  ownerRice: TestOrg;
  hidden: TestOrg;
  stranger: TestOrg;
  broker: TestOrg;
  needs: { a: string; b: string; rice: string; recycling: string; draft: string };
  /** Creates and submits (publishes) a listing, or leaves it a draft; answers its id. */
  publish(org: Bearer, kind: KindPath, body: Record<string, unknown>, asDraft?: boolean): Promise<string>;
  notificationsOf(org: Bearer, query?: Record<string, string | number | boolean>): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the JSON page, read field by field
  alertsFor(achievementId: string): Promise<{ need_id: string; notified_org_id: string }[]>;
}

export async function alertsWorld(): Promise<AlertsWorld> {
  const t = await createTestApp();
  const ds = t.app.get(DataSource);
  const runner = t.app.get(JobRunner);
  const jobs = {
    drainUntilIdle: async () => (await runner.drainUntilIdle()) + (await runner.drainUntilIdle({ lane: 'mail' })),
  };
  const sent: MailMessage[] = [];
  // A test transport bound to the MailPort (the default binding is the log transport).
  const port = t.app.get<MailPort>(MAIL_PORT);
  expect(port).toBeInstanceOf(LogMailTransport);
  port.send = async (mail: MailMessage) => {
    sent.push(mail);
  };
  const bureau = await createBureauStaff(t, '340600');
  await reviewOff(t, bureau);
  const [uni, ownerA, ownerB, ownerRice, hidden, stranger, broker] = await Promise.all([
    createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '隐名锂电科技有限公司' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340600', roles: ['broker'] }),
  ]);
  const memberA = await addMember(t, ownerA, { roles: ['member'] });
  const publish = async (org: Bearer, kind: KindPath, body: Record<string, unknown>, asDraft = false) =>
    (asDraft ? await createListing(t, org, kind, body) : await publishedListing(t, org, kind, body)).id;
  const needs = {
    a: await publish(ownerA, 'needs', {
      ...NEED_TERMS,
      title: '锂电池正极材料循环寿命提升',
      description: '我公司生产动力锂电池，需要提高高镍正极材料的循环寿命和热稳定性，寻求成熟的正极材料包覆改性技术。',
    }),
    b: await publish(ownerB, 'needs', {
      ...NEED_TERMS,
      title: '高镍正极材料包覆改性技术需求',
      description: '寻求锂电池高镍正极材料的氧化铝包覆改性技术，提高循环寿命，抑制电解液副反应。',
    }),
    rice: await publish(ownerRice, 'needs', {
      ...NEED_TERMS,
      techFieldCode: '09',
      title: '水稻抗倒伏栽培',
      description: '需要提高水稻产量的密植与控水栽培技术。',
    }),
    // Shares 锂电池 with the achievement (so it is a candidate) but is about something else: below the threshold.
    recycling: await publish(ownerRice, 'needs', {
      ...NEED_TERMS,
      title: '废旧锂电池回收拆解',
      description: '需要退役动力锂电池的自动化拆解、破碎分选与有价金属湿法回收技术。',
    }),
    draft: await publish(
      ownerA,
      'needs',
      { ...NEED_TERMS, title: '锂电池正极材料（草稿）', description: '草稿需求：锂电池正极材料包覆改性。' },
      true,
    ),
  };
  await jobs.drainUntilIdle();
  return {
    t,
    ds,
    jobs,
    sent,
    bureau,
    uni,
    ownerA,
    ownerB,
    memberA,
    ownerRice,
    hidden,
    stranger,
    broker,
    needs,
    publish,
    notificationsOf: async (org, query = {}) => (await api(t, org).get('/api/notifications', query).expect(200)).body,
    alertsFor: (achievementId) =>
      ds.query(`SELECT need_id, notified_org_id FROM match_alert WHERE achievement_id = $1 ORDER BY need_id`, [
        achievementId,
      ]),
  };
}
