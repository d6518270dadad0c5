import type { Locator, Page } from 'playwright-core';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { alertAchievement } from './factories/alerts-world.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { publishedListing } from './factories/listing.factory.js';
import { buttonLabel, DESKTOP, PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * 揭榜挂帅 and notifications in a real browser against the real api, database and Meilisearch:
 * a bureau publishes a challenge through review, a university finds it among its achievement's
 * matches and applies, the bureau awards it; match alerts show in the header's bell and are read.
 */
describe('web app: challenges and notifications in the browser (e2e)', () => {
  let h: WebHarness;
  let jobs: JobRunner;
  let bureau: TestOrg;
  let enterprise: TestOrg;
  let university: TestOrg;
  let achievementId = '';

  const CHALLENGE = '高镍锂电池正极材料长循环寿命技术攻关';
  const TEAM = '正极材料包覆改性课题组';
  const NEEDS = ['锂电池正极材料循环寿命提升', '高镍正极材料包覆改性技术需求'];

  const fieldError = (page: Page, fieldLabel: string): Locator =>
    page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel(fieldLabel, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  const bellCount = async (page: Page): Promise<number> =>
    Number(await page.getByTestId('notification-bell').getAttribute('data-unread'));
  const bellShows = (page: Page, n: number) =>
    page.locator(`[data-testid="notification-bell"][data-unread="${n}"]`).waitFor();

  /** Turns the page to phone width; fails unless the layout settles without sideways scrolling. */
  async function fitsPhone(page: Page): Promise<void> {
    await page.setViewportSize(PHONE);
    await page.waitForFunction(
      () => window.innerWidth <= 400 && document.documentElement.scrollWidth - window.innerWidth <= 1,
      undefined,
      { timeout: 5_000 },
    );
  }

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    jobs = t.app.get(JobRunner);
    [bureau, enterprise, university] = await Promise.all([
      // 淮北 reviews what its region posts (the default), its own challenges included
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '淮北动力电池有限公司（揭榜测试）' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（揭榜测试）' }),
    ]);
    achievementId = (await publishedListing(t, university, 'achievements', alertAchievement(), { reviewer: bureau }))
      .id;
    await jobs.drainUntilIdle();
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  it('a bureau publishes a challenge through review, a university applies from its matches, the bureau awards it', async () => {
    // ── 1. the bureau drafts the challenge in 我的发布; the API's field errors sit next to the fields ──
    const bur = await h.logIn(bureau, '/my/listings');
    await bur.getByTestId('new-listing').click();
    const form = bur.getByTestId('listing-form');
    await form.getByLabel('标题').fill('高');
    await bur.getByTestId('save-listing').click();
    await fieldError(bur, '标题').waitFor();
    expect(await fieldError(bur, '标题').textContent()).toBe('标题应为 2–200 个字');
    expect(await fieldError(bur, '榜额（万元）').textContent()).toBe('请填写榜额');
    expect(await bur.locator('body').textContent()).not.toContain('VALIDATION_FAILED');

    await form.getByLabel('标题').fill(CHALLENGE);
    await form
      .getByLabel('榜单问题')
      .fill(
        '面向本地动力电池产业，征集高镍锂电池正极材料循环寿命提升与热稳定性改进技术：正极材料包覆改性，1C 循环 2000 次容量保持率不低于 85%，抑制电解液副反应。',
      );
    await form.getByLabel('技术领域', { exact: true }).click();
    await bur.locator('.ant-select-dropdown:visible .ant-select-item-option[title="新能源与高效节能"]').click();
    await form.getByLabel('揭榜截止日期').click();
    await form.getByLabel('揭榜截止日期').fill('2030-12-31');
    await form.getByLabel('榜额（万元）').click();
    await form.getByLabel('榜额（万元）').fill('200');
    // A save once went nowhere in a loaded full run (never alone): a form that shows no error and
    // no saved row after 10 s is saved again; an error on the form fails with its words.
    for (let press = 1; ; press++) {
      await bur.getByTestId('save-listing').click();
      try {
        await tableRow(bur, CHALLENGE).getByText('草稿').waitFor({ timeout: 10_000 });
        break;
      } catch (err) {
        const errors = await bur.locator('.ant-form-item-explain-error, .ant-alert-error').allInnerTexts();
        if (errors.length || press === 3)
          throw new Error(`the challenge was not saved: ${errors.join('；') || 'no error shown'}`, { cause: err });
      }
    }
    expect(await tableRow(bur, CHALLENGE).textContent()).toContain('200 万元');
    await tableRow(bur, CHALLENGE).getByRole('button', { name: '提交审核' }).click();
    await tableRow(bur, CHALLENGE).getByText('待审核').waitFor();
    const mine = await api(h.t, bureau).get('/api/listings/challenges/mine').expect(200);
    const challengeId = mine.body.items.find((c: { title: string }) => c.title === CHALLENGE).id;
    expect(mine.body.items[0]).toMatchObject({ rewardFen: 200_000_000, deadline: '2030-12-31', status: 'submitted' });

    // ── 2. review: the 揭榜挂帅 tab of the review queue publishes it ──
    await bur.goto('/review');
    await bur.getByRole('tab', { name: '揭榜挂帅' }).click();
    await tableRow(bur, CHALLENGE).getByTestId('approve-listing').click();
    await bur.getByTestId('approve-listing-confirm').click();
    await bur.getByText(`「${CHALLENGE}」已发布`).waitFor();
    await jobs.drainUntilIdle();

    // ── 3. the university sees the challenge among its achievement's matches and applies ──
    const uni = await h.logIn(university, `/matches/achievements/${achievementId}`);
    await uni
      .getByTestId('match-kind-filter')
      .getByText(/^揭榜挂帅（1）$/)
      .click();
    const card = uni.getByTestId('match-card').filter({ hasText: CHALLENGE });
    await card.waitFor();
    expect(await uni.getByTestId('match-card').count()).toBe(1);
    expect(await card.textContent()).toContain('榜额 200 万元');
    await card.getByTestId('go-apply').click();
    await uni.waitForURL(new RegExp(`/listings/challenges/${challengeId}$`));
    await uni.getByTestId('apply-card').waitFor();
    // who may 揭榜 reads the same to the applicant, a visitor and the publisher: what the API allows
    const whoMayApply = '通过认证的高校、科研院所和企业均可揭榜（发布单位除外）';
    await uni.getByTestId('next-steps').getByText(`${whoMayApply}。`).waitFor();
    const visitor = await h.newPage();
    await visitor.goto(`/listings/challenges/${challengeId}`);
    await visitor.getByText(`${whoMayApply}。`).waitFor();
    await visitor.context().close();
    await bur.goto('/my/listings?kind=challenge');
    await bur.getByText(whoMayApply).first().waitFor();
    await uni.getByTestId('submit-application').click();
    await fieldError(uni, '揭榜团队').waitFor();
    expect(await fieldError(uni, '揭榜团队').textContent()).toBe('请填写揭榜团队');
    await uni.getByLabel('揭榜团队').fill(TEAM);
    await uni
      .getByLabel('揭榜方案')
      .fill('技术路线：原子层沉积氧化铝包覆 + 梯度掺杂；第一年完成中试，第二年在合作企业产线验证。');
    await uni.getByTestId('submit-application').click();
    await uni.getByTestId('my-application-status').filter({ hasText: '已申请' }).waitFor();
    expect(await uni.getByTestId('apply-card').count()).toBe(0);
    const applied = await api(h.t, university)
      .get(`/api/listings/challenges/${challengeId}/applications/mine`)
      .expect(200);
    expect(applied.body.application).toMatchObject({ teamName: TEAM, status: 'submitted' });

    // ── 4. the bureau reads the application on the challenge page and awards it, with a confirmation ──
    await bur.goto(`/listings/challenges/${challengeId}`);
    const application = tableRow(bur, university.org.name);
    await application.getByText(TEAM).waitFor();
    expect(await application.getByTestId('application-status').textContent()).toBe('待评审');
    await application.getByTestId('award-application').click();
    await bur.locator('.ant-popconfirm').getByText(`确定由「${university.org.name}」揭榜？`).waitFor();
    await bur
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonLabel('确定') })
      .click();
    // the page reloads the challenge: closed, with the chosen team named
    await bur
      .getByTestId('award-result')
      .filter({ hasText: `已确定揭榜方：${university.org.name}（${TEAM}）` })
      .waitFor();
    await bur.getByTestId('challenge-awarded').waitFor();
    await tableRow(bur, university.org.name).getByTestId('application-status').filter({ hasText: '已中榜' }).waitFor();
    expect(await bur.getByTestId('award-application').count()).toBe(0);
    const apps = await api(h.t, bureau).get(`/api/listings/challenges/${challengeId}/applications`).expect(200);
    expect(apps.body).toMatchObject({ total: 1, items: [{ orgName: university.org.name, status: 'awarded' }] });
    await bur.evaluate(() => document.fonts.ready);
    await h.screenshot(bur, 'challenge-awarded');
    await bur.goto('/my/listings');
    await tableRow(bur, CHALLENGE).getByText('已揭榜').waitFor();

    // ── 5. the university, and only it, still sees the closed challenge, with its result ──
    await uni.reload();
    await uni.getByTestId('my-application-status').filter({ hasText: '已中榜' }).waitFor();
    await uni.getByTestId('challenge-awarded').waitFor();
    await h.screenshot(uni, 'challenge-applicant');
    await api(h.t).get(`/api/listings/challenges/${challengeId}`).expect(404);
    // at phone width nothing sticks out sideways
    await fitsPhone(uni);
    await h.screenshot(uni, 'challenge-applicant-phone');
  }, 90_000);

  it('match alerts show in the bell; reading them on the notifications page lowers the count', async () => {
    // ── 1. the university has been told of its achievement's review (and of its award when the
    //       other test ran first); once those are read, the bell shows 0 ──
    await jobs.drainUntilIdle(); // what earlier changes have yet to tell
    const uni = await h.logIn(university, '/notifications');
    await uni.getByTestId('notification').filter({ hasText: '审核通过' }).waitFor();
    await api(h.t, university).post('/api/notifications/read-all').expect(200);
    const earlier: number = (await api(h.t, university).get('/api/notifications').expect(200)).body.total;
    await uni.reload();
    await bellShows(uni, 0);
    expect(await bellCount(uni)).toBe(0);
    // the list loads on its own after the reload: wait for its rows, then count them
    await uni
      .getByTestId('notification')
      .nth(earlier - 1)
      .waitFor();
    expect(await uni.getByTestId('notification').count()).toBe(earlier);

    // ── 2. an enterprise publishes two needs that match the university's achievement ──
    const needIds: string[] = [];
    needIds.push(
      (
        await publishedListing(
          h.t,
          enterprise,
          'needs',
          {
            title: NEEDS[0],
            description:
              '我公司生产动力锂电池，需要提高高镍正极材料的循环寿命和热稳定性，寻求成熟的正极材料包覆改性技术。',
            techFieldCode: '06',
            budgetMaxFen: 50_000_000,
            cooperationModes: ['transfer'],
          },
          { reviewer: bureau },
        )
      ).id,
    );
    needIds.push(
      (
        await publishedListing(
          h.t,
          enterprise,
          'needs',
          {
            title: NEEDS[1],
            description: '寻求锂电池高镍正极材料的氧化铝包覆改性技术，提高循环寿命，抑制电解液副反应。',
            techFieldCode: '06',
            budgetMaxFen: 50_000_000,
            cooperationModes: ['transfer'],
          },
          { reviewer: bureau },
        )
      ).id,
    );
    await jobs.drainUntilIdle();
    const viaApi = await api(h.t, university).get('/api/notifications/unread-count').expect(200);
    expect(viaApi.body.unread).toBe(2);

    // ── 3. the bell catches up on the next navigation ──
    await uni.goto('/');
    await bellShows(uni, 2);
    expect(await uni.getByTestId('notification-bell').locator('.ant-badge-count').getAttribute('title')).toBe('2');

    // ── 4. the page lists both alerts, unread, each linking to the new need and to the achievement's matches ──
    await uni.getByTestId('notification-bell').click();
    await uni.waitForURL(/\/notifications$/);
    const items = uni.getByTestId('notification');
    await items.nth(earlier + 1).waitFor();
    expect(await items.count()).toBe(earlier + 2); // the two alerts above what was there (read)
    expect(await uni.locator('[data-testid="notification"][data-read="false"]').count()).toBe(2);
    const text = (await uni.getByTestId('notification').allTextContents()).join('\n');
    for (const title of NEEDS) expect(text).toContain(`新的匹配：${title}`);
    expect(text).toContain('匹配提醒');
    const hrefs = await uni
      .getByTestId('notification')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const id of needIds) expect(hrefs).toContain(`/listings/needs/${id}`);
    expect(hrefs).toContain(`/matches/achievements/${achievementId}`);
    expect(await uni.getByTestId('unread-total').textContent()).toBe('2 条未读');

    // ── 5. mark one read: the bell drops to 1; mark all: 0 ──
    await items.first().getByTestId('mark-read').click();
    await bellShows(uni, 1);
    await uni.locator('[data-testid="notification"][data-read="true"]').nth(earlier).waitFor();
    expect(await uni.locator('[data-testid="notification"][data-read="false"]').count()).toBe(1);
    expect((await api(h.t, university).get('/api/notifications/unread-count').expect(200)).body.unread).toBe(1);
    await uni.evaluate(() => document.fonts.ready);
    await h.screenshot(uni, 'notifications');
    await uni.getByTestId('mark-all-read').click();
    await bellShows(uni, 0);
    await uni.getByTestId('unread-total').waitFor({ state: 'detached' });
    expect(await uni.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);
    expect((await api(h.t, university).get('/api/notifications/unread-count').expect(200)).body.unread).toBe(0);
    await fitsPhone(uni);
    await h.screenshot(uni, 'notifications-phone');
    await uni.setViewportSize(DESKTOP);

    // ── 6. the link opens the need; the API's singular link form works as an address too ──
    await uni
      .getByTestId('notification')
      .filter({ hasText: NEEDS[1] })
      .getByRole('link', { name: '查看新发布的信息' })
      .click();
    await uni.waitForURL(new RegExp(`/listings/needs/${needIds[1]}$`));
    await uni.getByText(NEEDS[1]).first().waitFor();
    await uni.goto(`/listings/need/${needIds[0]}`);
    await uni.waitForURL(new RegExp(`/listings/needs/${needIds[0]}$`));
    await uni.getByText(NEEDS[0]).first().waitFor();
  }, 90_000);
});
