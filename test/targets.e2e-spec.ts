import { DataSource } from 'typeorm';
import { loadDemoData } from '../seeds/demo/load-demo.js';
import { loginAs } from './factories/identity.factory.js';
import { api } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

interface Item {
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  countWord: string | null;
  targetValue: string;
  actual: string | null;
  status: string;
  closed: boolean;
  projection: unknown;
  source: { kind: string; label: string; parts: string[] };
  awaiting: { roleName: string } | null;
}

const DEMO_BUREAUS = ['lixin', 'linyi', 'dandong', 'xichou', 'huaibei'];

/** The plans' 48 seeded targets over the demo market (identity, listings, contracts through the services). */
describe('plan targets over the demo market (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  const targetsOf = async (bureau: string, asOf?: string): Promise<Item[]> => {
    const who = await loginAs(t, `${bureau}-staff@demo.techmarket.cn`, 'Demo@2026');
    const res = await api(t, who).get('/api/stats/targets', asOf ? { asOf } : {});
    expect(res.status).toBe(200);
    return res.body.items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    await loadDemoData(ds);
  }, 180_000);
  afterAll(() => t.close());

  it('gives every one of the 48 targets a figure with its source, or names who is to enter it', async () => {
    const all: Item[] = [];
    for (const b of DEMO_BUREAUS) all.push(...(await targetsOf(b)));
    expect(all).toHaveLength(48);
    expect(JSON.stringify(all)).not.toContain('暂无数据来源');
    for (const item of all) {
      if (item.actual !== null) {
        expect(item.source.label.length).toBeGreaterThan(4);
        expect(['ledger', 'records']).toContain(item.source.kind);
      } else {
        expect(item).toMatchObject({ status: 'awaiting', source: { kind: 'reported' } });
        expect(item.awaiting?.roleName).toBe('科技局工作人员');
      }
      // Counts are whole numbers read with their word; no "3.00".
      if (item.unit === 'count') {
        expect(item.targetValue).toMatch(/^\d+$/);
        expect(item.countWord).toMatch(/^[项家个人次]$/);
      }
    }
    const bySource = (kind: string) => all.filter((i) => i.source.kind === kind).length;
    // 4 contract amounts from the ledger; 18 counts from records (4 achievements and 揭榜挂帅, 14 registries); 26 reported.
    expect([bySource('ledger'), bySource('records'), bySource('reported')]).toEqual([4, 18, 26]);
    expect(all.filter((i) => i.source.kind !== 'reported').every((i) => i.actual !== null)).toBe(true);
  });

  it('counts 淮北’s 累计转化科技成果 as the distinct achievements behind its certified contracts since 2023', async () => {
    const item = (await targetsOf('huaibei')).find((i) => i.indicatorCode === 'achievements_converted')!;
    const [naive] = await ds.query(
      `SELECT count(DISTINCT c.achievement_id)::int AS n FROM tech_contract c
        WHERE c.status = 'certified' AND c.achievement_id IS NOT NULL
          AND c.certified_on >= '2023-01-01' AND c.certified_on < '2026-01-01'
          AND NOT EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation')
          AND (c.seller_region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = '340600')
            OR c.buyer_region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = '340600'))`,
    );
    const [awarded] = await ds.query(`SELECT count(*)::int AS n FROM challenge_application WHERE status = 'awarded'`);
    expect(naive.n).toBeGreaterThan(0);
    expect(item).toMatchObject({
      indicatorName: '累计转化科技成果数量(累计)',
      targetValue: '300',
      countWord: '项',
      actual: String(naive.n + awarded.n),
      source: { kind: 'records' },
    });
    expect(item.source.parts).toHaveLength(2);
    // Viewed in late 2026, the 2023–2025 target is a closed period's outcome.
    expect(item.closed).toBe(true);
    expect(item.projection).toBeNull();
    expect(item.status).toBe(naive.n + awarded.n >= 300 ? 'achieved' : 'missed');
  });

  it('judges a target only within its own period: not started before it, on track or behind during it', async () => {
    const before = (await targetsOf('huaibei', '2022-06-30')).find((i) => i.indicatorCode === 'tech_contract_amount')!;
    expect(before).toMatchObject({ status: 'not_started', closed: false, projection: null });
    const during = (await targetsOf('huaibei', '2025-06-30')).find(
      (i) => i.indicatorCode === 'achievements_converted',
    )!;
    expect(during.closed).toBe(false);
    expect(['on_track', 'behind', 'achieved']).toContain(during.status);
    expect(during.projection).toMatchObject({ method: 'linear', methodText: '按已过时间线性外推至期末' });
  });
});
