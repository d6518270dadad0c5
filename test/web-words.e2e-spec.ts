import type { Page } from 'playwright-core';
import { certifiedContract, submittedContract } from './factories/contract.factory.js';
import { acceptedDeal, moveDeal } from './factories/deal.factory.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import {
  createListing,
  publishedListing,
  submitListing,
  untilSearch,
  type ListingView,
} from './factories/listing.factory.js';
import { join } from 'node:path';
import { PHONE, SCREENSHOT_DIR, settled, startWebHarness, type WebHarness } from './browser.js';

/**
 * Users see Chinese only (issue 18, point 7): every page of every role, and the visitor's, walked
 * in the browser, and any visible word of 4 or more Latin letters outside the allow-list fails.
 * Plus the phone layout (point 8): results before filters, tables that scroll, a side menu.
 */

/**
 * Latin words a Chinese user reads as they are: proper nouns and file formats. Keep it short; a
 * word is here only with its reason.
 */
const ALLOWED = new Set([
  'Excel', // the spreadsheet program bureau staff export to (导出 Excel)
  'XLSX', // its file format, named on the export buttons and import templates
]);

describe('web app: Chinese on every page, and phones (e2e)', () => {
  let h: WebHarness;
  let bureau: TestOrg;
  let bureauAdmin: TestOrg;
  let ent: TestOrg;
  let uni: TestOrg;
  let broker: TestOrg;
  let platform: TestOrg;
  let need: ListingView;
  let achievement: ListingView;
  /** Names the test gave its users and organisations (random Latin ids): data, not the app's words. */
  let dataNames: string[] = [];

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    [bureau, bureauAdmin, ent, uni, broker, platform] = await Promise.all([
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '340600', { admin: true }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '淮北储能科技有限公司（界面测试）' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（界面测试）' }),
      createOrgWithAdmin(t, {
        type: 'broker_agency',
        regionCode: '340600',
        roles: ['broker'],
        name: '淮北技术转移中心（界面测试）',
      }),
      createPlatformAdmin(t),
    ]);
    await createOrgWithAdmin(t, {
      type: 'enterprise',
      regionCode: '340604',
      verified: false,
      name: '待审核企业（界面测试）',
    });
    need = await publishedListing(
      t,
      ent,
      'needs',
      {
        title: '储能电池硬碳负极材料需求',
        description: '需要低成本硬碳负极材料制备技术，首次库伦效率不低于 88%。',
        keywords: ['硬碳', '负极'],
        budgetMaxFen: 500_000_000,
        deadline: '2030-12-31',
        contactName: '王工',
        contactPhone: '0561-3000001',
      },
      { reviewer: bureau },
    );
    achievement = await publishedListing(
      t,
      uni,
      'achievements',
      {
        title: '生物质硬碳负极材料制备技术',
        description: '以生物质为前驱体制备硬碳负极材料，首次库伦效率 90%。',
        keywords: ['硬碳', '负极'],
        trl: 6,
      },
      { reviewer: bureau },
    );
    await createListing(t, ent, 'needs', { title: '未提交的需求草稿' });
    await submitListing(t, ent, 'needs', await createListing(t, ent, 'needs', { title: '待审核的需求' }));
    const deal = await acceptedDeal(
      t,
      broker,
      { seller: uni, buyer: ent },
      {
        needId: need.id,
        achievementId: achievement.id,
        title: '硬碳负极材料技术对接',
      },
    );
    await moveDeal(t, broker, deal, ['contacted', 'introduced']);
    // 500.35 万元: the figure that wrapped as "500.35 万 / 元" on a phone
    await certifiedContract(t, uni, ent, bureau, {
      title: '硬碳负极材料技术开发合同',
      contractAmountFen: '500350000',
      techAmountFen: '450000000',
    });
    await submittedContract(t, uni, ent, { title: '硬碳负极检测技术服务合同', contractSubtypeCode: 'service.general' });
    await untilSearch(t, 'achievements', { q: '硬碳' }, (ids) => ids.includes(achievement.id));
    await untilSearch(t, 'needs', { q: '硬碳' }, (ids) => ids.includes(need.id));
    dataNames = [bureau, bureauAdmin, ent, uni, broker, platform].flatMap((o) => [o.org.name, o.user.email]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  /** What a phone shows before any scrolling (the full-page screenshot is too tall to read). */
  const firstScreen = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-first-screen.png`), animations: 'disabled' });

  /** Visible text (and the placeholders of visible fields) with the test's own data names taken out. */
  async function visibleWords(page: Page): Promise<string[]> {
    const { text, names } = await page.evaluate(() => ({
      text: document.body.innerText,
      names: [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getAttribute('placeholder') ?? ''),
    }));
    let all = `${text}\n${names.join('\n')}`;
    // the users' display names the factories made ("测试用户<id>"): data, not the app's words
    all = all.replace(/测试(用户|成员)[0-9a-z]+/g, '');
    // e-mail addresses and 统一社会信用代码 (18 digits and capitals) are records users typed or
    // were issued, not words of the app
    all = all.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '').replace(/[0-9A-Z]{18}/g, '');
    for (const n of dataNames) all = all.split(n).join('');
    return (all.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !ALLOWED.has(w));
  }

  const VISITOR = [
    '/',
    '/search',
    '/search?kind=need',
    '/search?kind=challenge',
    '/publications',
    '/regions',
    '/login',
    '/signup',
  ];
  const detail = () => [`/listings/needs/${need.id}`, `/listings/achievements/${achievement.id}`];

  async function walk(who: TestOrg | null, paths: string[]): Promise<string[]> {
    const problems: string[] = [];
    let page: Page | null = null;
    for (const path of paths) {
      if (!page) page = who ? await h.logIn(who, path) : await h.newPage();
      if (!who || page.url() !== new URL(path, h.baseUrl).href) await page.goto(path);
      await settled(page);
      const words = await visibleWords(page);
      if (words.length) problems.push(`${path}: ${[...new Set(words)].join(', ')}`);
      // tabs inside a page (review queues, admin tabs, deal views) are pages too
      // Names first: a clicked tab may re-render the tab bar (nested tabs, overflow), so
      // positions taken before a click need not hold after it.
      const names: string[] = [];
      for (const tab of await page.getByRole('tab').all()) {
        if ((await tab.getAttribute('aria-selected')) === 'true' || !(await tab.isVisible())) continue;
        names.push(((await tab.textContent()) ?? '').trim());
      }
      for (const name of names) {
        const tab = page.getByRole('tab', { name, exact: true }).first();
        if (!(await tab.isVisible())) continue;
        await tab.click();
        await settled(page);
        const tabWords = await visibleWords(page);
        if (tabWords.length) problems.push(`${path} [${name}]: ${[...new Set(tabWords)].join(', ')}`);
      }
    }
    await page?.context().close();
    return problems;
  }

  it('shows a visitor no English or developer words', async () => {
    expect(await walk(null, [...VISITOR, ...detail()])).toEqual([]);
  });

  it('shows the enterprise, the university and the broker no English or developer words', async () => {
    const problems = [
      ...(await walk(ent, [
        '/my/listings',
        '/deals',
        '/contracts',
        '/notifications',
        `/matches/needs/${need.id}`,
        ...detail(),
      ])),
      ...(await walk(uni, ['/my/listings', '/deals', '/contracts', `/matches/achievements/${achievement.id}`])),
      ...(await walk(broker, ['/deals', '/contracts', `/matches/needs/${need.id}`])),
    ];
    expect(problems).toEqual([]);
  });

  it('shows bureau staff and the bureau admin no English or developer words', async () => {
    const problems = [
      ...(await walk(bureau, ['/review', '/certification', '/dashboard', '/imports', '/deals', '/notifications'])),
      ...(await walk(bureauAdmin, ['/review', '/my/listings'])),
    ];
    expect(problems).toEqual([]);
  });

  it('shows the platform admin no English or developer words', async () => {
    expect(
      await walk(platform, [
        '/admin/orgs',
        '/admin/users',
        '/admin/code-tables',
        '/admin/exchange',
        '/review',
        '/dashboard',
      ]),
    ).toEqual([]);
  });

  it('groups the menu by role in a side menu, and names the pending organisation once', async () => {
    const page = await h.logIn(bureau, '/review');
    const menu = page.getByTestId('side-menu');
    const groups = (await menu.locator('.ant-menu-item-group-title').allTextContents()).map((s) => s.trim());
    expect(groups).toEqual(['技术市场', '我的工作', '科技局业务']);
    await h.screenshot(page, 'side-menu-bureau');
    await page.context().close();
    // the user menu names the organisation once and its status on a line of its own
    const pendingOrg = await createOrgWithAdmin(h.t, {
      type: 'enterprise',
      regionCode: '340604',
      verified: false,
      name: '亳州中药饮片有限公司（菜单测试）',
    });
    const pending = await h.logIn(pendingOrg, '/');
    await pending.getByTestId('user-menu').hover();
    const dropdown = pending.locator('.ant-dropdown:visible');
    await dropdown.getByText('认证状态：待审核').waitFor();
    const text = (await dropdown.textContent()) ?? '';
    expect(text.split('亳州中药饮片有限公司').length - 1).toBe(1);
    expect(text).not.toContain('（待审核）');
    await pending.context().close();
  });

  it('on a phone shows the first search result above the fold, filters in a drawer', async () => {
    const page = await h.newPage(PHONE);
    await page.goto('/search?q=硬碳');
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor();
    const box = (await hit.boundingBox())!;
    expect(box.y).toBeLessThan(PHONE.height - 40);
    expect(await page.getByText('技术领域', { exact: true }).isVisible()).toBe(false);
    await h.screenshot(page, 'search-phone');
    await firstScreen(page, 'search-phone');
    await page.getByTestId('open-filters').click();
    await page.locator('.ant-drawer').getByText('技术领域', { exact: true }).waitFor();
    await h.screenshot(page, 'search-phone-filters');
    await page.context().close();
  });

  it('on a phone shows lists as cards (certification, contracts, my listings, deals), lets tables scroll inside the page, and keeps figures on one line', async () => {
    for (const [who, path, name, card] of [
      [bureau, '/certification', 'certification-phone', 'queue-contract'],
      [uni, '/contracts', 'contracts-phone', 'my-contract'],
      [ent, '/my/listings', 'my-listings-phone', 'my-listing'],
      [bureau, '/dashboard', 'dashboard-phone', null],
      [ent, '/deals', 'deals-phone', 'deal-row'],
      [bureau, '/reports/quarterly', 'quarterly-phone', null],
    ] as const) {
      const page = await h.logIn(who, path, PHONE);
      await settled(page);
      // a list is a card per row, its state and actions on the card: no table to scroll sideways
      if (card) {
        await page.getByTestId(card).first().waitFor();
        expect(await page.locator('.ant-table-wrapper').count()).toBe(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        1,
      );
      // every table either fits or scrolls sideways inside its own box
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.ant-table-wrapper')]
          .filter((w) => w.getBoundingClientRect().right > window.innerWidth + 1)
          .map((w) => w.textContent?.slice(0, 40)),
      );
      expect(cut).toEqual([]);
      // no column squeezed to a character a line (the contract name in /certification was), and
      // short cells (amounts, dates, counts) on one line: "500.35 万 / 元" is not a figure
      const { squeezed, brokenFigures } = await page.evaluate(() => {
        /** Lines the cell's text takes (distinct tops of its text boxes): the row's height says nothing. */
        const lines = (cell: Element): number => {
          const tops = new Set<number>();
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top / 4));
          }
          return tops.size;
        };
        const cells = [...document.querySelectorAll('.ant-table-cell')].map((c) => ({
          text: (c.textContent ?? '').trim(),
          lines: lines(c),
        }));
        return {
          squeezed: cells.filter((c) => c.text.length >= 4 && c.lines > 3).map((c) => c.text),
          brokenFigures: cells
            .filter((c) => /\d/.test(c.text) && c.text.length <= 14 && c.lines > 1)
            .map((c) => c.text),
        };
      });
      expect(squeezed).toEqual([]);
      expect(brokenFigures).toEqual([]);
      // no cell's text runs past its edge into the next one ("1,421.94 万元965.05 万元" on the dashboard);
      // a fixed column's shadow reaches past its cells by design
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('.ant-table-cell:not(.ant-table-cell-ellipsis):not(.ant-table-cell-fix)')]
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => c.textContent),
      );
      expect(overflowing).toEqual([]);
      // statistic titles and values on one line each ("500.35 万 / 元" wrapped before)
      const wrapped = await page.evaluate(() =>
        [...document.querySelectorAll('.ant-statistic-title, .ant-statistic-content')]
          .filter((e) => {
            const style = getComputedStyle(e);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
            return e.getBoundingClientRect().height > line * 1.5;
          })
          .map((e) => e.textContent),
      );
      expect(wrapped).toEqual([]);
      await h.screenshot(page, name);
      await firstScreen(page, name);
      if (!card) {
        await page.locator('.ant-table-wrapper').first().scrollIntoViewIfNeeded();
        await firstScreen(page, `${name}-table`);
      }
      await page.context().close();
    }
  });
});
