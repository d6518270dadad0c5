import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { COLUMNS } from '../libs/imports/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { achievementRecord, csvLine } from './factories/import.factory.js';
import { buttonLabel, PHONE, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Bureau staff's bulk import and the platform admin's screens in a real browser against the real
 * api, database and Meilisearch; the import worker runs in this process as it would in the worker app.
 */
describe('web app: bulk import and platform admin in the browser (e2e)', () => {
  let h: WebHarness;
  let dir: string;
  let runner: JobRunner;
  let bureau: TestOrg;
  let university: TestOrg;
  let platform: TestOrg;
  const FILE = '淮北理工成果汇交（测试）.csv';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tm-web-admin-'));
    h = await startWebHarness({ IMPORT_DIR: join(dir, 'imports'), JOBS_POLL_MS: '100' });
    runner = h.t.app.get(JobRunner);
    // Imports run in the background, as the worker would run them.
    runner.start(['imports']);
    [bureau, university, platform] = await Promise.all([
      createBureauStaff(h.t, '340600'),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院（导入测试）' }),
      createPlatformAdmin(h.t),
    ]);
  }, 120_000);

  afterAll(async () => {
    await runner?.stop();
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('bureau staff import achievements: the bad row is listed, the commit imports the rest and the job shows 完成', async () => {
    const specs = COLUMNS.achievements;
    const row = (i: number, over: Record<string, string> = {}) => {
      const rec = achievementRecord(university, {
        title: `煤矸石综合利用技术${i}号`,
        description: `第 ${i} 项成果：煤矸石制备陶粒与充填材料，已在矿区中试。`,
        techField: '新材料',
        achievementType: '应用技术',
        trl: '6',
        transferModes: '转让、许可',
        price: '200000',
        negotiable: '否',
        keywords: '煤矸石、固废利用',
        ...over,
      });
      return csvLine(specs.map((s) => rec[s.key] ?? ''));
    };
    const csv = [csvLine(specs.map((s) => s.header)), row(1), row(2, { techField: '量子玄学' }), row(3), row(4)].join(
      '\r\n',
    );
    const path = join(dir, FILE);
    writeFileSync(path, `${csv}\r\n`);

    const page = await h.logIn(bureau, '/imports');
    await page.getByRole('menuitem', { name: '批量导入' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '平台管理' }).count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    const jobId = page.url().split('/').pop()!;

    // the worker validates; the page polls until the dry run is done
    const status = page.getByTestId('import-status');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.textContent === '校验完成，待确认',
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.getByTestId('import-progress').textContent()).toBe('已处理 4 / 4 行');
    const problem = page.getByTestId('import-problems').locator('.ant-table-row');
    await problem.first().waitFor();
    expect(await problem.count()).toBe(1);
    const cells = await problem.first().locator('td').allTextContents();
    expect(cells[0]).toBe('第 3 行');
    expect(cells[1]).toBe('技术领域');
    expect(cells[2]).toMatch(/\p{Script=Han}/u);
    expect(cells[2]).not.toContain('UNKNOWN_TECH_FIELD');
    expect(await page.getByTestId('valid-rows').locator('.ant-statistic-content-value').textContent()).toBe('3');
    expect(await page.getByTestId('problem-rows').locator('.ant-statistic-content-value').textContent()).toBe('1');
    await h.screenshot(page, 'imports-dry-run');

    await page.getByTestId('commit-import').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonLabel('导入') })
      .click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.textContent === '导入完成',
      undefined,
      { timeout: 20_000 },
    );
    const job = await api(h.t, bureau).get(`/api/imports/${jobId}`).expect(200);
    expect(job.body).toMatchObject({
      status: 'committed',
      phase: 'commit',
      progress: { rowsDone: 4, totalRows: 4 },
      validRows: 3,
      problemRows: 1,
      importedRows: 3,
      skippedRows: 1,
    });
    expect(await status.textContent()).toBe('导入完成');
    expect(await page.getByTestId('imported-rows').locator('.ant-statistic-content-value').textContent()).toBe('3');
    expect(await page.getByTestId('skipped-rows').locator('.ant-statistic-content-value').textContent()).toBe('1');
    const listed = page.getByTestId('import-jobs').locator('.ant-table-row').filter({ hasText: FILE });
    await listed.getByText('导入完成').waitFor();
    await h.screenshot(page, 'imports-committed');

    const [{ n }] = await h.t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM achievement WHERE org_id = $1`, [university.org.id]);
    expect(n).toBe(3);

    // the same job on a phone: nothing wider than the screen
    const phone = await h.logIn(bureau, `/imports/${jobId}`, PHONE);
    await phone.getByTestId('import-status').getByText('导入完成').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'imports-phone');
  }, 90_000);

  it('bureau staff import the 名录: the kind in words, its template, the bad row listed, the job named 名录', async () => {
    const page = await h.logIn(bureau, '/imports');
    await page.getByTestId('import-kind').getByText('名录', { exact: true }).click();
    const template = page.getByTestId('download-template');
    expect(await template.textContent()).toBe('下载名录（高企、科小、基地、特派员等）模板');
    const [file] = await Promise.all([page.waitForEvent('download'), template.click()]);
    expect(file.suggestedFilename()).toBe('名录导入模板.xlsx');
    await h.screenshot(page, 'imports-registries-kind');

    const specs = COLUMNS.registries;
    const rec = (over: Record<string, string>) =>
      csvLine(
        specs.map(
          (s) => ({ kind: '高新技术企业', region: '杜集区', recognisedOn: '2024-11-20', ...over })[s.key] ?? '',
        ),
      );
    const csv = [
      csvLine(specs.map((s) => s.header)),
      rec({ name: '淮北浏览器测试高企有限公司', certificateNo: 'GR202434009901' }),
      rec({ name: '缺证书编号的企业' }),
    ].join('\r\n');
    const path = join(dir, '高企名录（测试）.csv');
    writeFileSync(path, `${csv}\r\n`);
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.textContent === '校验完成，待确认',
      undefined,
      { timeout: 20_000 },
    );
    const problem = page.getByTestId('import-problems').locator('.ant-table-row');
    await problem.first().waitFor();
    const cells = await problem.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['第 3 行', '证书编号/入库编号', '请填写高新技术企业证书编号']);
    const listed = page
      .getByTestId('import-jobs')
      .locator('.ant-table-row')
      .filter({ hasText: '高企名录（测试）.csv' });
    await listed.getByText('名录（高企、科小、基地、特派员等）').waitFor();
    await h.screenshot(page, 'imports-registries-dry-run');
    const phone = await h.logIn(bureau, page.url().replace(/^.*(\/imports\/)/, '$1'), PHONE);
    await phone.getByTestId('import-status').getByText('校验完成，待确认').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'imports-registries-phone');
  }, 90_000);

  it('the platform admin creates an API key, sees its secret once, and edits a synonym', async () => {
    const page = await h.logIn(platform, '/admin/exchange');
    await page.getByRole('menuitem', { name: '平台管理' }).waitFor();
    await page.getByTestId('create-api-key').click();
    const dialog = page.getByRole('dialog', { name: '创建 API 密钥' });
    await dialog.getByLabel('合作平台名称').fill('羚羊工业互联网平台（测试）');
    expect(await dialog.getByLabel('读取已发布信息（增量同步）').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: buttonLabel('创建') }).click();

    const shown = page.getByTestId('secret-value');
    await shown.waitFor();
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^tmk_[A-Za-z0-9_-]{43}$/);
    expect(
      await shown.getByRole('button', { name: '复制' }).or(shown.locator('.ant-typography-copy')).count(),
    ).toBeGreaterThan(0);
    // the key works for the partner
    await api(h.t).get('/api/exchange/listings').set('X-Api-Key', secret).expect(200);
    await page.getByTestId('secret-done').click();
    await shown.waitFor({ state: 'hidden' });
    const keyRow = page
      .getByTestId('api-keys')
      .locator('.ant-table-row')
      .filter({ hasText: '羚羊工业互联网平台（测试）' });
    await keyRow.waitFor();
    expect(await keyRow.textContent()).toContain(`${secret.slice(0, 12)}…`);
    expect(await page.locator('body').textContent()).not.toContain(secret);
    await h.screenshot(page, 'admin-exchange');

    await page.getByRole('tab', { name: '代码表与同义词' }).click();
    await page.waitForURL(/\/admin\/code-tables$/);
    const note = await page.getByTestId('code-tables-note').textContent();
    expect(note).toContain('参考数据');
    // no developer instructions for the platform admin (issue 18)
    expect(note).not.toMatch(/seed|npm/);
    await page.getByTestId('tech-fields').locator('.ant-table-row').nth(10).waitFor();
    const group = page.getByTestId('synonym-group').filter({ hasText: '锂离子电池' });
    await group.getByRole('combobox').fill('锂电');
    await group.getByRole('combobox').press('Enter');
    await page.getByTestId('save-synonyms').click();
    await page.getByText('同义词表已保存').waitFor();
    const synonyms = await api(h.t).get('/api/search/synonyms').expect(200);
    expect(synonyms.body.find((g: { terms: string[] }) => g.terms.includes('锂离子电池')).terms).toEqual(
      expect.arrayContaining(['锂电池', '锂离子电池', '锂电']),
    );
    await h.screenshot(page, 'admin-code-tables');

    await page.getByRole('tab', { name: '用户' }).click();
    await page.getByTestId('admin-users').locator('.ant-table-row').filter({ hasText: bureau.user.email }).waitFor();

    // the organisation list on a phone: nothing wider than the screen
    const phone = await h.logIn(platform, '/admin/orgs', PHONE);
    await phone.locator('.ant-table-row').filter({ hasText: university.org.name }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'admin-orgs-phone');
  }, 90_000);

  it('the platform admin enters a year of the work calendar from the State Council notice', async () => {
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)) + 2;
    const page = await h.logIn(platform, '/admin/work-calendar');
    const days = page.getByTestId('calendar-days');
    await days.waitFor();
    const state = (
      await api(h.t)
        .get(`/api/work-calendar/${year - 1}`)
        .expect(200)
    ).body;
    // In December the next year's notice is due: the page says it is missing until it is entered.
    await page.getByText(`已录入：${state.loadedYears.map((y: number) => `${y} 年`).join('、')}`).waitFor();
    expect(await page.getByTestId('calendar-next-year-missing').count()).toBe(state.nextYearMissing ? 1 : 0);

    await page.getByRole('combobox', { name: '年份' }).click();
    await page.getByTitle(`${year} 年`).click();
    await days.getByText(`${year} 年尚未录入放假日和调休上班日`).waitFor();
    await page.getByRole('textbox', { name: '日期' }).fill(`${year}-01-01`);
    await page.getByRole('textbox', { name: '日期' }).press('Enter');
    await page.getByRole('textbox', { name: '节日' }).fill('元旦');
    await page.getByTestId('add-calendar-day').click();
    await days
      .locator('.ant-table-row')
      .filter({ hasText: `${year}年1月1日` })
      .filter({ hasText: '放假' })
      .waitFor();
    await page.getByTestId('save-calendar').click();
    await page.getByText(`${year} 年工作日历已保存`).waitFor();
    const saved = await api(h.t).get(`/api/work-calendar/${year}`).expect(200);
    expect(saved.body.days).toEqual([{ day: `${year}-01-01`, isWorkday: false, name: '元旦' }]);
    await h.screenshot(page, 'admin-work-calendar');
    // on a phone: the year's table and the entry row fit the screen
    const phone = await h.logIn(platform, '/admin/work-calendar', PHONE);
    await phone.getByTestId('calendar-days').waitFor();
    await phone.getByText(`${year} 年）`).first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'admin-work-calendar-phone');
    await phone.context().close();
  }, 60_000);

  it('shows the 403 page to a bureau user who opens the admin URL', async () => {
    const page = await h.logIn(bureau, '/admin/exchange');
    await page.getByText('没有访问权限').waitFor();
    expect(await page.getByTestId('api-keys').count()).toBe(0);
  });
});
