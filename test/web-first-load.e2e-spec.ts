import type { Page } from 'playwright-core';
import { startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Issue 18, finding 9, in the browser: the first page load is light (compressed static assets,
 * routes and charts in their own bundles, fonts by subset) and every Chinese character shows in
 * a font that has it — also in a browser without system CJK fonts, like this headless Chromium.
 */
describe('web app: first page load and fonts (e2e)', () => {
  let h: WebHarness;
  /** The budget of the first page load, all responses as transferred (headers and compressed bodies). */
  const FIRST_LOAD_BYTES = 800 * 1024;

  beforeAll(async () => {
    h = await startWebHarness();
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  /** Every response of `page` from now on: url, bytes on the wire, and its Content-Encoding. */
  async function recordTransfers(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const meta = new Map<string, { url: string; encoding: string }>();
    const done: { url: string; bytes: number; encoding: string }[] = [];
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      meta.set(e.requestId, { url: e.response.url, encoding: String(headers['content-encoding'] ?? '') });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const m = meta.get(e.requestId);
      if (m) done.push({ ...m, bytes: e.encodedDataLength });
    });
    return done;
  }

  it('transfers at most 800 KB on the first load of the home page, its scripts and styles compressed', async () => {
    const page = await h.newPage();
    const transfers = await recordTransfers(page);
    await page.goto('/');
    await page.getByRole('heading', { name: '网上技术市场' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    const total = transfers.reduce((s, x) => s + x.bytes, 0);
    const scripts = transfers.filter((x) => /\.(js|css)(\?|$)/.test(new URL(x.url).pathname));
    const summary = transfers
      .map((x) => `${Math.round(x.bytes / 1024)} KB ${x.encoding || '-'} ${new URL(x.url).pathname}`)
      .join('\n');
    if (total > FIRST_LOAD_BYTES) throw new Error(`first load ${Math.round(total / 1024)} KB:\n${summary}`);
    expect(scripts.length).toBeGreaterThan(0);
    // (files under 1 KB are not worth compressing and come as they are)
    for (const s of scripts.filter((x) => x.bytes > 2048))
      expect({ url: s.url, encoding: s.encoding }).toEqual({ url: s.url, encoding: 'br' });
    // charts are not part of the first load: ECharts comes with the dashboard
    expect(transfers.some((x) => /echarts|chart/i.test(new URL(x.url).pathname))).toBe(false);
    await page.context().close();
  }, 90_000);

  it('serves gzip to a client without brotli, and the plain file to one without either', async () => {
    const html = await api(h.t).get('/').set('Accept', 'text/html').expect(200);
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html.text)![1]!;
    const gz = await api(h.t).get(script).set('Accept-Encoding', 'gzip').buffer(true).expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toContain('javascript');
    expect(gz.headers.vary).toContain('Accept-Encoding');
    const plain = await api(h.t).get(script).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toContain('javascript');
  });

  it('renders 年 月 谯 辽 辛 in a font that has them (no boxes), in text and in chart canvases', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: '网上技术市场' }).waitFor();
    const glyphs = '年月谯辽辛';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.id = 'glyph-probe';
      p.textContent = text;
      document.body.appendChild(p);
    }, glyphs);
    const result = await page.evaluate(async (text) => {
      const family = getComputedStyle(document.getElementById('glyph-probe')!).fontFamily;
      await document.fonts.load(`16px ${family}`, text);
      await document.fonts.ready;
      // A character no font has (a private-use code point) draws as the fallback box: every
      // character of the probe must draw at a width other than the box's, on a canvas as charts do.
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `16px ${family}`;
      const box = ctx.measureText('\uE000').width;
      return {
        family,
        loaded: document.fonts.check(`16px ${family}`, text),
        widths: [...text].map((c) => ctx.measureText(c).width),
        box,
      };
    }, glyphs);
    expect(result.loaded).toBe(true);
    for (const w of result.widths) {
      expect(w).toBeGreaterThan(14); // a CJK glyph is one em wide
      expect(w).not.toBe(result.box);
    }
    // the stack ends in the systems' own CJK fonts and a generic family
    expect(result.family).toMatch(/Noto Sans SC/);
    expect(result.family).toMatch(/Microsoft YaHei/);
    expect(result.family).toMatch(/Noto Sans CJK SC/);
    expect(result.family).toMatch(/sans-serif$/);
    await page.context().close();
  }, 60_000);
});
