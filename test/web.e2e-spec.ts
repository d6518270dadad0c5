import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';
import { statisticsDemoLoader } from '../seeds/demo/statistics-demo.js';
import { createBureauStaff, createOrgWithAdmin, TEST_PASSWORD, type TestOrg } from './factories/identity.factory.js';
import { publishedListing, reviewOff, untilSearch } from './factories/listing.factory.js';
import { logInWithForm, PHONE, startWebHarness, type WebHarness } from './browser.js';
import { api, refused } from './http.js';
import { fenToWan2 } from '../libs/shared/money/index.js';

/** The web app in a real headless Chromium against the real api, database and Meilisearch. */
describe('web app in the browser (e2e)', () => {
  let h: WebHarness;
  let enterprise: TestOrg;
  let bureau: TestOrg;
  const TITLE = '钠离子电池硬碳负极材料';
  let achievementId = '';

  /** Logs in through the login form, as a person would. */
  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    bureau = await createBureauStaff(t, '340600');
    await reviewOff(t, bureau);
    enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    // certified-contract figures for the dashboard (the demo ledger: 淮北 and four other cities)
    await statisticsDemoLoader.load(t.app.get(DataSource));
    const uni = await createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北师范大学（测试）' });
    achievementId = (
      await publishedListing(t, uni, 'achievements', {
        title: TITLE,
        description: '以生物质为前驱体制备低成本硬碳负极，首效 90% 以上，适用于储能电池。',
        trl: 6,
        transferModes: ['licence', 'transfer'],
        priceFen: 50_000_000,
      })
    ).id;
    await untilSearch(t, 'achievements', { q: '硬碳负极' }, (ids) => ids.includes(achievementId));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('serves the app at / and keeps JSON 404s for the API and for non-browser requests', async () => {
    const html = await api(h.t).get('/').set('Accept', 'text/html').expect(200);
    expect(html.text).toContain('<div id="root">');
    const deep = await api(h.t).get('/search?q=x').set('Accept', 'text/html,application/xhtml+xml').expect(200);
    expect(deep.headers['content-type']).toContain('text/html');
    await refused(api(h.t).get('/api/nope').set('Accept', 'text/html'), 404, 'ROUTE_NOT_FOUND');
    await refused(api(h.t).get('/no/such/page'), 404, 'ROUTE_NOT_FOUND');
    await refused(api(h.t).get('/assets/missing.js').set('Accept', 'text/html'), 404, 'ROUTE_NOT_FOUND');
  });

  it('renders the home page in Chinese with the self-hosted Noto Sans SC', async () => {
    const page = await h.newPage();
    const fontFiles: string[] = [];
    page.on('response', (r) => {
      if (/noto-sans-sc-.*\.woff2$/.test(r.url()) && r.ok()) fontFiles.push(r.url());
    });
    await page.goto('/');
    await page.getByRole('heading', { name: '网上技术市场' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const font = await page.evaluate(() => ({
      family: getComputedStyle(document.querySelector('.hero h1')!).fontFamily,
      loaded: [...document.fonts].filter(
        (f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && f.status === 'loaded',
      ).length,
    }));
    expect(font.family).toContain('Noto Sans SC');
    expect(font.loaded).toBeGreaterThan(0);
    expect(fontFiles.length).toBeGreaterThan(0);
    // subsets load on demand: a page of Chinese needs a few dozen files, not all of them
    expect(fontFiles.length).toBeLessThan(120);
    await page.getByText(TITLE).first().waitFor();
    await h.screenshot(page, 'home');
  });

  it('searches from the home box and shows the highlighted hit with its facets', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page
      .getByRole('searchbox', { name: '搜索关键词' })
      .or(page.getByLabel('搜索关键词'))
      .first()
      .fill('硬碳负极');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?kind=achievement&q=/);
    await page.getByTestId('search-total').waitFor();
    expect(await page.getByTestId('search-total').textContent()).toMatch(/共找到 1 条结果/);
    const hit = page.getByTestId('search-hit').first();
    expect((await hit.locator('em.hl').allTextContents()).join('')).toContain('硬碳');
    expect(await page.getByText('技术领域').count()).toBeGreaterThan(0);
    await h.screenshot(page, 'search-results');
    await hit.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/listings/achievements/${achievementId}$`));
    await page.getByText('6 级 · ').first().waitFor();
    await h.screenshot(page, 'achievement-detail');
  });

  it('states a price too small for 万元 in 元, not as 0 万元', async () => {
    const uni = await createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603' });
    const { id } = await publishedListing(h.t, uni, 'achievements', {
      title: '小额许可测试成果',
      description: '用于检查小额价格的显示。',
      trl: 5,
      transferModes: ['licence'],
      priceFen: 1_000,
    });
    const page = await h.newPage();
    await page.goto(`/listings/achievements/${id}`);
    await page.getByText('小额许可测试成果').first().waitFor();
    await page.getByText('10 元', { exact: true }).first().waitFor();
    expect(await page.getByText('0 万元', { exact: true }).count()).toBe(0);
  });

  it('shows an empty state that says what to do when nothing matches', async () => {
    const page = await h.newPage();
    await page.goto('/search?kind=need&q=' + encodeURIComponent('不存在的词语组合'));
    await page.getByText('没有找到与“不存在的词语组合”相关的结果').waitFor();
    expect(await page.getByText('换个关键词试试').count()).toBe(1);
  });

  it('shows the API field errors next to the login fields, and a wrong password on the password field', async () => {
    const page = await h.newPage();
    await page.goto('/login');
    await page.getByLabel('邮箱或手机号').fill('ab');
    await page.getByLabel('密码').fill('x');
    await page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    const loginItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('邮箱或手机号') });
    await loginItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await loginItem.locator('.ant-form-item-explain-error').textContent()).toBe('至少 3 个字');
    await h.screenshot(page, 'login-field-errors');

    await page.getByLabel('邮箱或手机号').fill(enterprise.user.email);
    await page.getByLabel('密码').fill('Wrong@pass1');
    await page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('密码') });
    await passwordItem.getByText('账号或密码错误').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('INVALID_CREDENTIALS');
  });

  it('shows sign-up errors next to the fields they concern, in words', async () => {
    const page = await h.newPage();
    await page.goto('/signup');
    await page.getByLabel('机构名称').fill('测试新材料有限公司');
    await page.getByLabel('统一社会信用代码').fill('91340600MA2TEST00X');
    await page.getByLabel('所在地区').click();
    await page
      .getByRole('menuitemcheckbox', { name: '安徽省' })
      .or(page.locator('.ant-cascader-menu-item', { hasText: '安徽省' }))
      .first()
      .click();
    await page.keyboard.press('Escape');
    await page.getByLabel('管理员姓名').fill('王强');
    await page.getByLabel('管理员邮箱（登录账号）').fill('not-an-email');
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026x');
    await page.getByRole('button', { name: '提交注册' }).click();
    const emailItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('管理员邮箱（登录账号）') });
    await emailItem.getByText('请填写正确的邮箱地址').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('VALIDATION_FAILED');
  });

  it('lets an invited member set a password from the mailed link, with the password rules next to the field', async () => {
    const email = `invitee-${Date.now()}@example.cn`;
    const inv = await api(h.t, enterprise)
      .post('/api/org/members', { email, displayName: '李娜', roles: ['member'] })
      .expect(201);
    const page = await h.newPage();
    await page.goto('/accept-invite');
    await page.getByText('邀请链接不完整').waitFor();
    await page.goto(`/accept-invite#token=${inv.body.inviteToken}`);
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByLabel('确认密码').fill('short');
    await page.getByTestId('accept-invite').click();
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('密码', { exact: true }) });
    await passwordItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await passwordItem.locator('.ant-form-item-explain-error').textContent()).toContain('8');
    expect(await page.locator('body').textContent()).not.toContain('WEAK_PASSWORD');
    await page.getByLabel('密码', { exact: true }).fill('Invite@2026');
    await page.getByLabel('确认密码').fill('Invite@2026');
    await page.getByTestId('accept-invite').click();
    await page.getByText('密码已设置').waitFor();
    await api(h.t).post('/api/auth/login', { login: email, password: 'Invite@2026' }).expect(200);
    // The link works once.
    const again = await h.newPage();
    await again.goto(`/accept-invite#token=${inv.body.inviteToken}`);
    await again.getByLabel('密码', { exact: true }).fill('Invite@2027');
    await again.getByLabel('确认密码').fill('Invite@2027');
    await again.getByTestId('accept-invite').click();
    await again.getByText('邀请链接无效或已过期').waitFor();
  });

  it('sends a visitor of a protected page to login, and back to the page after login', async () => {
    const page = await h.newPage();
    await page.goto('/dashboard');
    await page.waitForURL(/\/login\?next=%2Fdashboard$/);
    await page.getByText('请先登录后再访问该页面').waitFor();
    await page.getByLabel('邮箱或手机号').fill(bureau.user.email);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('user-menu').waitFor();
  });

  it('shows the bureau dashboard with the region total, drills into a county and exports XLSX', async () => {
    const page = await h.newPage();
    await logInWithForm(page, bureau, '/dashboard');
    const period = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
    });
    const viaApi = await api(h.t, bureau)
      .get('/api/stats/summary', { period, perspective: 'absorption', groupBy: 'child-region' })
      .expect(200);
    // shown in 万元 with two decimals, rounded once from the exact fen by the shared rule
    const expected = Number(fenToWan2(viaApi.body.total.contractAmountFen as string));
    expect(expected).toBeGreaterThan(0);
    const amount = page.getByTestId('total-contract-amount').locator('.ant-statistic-content-value');
    await page.waitForFunction((want) => {
      const el = document.querySelector('[data-testid="total-contract-amount"] .ant-statistic-content-value');
      return el && Number(el.textContent!.replace(/,/g, '')) === want;
    }, expected);
    expect(Number((await amount.textContent())!.replace(/,/g, ''))).toBe(expected);
    // charts have drawn and finished animating before the screenshot
    await page.locator('[data-testid="chart-trend"][data-drawn="true"]').waitFor();
    await h.screenshot(page, 'bureau-dashboard');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const firstChild = viaApi.body.rows[0] as { name: string };
    await page.locator('.ant-table-row').filter({ hasText: firstChild.name }).first().click();
    await page.locator('.ant-breadcrumb').getByText(firstChild.name).waitFor();
  });

  it('shows a 403 page, not a blank screen, to a user without the permission', async () => {
    const page = await h.newPage();
    await logInWithForm(page, enterprise, '/dashboard');
    await page.getByText('没有访问权限').waitFor();
    await h.screenshot(page, 'forbidden');
  });

  it('lists the agreed-price publications without login and browses regions', async () => {
    const page = await h.newPage();
    await page.goto('/publications');
    await page.getByText('协议定价公示').first().waitFor();
    await page.getByText('目前没有正在公示的协议定价').waitFor();
    await page.goto('/regions');
    await page.getByText('安徽省').click();
    await page.getByText('区划代码').waitFor();
    expect(await page.getByText('340000').count()).toBeGreaterThan(0);
  });

  it('fits a phone-width screen', async () => {
    const page = await h.newPage(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { name: '网上技术市场' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await h.screenshot(page, 'home-phone');
  });
});
