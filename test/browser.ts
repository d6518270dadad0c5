/**
 * Browser-test harness: the real api (all modules, real PostgreSQL and Meilisearch, fresh
 * database) listening on a free port and serving the built web app from dist/web, and a headless
 * Chromium that arrives through npm (@sparticuz/chromium, driven by playwright-core), so that
 * `npm test` needs nothing installed by hand. That Chromium has no CJK fonts: the web app brings
 * its own (Noto Sans SC), which is what the tests check.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { projectRoot, type Env } from '../libs/shared/config/index.js';
import { loginAs, TEST_PASSWORD } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';

export const SCREENSHOT_DIR = join(projectRoot(), 'test-output', 'screenshots');

/** Launches headless Chromium; fails (never skips) with a message that says what to do. */
export async function launchBrowser(): Promise<Browser> {
  let executablePath: string;
  try {
    executablePath = await sparticuz.executablePath();
  } catch (err) {
    throw new Error(
      `browser tests: could not unpack Chromium from @sparticuz/chromium (run \`npm ci\`): ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        // --single-process (meant for AWS Lambda) makes every browser context share one
        // localStorage, so a login in one test would leak into the next
        ...sparticuz.args.filter((a) => a !== '--single-process'),
        '--no-sandbox',
        '--disable-gpu',
        // this machine's network is closed: Chromium's own background connections only fail
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (err) {
    throw new Error(
      `browser tests: headless Chromium (${executablePath}) did not start: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

export interface WebHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own storage: nobody logged in) at the given viewport. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** A fresh page already logged in as `login` (session put in storage before the app loads), opened at `path`. */
  loggedInPage(login: string, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The same for a test user (the login form itself is tested in web.e2e-spec.ts). */
  logIn(who: { user: { email: string } }, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** antd puts a space between the two characters of a two-character button label. */
export const buttonLabel = (text: string): RegExp => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

/** The rows of an antd table on the page that contain `text`. */
export const tableRow = (page: Page, text: string): Locator => page.locator('.ant-table-row').filter({ hasText: text });

/**
 * Picks an option of an antd select by its title and waits until the list has closed, so the
 * next click is not taken by it. A multiple select stays open by design; so may a list whose
 * closing was interrupted (seen once under load, with a screenshot between): Escape closes both.
 */
export async function pickOption(page: Page, trigger: Locator, title: string | RegExp): Promise<void> {
  await trigger.click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await (
    typeof title === 'string' ? options.and(page.locator(`[title="${title}"]`)) : options.filter({ hasText: title })
  )
    .first()
    .click();
  const open = page.locator('.ant-select-dropdown:visible');
  const closed = await open.waitFor({ state: 'hidden', timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!closed) await page.keyboard.press('Escape');
  await open.waitFor({ state: 'hidden' });
}

/**
 * Picks a path (province → city → county, 合同类型 → 子类型) in the antd cascader that `trigger`
 * opens. A click on a parent was seen to open no child column under load (region and contract
 * type cascaders alike, twice in full runs, never alone), so a level that has not appeared
 * within 10 s is asked for again by clicking its parent again (3 tries). A dropdown from an
 * earlier opening can stay in the DOM, hidden: the pick happens in the visible one.
 */
export async function pickInCascader(page: Page, trigger: Locator, path: string[]): Promise<void> {
  await trigger.click();
  const open = page.locator('.ant-cascader-dropdown').filter({ visible: true });
  const item = (name: string) => open.locator('.ant-cascader-menu-item', { hasText: name }).first();
  for (let i = 0; i < path.length; i++) {
    const next = path[i + 1];
    for (let attempt = 1; ; attempt++) {
      await item(path[i]!).click();
      if (next === undefined) break;
      try {
        await item(next).waitFor({ timeout: 10_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
  }
  // Choosing the last level closes the dropdown.
  await page
    .locator('.ant-cascader-dropdown', { hasText: path[path.length - 1]! })
    .last()
    .waitFor({ state: 'hidden' });
}

/**
 * Presses a form dialog's button and waits until the dialog has closed. A dialog that stays open
 * fails with what it shows (the server's refusal lands in it); one that shows nothing and is not
 * busy after 10 s is pressed again, as a user would (a press during a re-render under load was
 * seen to go nowhere).
 */
export async function submitDialog(page: Page, label: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  for (let press = 1; ; press++) {
    await dialog.getByRole('button', { name: buttonLabel(label) }).click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch {
      const shown = await dialog.innerText().catch(() => '');
      const busy = (await dialog.locator('.ant-btn-loading').count()) > 0;
      const refused = (await dialog.locator('.ant-alert-error, .ant-form-item-explain-error').count()) > 0;
      if (refused || press === 3) throw new Error(`the dialog stayed open after ${press} press(es): ${shown}`);
      if (busy) return dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      console.warn(`[browser] dialog button 「${label}」 pressed again: ${shown.replace(/\s+/g, ' ')}`);
    }
  }
}

/** Logs in through the login form (email and TEST_PASSWORD) and waits for the user menu. */
export async function logInWithForm(page: Page, who: { user: { email: string } }, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('邮箱或手机号').fill(who.user.email);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page
    .getByRole('main')
    .getByRole('button', { name: /^\s*登\s*录\s*$/ })
    .click();
  await page.getByTestId('user-menu').waitFor();
}

// The desktop size issue 18 tries every page at (a common office monitor), beside the phone below.
/**
 * Runs in every page before the app (an init script): counts the app's requests in flight and
 * notes when one last started or ended, for `settled`.
 */
function countRequests(): void {
  const w = window as unknown as { __net: { inFlight: number; last: number } };
  w.__net = { inFlight: 0, last: performance.now() };
  const fetch = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof window.fetch>) => {
    w.__net.inFlight++;
    w.__net.last = performance.now();
    try {
      return await fetch(...args);
    } finally {
      w.__net.inFlight--;
      w.__net.last = performance.now();
    }
  };
}

/**
 * The page has loaded what it shows: the document and its scripts are in, no request of the app
 * is in flight and none started or ended in the last `quietMs` (a query that follows another's
 * answer), and no skeleton or spinner is showing. A condition, where `networkidle` always waits
 * out a fixed half second.
 */
export async function settled(page: Page, quietMs = 150): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    (quiet) => {
      const net = (window as unknown as { __net?: { inFlight: number; last: number } }).__net;
      return (
        net !== undefined &&
        net.inFlight === 0 &&
        performance.now() - net.last >= quiet &&
        !document.querySelector('.ant-skeleton, .ant-spin-spinning, .ant-table-placeholder .ant-spin')
      );
    },
    quietMs,
    { polling: 50 },
  );
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** The two widths every page is tried at: `for (const [name, viewport] of VIEWPORTS) it(…)`. */
export const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

/** One api and one browser for a whole test file; `overrides` as for createTestApp. */
export async function startWebHarness(overrides: Env = {}): Promise<WebHarness> {
  if (!existsSync(join(projectRoot(), 'dist', 'web', 'index.html'))) {
    throw new Error('browser tests: dist/web/index.html is missing; `npm test` builds it (npm run build)');
  }
  const t = await createTestApp(overrides);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await t.close();
    throw err;
  }
  const contexts: BrowserContext[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const newPage = async (viewport = DESKTOP): Promise<Page> => {
    const ctx = await browser.newContext({
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // the app turns antd's motion off for it: a select list closes at once instead of after an
      // animation whose end event was seen to go missing under load (its list then covered 保存)
      reducedMotion: 'reduce',
      baseURL: baseUrl,
      isMobile: viewport.width < 600,
    });
    // Generous: the suite runs two files at once on 2 cores, and a step may wait for the job queue and search.
    ctx.setDefaultTimeout(30_000);
    // BROWSER_TRACE=1: a playwright trace per context in test-output/traces (for a failure seen only under load)
    if (process.env.BROWSER_TRACE) await ctx.tracing.start({ snapshots: true, screenshots: true });
    await ctx.addInitScript(countRequests);
    contexts.push(ctx);
    return ctx.newPage();
  };
  const loggedInPage = async (
    login: string,
    path: string,
    viewport?: { width: number; height: number },
  ): Promise<Page> => {
    const page = await newPage(viewport);
    const tokens = await loginAs(t, login);
    await page.addInitScript((session: string) => {
      if (!localStorage.getItem('techmarket.session')) localStorage.setItem('techmarket.session', session);
    }, JSON.stringify(tokens));
    await page.goto(path);
    await page.getByTestId('user-menu').waitFor();
    return page;
  };
  return {
    t,
    baseUrl,
    browser,
    newPage,
    loggedInPage,
    logIn: (who, path, viewport) => loggedInPage(who.user.email, path, viewport),
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      // CSS transitions are stopped, not waited for: a screenshot never needs a sleep before it.
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    },
    async close() {
      for (const [i, c] of contexts.entries()) {
        if (process.env.BROWSER_TRACE) {
          const dir = join(SCREENSHOT_DIR, 'traces');
          mkdirSync(dir, { recursive: true });
          await c.tracing.stop({ path: join(dir, `${process.pid}-${i}.zip`) }).catch(() => undefined);
        }
        await c.close().catch(() => undefined);
      }
      await browser.close().catch(() => undefined);
      await t.close();
    },
  };
}
