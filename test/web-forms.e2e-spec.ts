import type { Locator, Page } from 'playwright-core';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createListing, submitListing } from './factories/listing.factory.js';
import { buttonLabel, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Forms that guide (issue 18, point 2 and 3): required marks, one message per field in plain
 * Chinese that goes away when the field is fixed, the API's field errors reduced to the one that
 * matters, Enter that never sends a half-filled form, and drafts that can be deleted.
 */
describe('web app: forms that guide (e2e)', () => {
  let h: WebHarness;
  let ent: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    ent = await createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const item = (form: Locator, label: string): Locator =>
    form.locator('.ant-form-item').filter({ has: form.page().getByLabel(label, { exact: true }) });
  /** The messages under a field (not one on its way out in antd's leave animation). */
  const errorsOf = (form: Locator, label: string) =>
    item(form, label).locator('.ant-form-item-explain-error:not(.ant-form-show-help-item-leave)');

  async function pick(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  }

  /** Two frames: what a keypress starts (validation, then the request) has begun by then. */
  const settle = (page: Page) =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

  async function newNeedForm(): Promise<{ page: Page; form: Locator }> {
    const page = await h.logIn(ent, '/my/listings');
    await page.getByTestId('new-listing').click();
    const form = page.getByTestId('listing-form');
    await form.waitFor();
    return { page, form };
  }

  it('marks the required fields and shows one Chinese message per field, gone once it is fixed', async () => {
    const { page, form } = await newNeedForm();
    const required = (await form.locator('label.ant-form-item-required').allTextContents()).map((s) => s.trim());
    expect(required).toEqual(expect.arrayContaining(['标题', '需求描述', '技术领域']));
    expect(required).not.toContain('联系电话');

    await page.getByTestId('save-listing').click();
    await errorsOf(form, '标题').first().waitFor();
    for (const [label, message] of [
      ['标题', '请填写标题'],
      ['需求描述', '请填写需求描述'],
      ['技术领域', '请选择技术领域'],
    ] as const) {
      expect(await errorsOf(form, label).allTextContents()).toEqual([message]);
    }
    await h.screenshot(page, 'form-need-required');

    await form.getByLabel('标题', { exact: true }).fill('储');
    await errorsOf(form, '标题').getByText('标题应为 2–200 个字').waitFor();
    await form.getByLabel('标题', { exact: true }).fill('储能电池检测技术');
    await errorsOf(form, '标题').first().waitFor({ state: 'detached' });

    await form.getByLabel('联系电话', { exact: true }).fill('abc');
    await errorsOf(form, '联系电话').getByText('请填写正确的电话号码，如 0558-1234567 或 13800000000').waitFor();
    await form.getByLabel('联系电话', { exact: true }).fill('0558-1234567');
    await errorsOf(form, '联系电话').first().waitFor({ state: 'detached' });
    expect(await form.textContent()).not.toMatch(/位数字|代码|[A-Za-z]{4,}/);
  });

  it('puts the API field errors one per field, in words, and clears them when the field changes', async () => {
    const { page, form } = await newNeedForm();
    // what the API answered on main for a body the browser's rules let through: every rule of a field
    await page.route('**/api/listings/needs', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'Validation failed',
              details: [
                { field: 'title', messages: ['title 不能包含控制字符'] },
                { field: 'techFieldCode', messages: ['techFieldCode 必须是 2 位数字的技术领域代码'] },
                {
                  field: 'industry',
                  messages: ['industry must be shorter than or equal to 100 characters', 'industry must be a string'],
                },
              ],
            }),
          })
        : route.fallback(),
    );
    await form.getByLabel('标题', { exact: true }).fill('储能电池检测技术');
    await form.getByLabel('需求描述', { exact: true }).fill('需要储能电池的检测技术。');
    await pick(page, '技术领域', '新材料');
    await form.getByLabel('所属行业', { exact: true }).fill('新能源');
    await page.getByTestId('save-listing').click();
    await errorsOf(form, '标题').first().waitFor();
    expect(await errorsOf(form, '标题').allTextContents()).toEqual(['不能包含控制字符']);
    expect(await errorsOf(form, '技术领域').allTextContents()).toEqual(['请从列表中选择技术领域']);
    expect(await errorsOf(form, '所属行业').allTextContents()).toEqual(['最多 100 个字']);
    await h.screenshot(page, 'form-need-api-errors');
    // fixing a field (here: changing it; the server judges again on saving) takes its error away
    await form.getByLabel('所属行业', { exact: true }).fill('储能');
    await errorsOf(form, '所属行业').first().waitFor({ state: 'detached' });
    expect(await errorsOf(form, '标题').count()).toBe(1);
  });

  it('does not send the form when Enter is pressed in 截止日期, and saves it with the button', async () => {
    const { page, form } = await newNeedForm();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/listings/needs')) posts.push(r.url());
    });
    await form.getByLabel('标题', { exact: true }).fill('回车不提交的需求');
    await form.getByLabel('需求描述', { exact: true }).fill('截止日期里按回车只确认日期。');
    await pick(page, '技术领域', '新材料');
    const deadline = form.getByLabel('截止日期', { exact: true });
    await deadline.click();
    await deadline.fill('2030-12-31');
    await deadline.press('Enter');
    await settle(page);
    await deadline.press('Enter');
    await settle(page);
    expect(posts).toEqual([]);
    expect(await form.isVisible()).toBe(true);
    expect(await deadline.inputValue()).toBe('2030-12-31');

    await page.getByTestId('save-listing').click();
    await tableRow(page, '回车不提交的需求').getByText('草稿').waitFor();
    expect(posts).toHaveLength(1);
    const mine = await api(h.t, ent).get('/api/listings/needs/mine', { pageSize: 100 }).expect(200);
    const saved = mine.body.items.filter((l: { title: string }) => l.title === '回车不提交的需求');
    expect(saved.map((l: { deadline: string }) => l.deadline)).toEqual(['2030-12-31']);
  });

  it('asks before a drawer drops what was typed (Esc, a click beside it), and closes an untouched one at once', async () => {
    const { page, form } = await newNeedForm();
    const title = form.getByLabel('标题', { exact: true });
    // nothing typed: Esc closes the drawer, no question
    await title.click();
    await title.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await page.locator('.ant-modal-confirm').count()).toBe(0);

    await page.getByTestId('new-listing').click();
    await form.waitFor();
    await title.fill('关闭前先问一声的需求');
    await title.press('Escape');
    const ask = page.locator('.ant-modal-confirm:visible');
    await ask.locator('.ant-modal-confirm-title').getByText('放弃未保存的内容？').waitFor();
    await h.screenshot(page, 'drawer-unsaved-ask');
    await ask.getByRole('button', { name: buttonLabel('继续填写') }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await form.isVisible()).toBe(true);
    expect(await title.inputValue()).toBe('关闭前先问一声的需求');

    // a click beside the drawer asks the same; 放弃 closes it and nothing was saved
    await page.mouse.click(100, 400);
    await ask.locator('.ant-modal-confirm-title').getByText('放弃未保存的内容？').waitFor();
    await ask.getByRole('button', { name: buttonLabel('放弃') }).click();
    await form.waitFor({ state: 'detached' });
    const mine = await api(h.t, ent).get('/api/listings/needs/mine', { pageSize: 100 }).expect(200);
    expect(mine.body.items.map((l: { title: string }) => l.title)).not.toContain('关闭前先问一声的需求');
    await page.context().close();
  });

  it('deletes a draft after a confirmation that says it cannot be undone', async () => {
    const draft = await createListing(h.t, ent, 'needs', { title: '重复的草稿（待删除）' });
    const submitted = await submitListing(
      h.t,
      ent,
      'needs',
      await createListing(h.t, ent, 'needs', { title: '已提交的需求（不能删除）' }),
    );
    const page = await h.logIn(ent, '/my/listings');
    await tableRow(page, '重复的草稿（待删除）').waitFor();
    expect(await tableRow(page, '已提交的需求（不能删除）').getByTestId('delete-draft').count()).toBe(0);
    await tableRow(page, '重复的草稿（待删除）').getByTestId('delete-draft').click();
    const pop = page.locator('.ant-popconfirm:visible');
    await pop.getByText('删除后不能恢复。').waitFor();
    await pop.getByRole('button', { name: buttonLabel('取消') }).click();
    await api(h.t, ent).get(`/api/listings/needs/${draft.id}`).expect(200);
    await tableRow(page, '重复的草稿（待删除）').getByTestId('delete-draft').click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: buttonLabel('删除') })
      .click();
    await tableRow(page, '重复的草稿（待删除）').waitFor({ state: 'detached' });
    await api(h.t, ent).get(`/api/listings/needs/${draft.id}`).expect(404);
    await api(h.t, ent).get(`/api/listings/needs/${submitted.id}`).expect(200);
  });

  it('the sign-up form refuses a phone that is not one, next to the field', async () => {
    const page = await h.newPage();
    await page.goto('/signup');
    await page.getByLabel('联系电话', { exact: true }).fill('abc');
    await page.getByRole('button', { name: '提交注册' }).click();
    const form = page.locator('form');
    await errorsOf(form, '联系电话').getByText('请填写正确的电话号码，如 0558-1234567 或 13800000000').waitFor();
    expect(await errorsOf(form, '机构名称').allTextContents()).toEqual(['请填写机构名称']);
    await h.screenshot(page, 'form-signup-errors');
  });

  it('asks before 通过发布 and says what follows; cancelling publishes nothing', async () => {
    const bureau = await createBureauStaff(h.t, '340600');
    const need = await submitListing(
      h.t,
      ent,
      'needs',
      await createListing(h.t, ent, 'needs', { title: '待审核的需求（确认测试）' }),
    );
    expect(need.status).toBe('submitted');
    const page = await h.logIn(bureau, '/review');
    await page.getByRole('tab', { name: '技术需求' }).click();
    await tableRow(page, '待审核的需求（确认测试）').getByTestId('approve-listing').click();
    const pop = page.locator('.ant-popconfirm:visible');
    await pop.getByText('通过后立即公开发布').waitFor();
    await h.screenshot(page, 'review-approve-confirm');
    await pop.getByRole('button', { name: buttonLabel('取消') }).click();
    expect((await api(h.t, ent).get(`/api/listings/needs/${need.id}`).expect(200)).body.status).toBe('submitted');
    await tableRow(page, '待审核的需求（确认测试）').getByTestId('approve-listing').click();
    await page.getByTestId('approve-listing-confirm').click();
    await tableRow(page, '待审核的需求（确认测试）').waitFor({ state: 'detached' });
    expect((await api(h.t, ent).get(`/api/listings/needs/${need.id}`).expect(200)).body.status).toBe('published');
  });
});
