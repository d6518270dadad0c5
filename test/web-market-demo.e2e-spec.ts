import { DataSource } from 'typeorm';
import request from 'supertest';
import { loadDemoData } from '../seeds/demo/load-demo.js';
import { startWebHarness, VIEWPORTS, type WebHarness } from './browser.js';
import { untilSearch } from './factories/listing.factory.js';

/**
 * The demo market's public trading sections — 协议定价公示, 挂牌交易, 网络竞价, 路演, 成交公告 —
 * as a first visitor finds them: not empty, in states that make sense today, on both widths.
 */
describe('the demo market’s public trading sections (browser)', () => {
  let h: WebHarness;

  beforeAll(async () => {
    h = await startWebHarness();
    await loadDemoData(h.t.app.get(DataSource));
  }, 180_000);
  afterAll(() => h?.close());

  const list = async (path: string, query: Record<string, string> = {}) =>
    (await request(h.t.app.getHttpServer()).get(path).query(query).expect(200)).body as {
      total: number;
      items: Record<string, unknown>[];
    };

  it('each public list answers at least one record, in a state that holds today', async () => {
    const now = Date.now();
    const today = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);

    const publications = await list('/api/price-publications');
    expect(publications.items.length).toBeGreaterThanOrEqual(1);
    for (const p of publications.items) {
      expect(String(p.startOn) <= today && today < String(p.endOn)).toBe(true);
    }

    const sales = await list('/api/listed-sales');
    expect(sales.items.length).toBeGreaterThanOrEqual(1);
    const listed = sales.items.filter((s) => s.status === 'listed' && Date.parse(String(s.endsAt)) > now);
    expect(listed.length).toBeGreaterThanOrEqual(1);
    expect(listed.some((s) => s.intentCount === 1)).toBe(true);

    const lots = await list('/api/auctions');
    expect(lots.items.length).toBeGreaterThanOrEqual(1);
    const open = lots.items.find((l) => l.phase === 'open');
    expect(open).toMatchObject({ bidCount: 1, bidderCount: 2 });
    expect(Date.parse(String(open!.endsAt))).toBeGreaterThan(now);
    expect(lots.items.some((l) => l.phase === 'scheduled' && Date.parse(String(l.startsAt)) > now)).toBe(true);
    const sold = lots.items.find((l) => l.status === 'sold');
    expect(sold).toMatchObject({
      hammerPriceFen: '46000000',
      winner: '利辛县绿色农业发展有限公司（竞买人 1）',
      bidCount: 5,
    });

    const roadshows = await list('/api/roadshows', { when: 'upcoming' });
    expect(roadshows.items.length).toBeGreaterThanOrEqual(1);
    expect(roadshows.items[0]).toMatchObject({ phase: 'upcoming', registeredCount: 1 });
    expect((roadshows.items[0]!.items as unknown[]).length).toBe(2);

    const notices = await list('/api/sale-notices');
    expect(notices.items.length).toBeGreaterThanOrEqual(1);
    expect(notices.items[0]).toMatchObject({
      outcome: 'sold',
      priceFen: '46000000',
      winnerName: '利辛县绿色农业发展有限公司',
      sourceId: sold!.id,
    });
  });

  const PAGES: [path: string, name: string, shows: string][] = [
    ['/publications', 'publications', '红颜草莓脱毒种苗组培快繁技术独占许可合同'],
    ['/listed-sales', 'listed-sales', '煤矸石制备陶粒轻骨料技术（专利权转让）'],
    ['/auctions', 'auctions', '拖拉机北斗自动导航辅助驾驶系统'],
    ['/roadshows', 'roadshows', '临沂市智能装备与现代农机科技成果专场路演'],
    ['/sale-notices', 'sale-notices', '亳白芍规范化种植与产地趁鲜切制加工技术'],
  ];
  for (const [viewport, size] of VIEWPORTS) {
    it(`a visitor finds every public trading page filled (${viewport})`, async () => {
      const page = await h.newPage(size);
      for (const [path, name, shows] of PAGES) {
        await page.goto(path);
        await page.getByText(shows).first().waitFor();
        await h.screenshot(page, `market-demo-${name}-${viewport}`);
      }
      // one click on: the sold lot's result and the roadshow's programme
      await page.goto('/auctions');
      await page.getByText('亳白芍规范化种植与产地趁鲜切制加工技术').first().click();
      await page.getByTestId('lot-title').waitFor();
      // the five bids of the hash chain, the highest first or last
      await page.locator('.ant-table-row, .ant-list-item').nth(4).waitFor();
      // a closed lot states its outcome as its state, not as a time
      const outcome = page.locator('.ant-statistic').filter({ has: page.getByTestId('lot-countdown') });
      expect(await outcome.locator('.ant-statistic-title').innerText()).toBe('状态');
      expect(await page.getByTestId('lot-countdown').innerText()).toBe('已成交');
      // the buyer as the 成交公告 names it, with the number the bid history shows
      await page.getByText('利辛县绿色农业发展有限公司（竞买人 1）').first().waitFor();
      await h.screenshot(page, `market-demo-sold-lot-${viewport}`);
      await page.goto('/roadshows');
      await page.getByText('临沂市智能装备与现代农机科技成果专场路演').first().click();
      await page.getByTestId('roadshow-presented').getByText('拖拉机北斗自动导航辅助驾驶系统').first().waitFor();
      await h.screenshot(page, `market-demo-roadshow-${viewport}`);
    });
  }

  for (const [viewport, size] of VIEWPORTS) {
    it(`a visitor finds enterprises’ needs under 找需求, each worded as a 技术需求 form (${viewport})`, async () => {
      const ds = h.t.app.get(DataSource);
      const [need]: { id: string; title: string; description: string; keywords: string[] }[] = await ds.query(
        `SELECT id, title, description, keywords FROM tech_need
          WHERE status = 'published' AND visibility = 'public' AND NOT anonymous ORDER BY title LIMIT 1`,
      );
      await untilSearch(h.t, 'needs', { q: need!.keywords[0]! }, (ids) => ids.includes(need!.id));
      const page = await h.newPage(size);
      await page.goto(`/search?kind=need&q=${encodeURIComponent(need!.keywords[0]!)}`);
      await page.getByText(need!.title).first().waitFor();
      await h.screenshot(page, `market-demo-needs-search-${viewport}`);
      await page.getByText(need!.title).first().click();
      await page.getByText(need!.description.slice(0, 20)).first().waitFor();
      expect(await page.getByText('我单位在生产中希望解决').count()).toBe(0);
      await h.screenshot(page, `market-demo-need-${viewport}`);
    });
  }
});
