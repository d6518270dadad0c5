import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { alertAchievement, NEED_TERMS } from './factories/alerts-world.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { publishedListing, reviewOff } from './factories/listing.factory.js';
import { api } from './http.js';
import { createPeerApp, createTestApp, type TestApp } from './test-app.js';

interface Match {
  id: string;
  title: string;
  score: number;
  similarity: number;
  explanation: { sharedTerms: string[] };
}

/**
 * Matching keeps nothing between requests (issue 21): two api processes on one database and one
 * search index answer a match alike, and a change to the listings shows in both at once — there
 * is no per-process copy of the corpus to fall behind.
 */
describe('matching across api processes (e2e)', () => {
  let t: TestApp;
  let peer: TestApp;
  let jobs: JobRunner;
  let uni: TestOrg;
  let enterprise: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    peer = await createPeerApp(t);
    jobs = t.app.get(JobRunner);
    await reviewOff(t, await createBureauStaff(t, '340600'));
    uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' });
    enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
  });

  afterAll(async () => {
    await peer?.close();
    await t?.close();
  });

  it('gives identical answers from two apps, before and right after an achievement is edited and another withdrawn', async () => {
    const need = await publishedListing(t, enterprise, 'needs', {
      title: '锂离子电池正极材料循环寿命提升',
      description: '我公司生产动力电池，需要提高锂离子电池正极材料的循环寿命和热稳定性，寻求成熟的包覆改性技术。',
      ...NEED_TERMS,
    });
    const cathode = await publishedListing(t, uni, 'achievements', alertAchievement());
    const rice = await publishedListing(
      t,
      uni,
      'achievements',
      alertAchievement({
        title: '水稻抗倒伏栽培技术',
        description: '密植与控水结合提高水稻产量。',
        keywords: ['水稻'],
      }),
    );
    await jobs.drainUntilIdle();
    const ask = async (app: TestApp): Promise<Match[]> =>
      (await api(app, enterprise).get(`/api/needs/${need.id}/matches`).expect(200)).body;

    const before = await ask(t);
    expect(await ask(peer)).toEqual(before);
    expect(before[0]!.id).toBe(cathode.id);
    const riceBefore = before.find((m) => m.id === rice.id);

    // The rice achievement becomes a cathode one (edited while published), the cathode one is withdrawn.
    const edited = await api(t, uni)
      .patch(`/api/listings/achievements/${rice.id}`, {
        version: rice.version,
        title: '锂电池正极材料包覆改性新工艺',
        description: '以氧化铝包覆锂离子电池正极材料，提高循环寿命和热稳定性。',
        keywords: ['锂电池', '正极材料'],
      })
      .expect(200);
    expect(edited.body.status).toBe('published');
    await api(t, uni)
      .post(`/api/listings/achievements/${cathode.id}/withdraw`, { version: cathode.version })
      .expect(200);
    // The worker applies the changes (search index and term statistics, one transaction per batch) …
    await jobs.drainUntilIdle();
    const totals: { n: number }[] = await t.app
      .get(DataSource)
      .query(`SELECT n FROM match_corpus WHERE kind = 'achievement'`);
    expect(totals[0]!.n).toBe(1);

    // … and the next request of either app sees them, in whichever order they are asked.
    const peerAfter = await ask(peer);
    const after = await ask(t);
    expect(peerAfter).toEqual(after);
    expect(after.map((m) => m.id)).not.toContain(cathode.id);
    expect(after[0]!.id).toBe(rice.id);
    expect(after[0]!.similarity).toBeGreaterThan(riceBefore?.similarity ?? 0);
    expect(after[0]!.title).toBe('锂电池正极材料包覆改性新工艺');
    expect(after[0]!.explanation.sharedTerms).toEqual(expect.arrayContaining(['正极材料']));
    expect(after[0]!.explanation.sharedTerms).not.toContain('水稻');
  });
});
