import { JobRunner } from '../libs/shared/jobs/index.js';
import { matchBand, matchDegreeText, matchPercent } from '../libs/shared/match-degree/index.js';
import { acceptDeal, openDeal } from './factories/deal.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { publishedListing, reviewOff, untilSearch } from './factories/listing.factory.js';
import { PHONE, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Issue 18, finding 5, in the browser: the match degree is a per cent (never a raw score above
 * 1) in the bands the match alerts use; 共同关键词 are the pair's distinctive words, not the words
 * most listings share; a deal a party opened itself never passes through 已引荐, and no deal
 * moves past 已联系 before its parties accept.
 */
describe('web app: matches and deals tell the truth (e2e)', () => {
  let h: WebHarness;
  let enterprise: TestOrg;
  let university: TestOrg;
  const TARGET = '秸秆生物质硬碳负极制备技术';
  /** Words every achievement of this corpus uses: frequent, so never shown as 共同关键词. */
  const FILLERS = ['制备', '性能', '材料', '技术', '完成', 'g'];
  const OTHERS = [
    '高强度铝合金型材挤压',
    '陶瓷膜过滤组件',
    '聚乳酸可降解薄膜',
    '碳化硅功率模块封装',
    '钢渣微粉混凝土掺合料',
    '石墨烯导热涂层',
    '玄武岩纤维复合筋',
    '稀土永磁电机转子',
  ];
  let needId = '';

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    let bureau: TestOrg;
    [bureau, enterprise, university] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '淮北钠电储能有限公司（匹配测试）' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（匹配测试）' }),
    ]);
    await reviewOff(t, bureau);
    const achievement = (title: string, keywords: string[], extra: string) => ({
      title,
      description: `本成果完成了${title}的材料制备工艺研究，性能指标达到国内先进水平，技术成熟，比容量以 mAh/g 计。${extra}`,
      techFieldCode: '05',
      keywords,
      trl: 7,
      transferModes: ['licence'],
    });
    for (const title of OTHERS) await publishedListing(t, university, 'achievements', achievement(title, [], ''));
    await publishedListing(
      t,
      university,
      'achievements',
      achievement(TARGET, ['硬碳', '负极'], '以秸秆为前驱体热解得到硬碳负极，用于钠离子电池，首次库伦效率 88%。'),
    );
    await untilSearch(t, 'achievements', { q: '硬碳' }, (ids) => ids.length >= 1);
    const need = await publishedListing(t, enterprise, 'needs', {
      title: '钠离子电池硬碳负极材料制备技术',
      description:
        '我公司已完成钠离子电池中试，需要硬碳负极材料的制备技术，性能要求比容量不低于 300 mAh/g，首次库伦效率不低于 88%。',
      techFieldCode: '05',
      keywords: ['硬碳', '钠离子电池'],
      cooperationModes: ['licence'],
    });
    needId = need.id;
    // the need's match alerts go out through the job queue once it is indexed
    await untilSearch(t, 'needs', { q: '硬碳' }, (ids) => ids.includes(needId));
    await t.app.get(JobRunner).drainUntilIdle();
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the match degree as a per cent in the alerts’ bands, and only distinctive shared words', async () => {
    const api_ = await api(h.t, enterprise).get(`/api/needs/${needId}/matches`).expect(200);
    const results = api_.body as { title: string; score: number; similarity: number }[];
    expect(results.length).toBeGreaterThan(1);
    // the ranking score of the best match is above 1 (text 1 + structured factors): it is not what is shown
    expect(results[0]!.score).toBeGreaterThan(1);

    const page = await h.logIn(enterprise, `/matches/needs/${needId}`);
    const cards = page.getByTestId('match-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(results.length);
    for (const [i, r] of results.entries()) {
      const degree = cards.nth(i).getByTestId('match-degree');
      const text = ((await degree.textContent()) ?? '').replace(/\s+/g, '');
      expect(text).toBe(`${matchPercent(r.similarity)}%${matchBand(r.similarity).label}`);
      const percent = Number(/^(\d+)%/.exec(text)![1]);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
    }
    const cardTexts = await cards.allTextContents();
    for (const t of cardTexts) expect(t).not.toMatch(/\b\d\.\d{2}\b/); // no raw score such as 1.02

    const target = cards.filter({ hasText: TARGET });
    const shared = await target.getByTestId('shared-term').allTextContents();
    expect(shared).toEqual(expect.arrayContaining(['硬碳']));
    for (const card of await cards.all()) {
      const words = await card.getByTestId('shared-term').allTextContents();
      for (const filler of FILLERS) expect(words).not.toContain(filler);
    }
    await h.screenshot(page, 'match-degree');
    const phone = await h.logIn(enterprise, `/matches/needs/${needId}`, PHONE);
    await phone.getByTestId('match-card').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'match-degree-phone');
    await phone.context().close();
    await page.context().close();

    // The alert the university got says the same band and per cent as the list.
    const inbox = await api(h.t, university).get('/api/notifications', { pageSize: 50 }).expect(200);
    const alerts = (inbox.body.items as { kind: string; body: string; payload: { similarity?: number } }[]).filter(
      (n) => n.kind === 'match_alert',
    );
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) expect(a.body).toContain(matchDegreeText(a.payload.similarity!));
  }, 120_000);

  it('shows the broker and the parties the commission they can expect, from the terms and the asking price', async () => {
    const agency = await createOrgWithAdmin(h.t, {
      type: 'broker_agency',
      regionCode: '340600',
      roles: ['broker'],
      name: '淮北技术转移中心（佣金测试）',
    });
    const priced = await publishedListing(h.t, university, 'achievements', {
      title: '钠离子电池硬碳负极连续化生产线',
      description: '硬碳负极连续化生产工艺与装备。',
      techFieldCode: '05',
      priceFen: 80_000_000,
      transferModes: ['licence'],
    });
    const deal = await openDeal(
      h.t,
      agency,
      { seller: university, buyer: enterprise },
      {
        title: '硬碳负极产线技术对接（佣金）',
        achievementId: priced.id,
        commission: { percent: 3, basis: 'contract_amount', fixedFen: '500000' },
      },
    );
    const want = '约 2.9 万元（按成果报价 80 万元 估算，以合同金额为准）';
    for (const who of [agency, enterprise]) {
      const page = await h.logIn(who, `/deals?deal=${deal.id}`);
      const expected = page.getByTestId('expected-commission');
      await expected.waitFor();
      expect(await expected.textContent()).toBe(want);
      if (who === enterprise) await h.screenshot(page, 'deal-expected-commission');
      await page.context().close();
    }
  }, 90_000);

  it('runs a deal the buyer opened without 已引荐, and waits for the seller before going past 已联系', async () => {
    const deal = await openDeal(
      h.t,
      enterprise,
      { seller: university, buyer: enterprise },
      { title: '硬碳负极直接对接' },
    );
    const page = await h.logIn(enterprise, `/deals?deal=${deal.id}`);
    const detail = page.getByTestId('deal-detail');
    await detail.getByRole('button', { name: '推进到「已联系」' }).click();
    await page.getByTestId('confirm-move').click();
    await detail.getByTestId('deal-stage').filter({ hasText: '已联系' }).waitFor();
    await detail.getByTestId('deal-waiting').waitFor();
    expect(await detail.getByTestId('deal-waiting').textContent()).toContain(university.org.name);
    expect(await detail.getByRole('button', { name: /推进到/ }).count()).toBe(0);
    await h.screenshot(page, 'deal-waiting-for-parties');

    await acceptDeal(h.t, deal, university);
    await page.reload();
    await detail.getByRole('button', { name: '推进到「洽谈中」' }).waitFor();
    expect(await detail.getByRole('button', { name: /已引荐/ }).count()).toBe(0);
    expect(await detail.getByTestId('deal-waiting').count()).toBe(0);
    await detail.getByRole('button', { name: '推进到「洽谈中」' }).click();
    await page.getByTestId('confirm-move').click();
    await detail.getByTestId('deal-stage').filter({ hasText: '洽谈中' }).waitFor();
    await detail.getByRole('button', { name: '推进到「已签约」' }).waitFor();
    const timeline = (await detail.getByTestId('deal-timeline').textContent()) ?? '';
    expect(timeline).not.toContain('已引荐');
    await page.context().close();
  }, 90_000);
});
