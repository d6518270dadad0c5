import { DataSource } from 'typeorm';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  buttonLabel,
  PHONE,
  startWebHarness,
  submitDialog,
  tableRow,
  type WebHarness,
  VIEWPORTS,
  DESKTOP,
} from './browser.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { publishedListing } from './factories/listing.factory.js';
import { api } from './http.js';

const TITLE = '淮北市新材料科技成果专场路演';

/**
 * Issue 19, roadshows (路演) in the browser: the bureau creates one, chooses what it presents and
 * publishes it; an enterprise finds it under 路演活动 and registers (the meeting link appears);
 * after the start the bureau records who came — at desktop and phone width, in Chinese only.
 */
describe('web app: roadshows (e2e)', () => {
  let h: WebHarness;
  let ds: DataSource;
  let bureau: TestOrg;
  let enterprise: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    ds = h.t.app.get(DataSource);
    let uni: TestOrg;
    [bureau, uni, enterprise] = await Promise.all([
      createBureauStaff(h.t, '340600'),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北新材科技有限公司' }),
    ]);
    await publishedListing(h.t, uni, 'achievements', { title: '高强度铝合金表面微弧氧化技术' }, { reviewer: bureau });
    await h.t.app.get(JobRunner).drainUntilIdle(); // indexed: the item picker searches for it
  }, 180_000);
  afterAll(() => h?.close());

  /** No Latin words on the page but the generated names of test users and bureaus. */
  const words = async (page: import('playwright-core').Page) => {
    const text = (await page.locator('body').innerText()).replace(/测试(科学技术局|用户)[0-9a-z]+/g, '');
    expect(text.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
  };

  it('the bureau creates a roadshow, chooses what it presents and publishes it (desktop)', async () => {
    const page = await h.logIn(bureau, '/roadshows', DESKTOP);
    await page.getByTestId('manage-roadshows').click();
    await page.getByTestId('new-roadshow').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('路演名称').fill(TITLE);
    await dialog.getByLabel('线上参会链接').fill('https://meeting.example.cn/s/xincai');
    await dialog.getByLabel('举办地点').fill('淮北市科技大厦三楼报告厅');
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const start = dialog.getByPlaceholder('开始');
    await start.click();
    await start.fill(`${day} 14:00`);
    await start.press('Enter');
    const end = dialog.getByPlaceholder('结束');
    await end.fill(`${day} 17:00`);
    await end.press('Enter');
    await dialog.getByLabel('路演介绍').fill('推介高校院所新材料领域成果，现场对接企业需求。');
    await h.screenshot(page, 'roadshow-form-desktop');
    await submitDialog(page, '创建草稿');
    const row = tableRow(page, TITLE);
    await row.getByText('草稿').waitFor();

    await row.getByTestId('roadshow-items').click();
    const items = page.getByRole('dialog');
    await items.getByTestId('roadshow-items-select').click();
    await page.keyboard.type('微弧氧化');
    await page.locator('.ant-select-item-option').filter({ hasText: '高强度铝合金表面微弧氧化技术' }).click();
    await page.keyboard.press('Escape');
    await submitDialog(page, '保存');
    await row.getByText('1 项').waitFor();

    await row.getByTestId('publish-roadshow').click();
    await page
      .getByRole('button', { name: buttonLabel('发布') })
      .last()
      .click();
    await row.getByText('报名中').waitFor();
    await words(page);
    await h.screenshot(page, 'roadshow-manage-desktop');
  });

  for (const [name, viewport] of VIEWPORTS) {
    it(`a visitor sees it, and an enterprise registers and gets the meeting link (${name})`, async () => {
      const visitor = await h.newPage(viewport);
      await visitor.goto('/roadshows');
      await visitor.getByRole('link', { name: TITLE }).first().click();
      await visitor.getByTestId('roadshow-title').getByText(TITLE).waitFor();
      await visitor.getByText('报名后显示参会链接').waitFor();
      await visitor.getByTestId('roadshow-presented').getByText('高强度铝合金表面微弧氧化技术').waitFor();
      await visitor.getByTestId('login-to-register').waitFor();
      await words(visitor);
      await h.screenshot(visitor, `roadshow-detail-visitor-${name}`);

      const [{ id }] = await ds.query(`SELECT id FROM roadshow WHERE title = $1`, [TITLE]);
      const page = await h.logIn(enterprise, `/roadshows/${id}`, viewport);
      if (name === 'desktop') {
        await page.getByTestId('roadshow-register').click();
        await page.getByRole('button', { name: '确认报名' }).click();
      }
      await page.getByTestId('roadshow-registered').waitFor();
      await page.getByTestId('roadshow-link').waitFor();
      await words(page);
      await h.screenshot(page, `roadshow-detail-registered-${name}`);
    });
  }

  it('after the start the bureau records who came (phone)', async () => {
    const [{ id }] = await ds.query(`SELECT id FROM roadshow WHERE title = $1`, [TITLE]);
    // the clock moved in SQL: a test cannot wait three days
    await ds.query(
      `UPDATE roadshow SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );
    const page = await h.logIn(bureau, '/roadshows/manage', PHONE);
    await tableRow(page, TITLE).getByTestId('roadshow-participants').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('淮北新材科技有限公司').waitFor();
    // the box shows what the server recorded: it turns on once the answer is in
    await drawer.getByTestId('roadshow-attended').click();
    await drawer.getByText('到场 1 家').waitFor();
    await words(page);
    await h.screenshot(page, 'roadshow-participants-phone');
    const participants = (await api(h.t, bureau).get(`/api/roadshows/${id}/participants`).expect(200)).body;
    expect(participants.attendedCount).toBe(1);
  });
});
