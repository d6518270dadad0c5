import { DataSource } from 'typeorm';
import { statsWorld, type StatsWorld } from './factories/stats-world.factory.js';
import type { TestOrg } from './factories/identity.factory.js';
import type { TestApp } from './test-app.js';
import { createOrgWithAdmin } from './factories/identity.factory.js';
import { api, refused } from './http.js';

/** Targets, summaries, flows and the matchmaking report over the demo ledger, and who may read them. */
describe('statistics API (e2e)', () => {
  let t: TestApp,
    ds: DataSource,
    huaibei: TestOrg,
    lixin: TestOrg,
    dandong: TestOrg,
    platform: TestOrg,
    enterprise: TestOrg,
    naive: StatsWorld['naive'];

  beforeAll(async () => {
    ({ t, ds, huaibei, lixin, dandong, platform, enterprise, naive } = await statsWorld());
  }, 60_000);
  afterAll(() => t.close());

  const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
  // Response bodies are untyped JSON here, as everywhere in the e2e suites.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const byCode = (items: any[], code: string) => items.find((x) => x.indicatorCode === code);

  it('judges 淮北’s 2025 target (吸纳 100亿元) within 2025, and as a closed outcome once 2025 is over', async () => {
    const expected = BigInt((await naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01')).fen);
    expect(expected).toBeGreaterThan(0n);
    const atYearEnd = await api(t, huaibei).get('/api/stats/targets?asOf=2025-12-30').expect(200);
    expect(atYearEnd.body.region).toEqual({ code: '340600', name: '淮北市' });
    const open = byCode(atYearEnd.body.items, 'tech_contract_amount');
    const reached = expected > 1_000_000_000_000n;
    expect(open).toMatchObject({
      targetValue: '10000000000.00',
      unit: 'yuan',
      countWord: null,
      source: { kind: 'ledger', label: '技术合同认定登记台账：吸纳口径合同成交额' },
      fromMonth: '2025-01',
      toMonth: '2025-12',
      elapsedMonths: 12,
      closed: false,
      actual: yuan(expected),
      status: reached ? 'achieved' : 'behind',
    });
    // Every month of 2025 is in: any projection method ends at the actual.
    expect(open.projection.value).toBe(yuan(expected));

    // Read on its last day once that day is over (a year-end report), the year has its outcome.
    const lastDay = await api(t, huaibei).get('/api/stats/targets?asOf=2025-12-31').expect(200);
    expect(byCode(lastDay.body.items, 'tech_contract_amount')).toMatchObject({
      closed: true,
      actual: yuan(expected),
      projection: null,
      status: reached ? 'achieved' : 'missed',
    });

    const later = await api(t, huaibei).get('/api/stats/targets?asOf=2026-11-20').expect(200);
    const closed = byCode(later.body.items, 'tech_contract_amount');
    expect(closed).toMatchObject({ closed: true, actual: yuan(expected), projection: null });
    expect(closed.status).toBe(reached ? 'achieved' : 'missed');
    expect(JSON.stringify(later.body)).not.toContain('平台暂无数据来源');
    expect(byCode(later.body.items, 'soe_rd_intensity')).toMatchObject({
      targetValue: '3.5',
      countWord: null,
      actual: null,
      status: 'awaiting',
      awaiting: { role: 'bureau_staff', roleName: '科技局工作人员' },
      source: { kind: 'reported' },
    });
  });

  it('projects 利辛县’s 3亿元 mid-year by last year’s same-period share of its whole year', async () => {
    const res = await api(t, lixin).get('/api/stats/targets?asOf=2025-06-15').expect(200);
    const item = byCode(res.body.items, 'tech_contract_amount');
    const sum = async (from: string, to: string) => BigInt((await naive('buyer_region_code', '341623', from, to)).fen);
    const actual = await sum('2025-01-01', '2025-07-01');
    const same = await sum('2024-01-01', '2024-07-01');
    const whole = await sum('2024-01-01', '2025-01-01');
    expect(actual * same * whole).toBeGreaterThan(0n);
    const projected = (actual * whole * 2n + same) / (same * 2n);
    expect(item).toMatchObject({
      targetValue: '300000000.00',
      elapsedMonths: 6,
      totalMonths: 12,
      actual: yuan(actual),
      projection: { value: yuan(projected), method: 'seasonal', methodText: '按去年同期完成额占全年的比例推算全年' },
      status: actual > 30_000_000_000n ? 'achieved' : projected > 30_000_000_000n ? 'on_track' : 'behind',
    });
  });

  it('summary by child region equals the ledger, counties adding up to the city', async () => {
    const res = await api(t, huaibei)
      .get('/api/stats/summary', {
        region: '340600',
        period: '2025',
        perspective: 'absorption',
        groupBy: 'child-region',
      })
      .expect(200);
    const expected = await naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01');
    expect(res.body.total).toEqual({
      count: expected.count,
      contractAmountFen: expected.fen,
      techAmountFen: expected.tech,
    });
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['340602', '340603', '340604', '340621']);
    for (const r of res.body.rows) {
      const own = await naive('buyer_region_code', r.key, '2025-01-01', '2026-01-01');
      expect([r.count, r.contractAmountFen]).toEqual([own.count, own.fen]);
    }
    const q3 = await api(t, huaibei)
      .get('/api/stats/summary', { region: '340600', period: '2025-Q3', perspective: 'output', groupBy: 'type' })
      .expect(200);
    expect(q3.body.total.count).toBe((await naive('seller_region_code', '340600', '2025-07-01', '2025-10-01')).count);
  });

  it('answers flows and the matchmaking report within scope', async () => {
    const flows = await api(t, huaibei).get('/api/stats/flows?period=2025').expect(200);
    expect(flows.body.axis.some((a: { code: string; inside: boolean }) => a.code === '340602' && a.inside)).toBe(true);
    expect(flows.body.total.count).toBeGreaterThan(0);
    const mm = await api(t, huaibei).get('/api/stats/matchmaking?period=2025-Q2').expect(200);
    // (How needs are counted: the next test.)
    expect(mm.body.needsCollected).toEqual({ value: expect.any(Number) });
    expect(mm.body.contractsByType.length).toBeGreaterThan(0);
  });

  it('counts needs collected and achievements registered by first publication, in the owner’s region subtree', async () => {
    const [uni, dandongFirm] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '210602' }),
    ]);
    const listing = async (
      table: 'tech_need' | 'achievement',
      org: TestOrg,
      title: string,
      status: string,
      publishedAt: string | null,
      submittedAt = publishedAt,
    ) => {
      const extra =
        table === 'achievement'
          ? { cols: ', achievement_type, trl, negotiable', vals: `, 'applied', 5, true` }
          : { cols: '', vals: '' };
      const [row] = await ds.query(
        `INSERT INTO ${table} (org_id, created_by, title, description, tech_field_code, region_code, status, submitted_at, published_at${extra.cols})
         VALUES ($1, $2, $3, '统计口径测试', '05', $4, $5, $6, $7${extra.vals}) RETURNING id`,
        [org.org.id, org.user.id, title, org.org.regionCode, status, submittedAt, publishedAt],
      );
      return row.id as string;
    };
    // China time: 2025-Q2 is [2025-04-01 00:00+08, 2025-07-01 00:00+08).
    await listing('tech_need', enterprise, '二季度第一天发布的需求', 'published', '2025-04-01T00:00:00+08:00');
    await listing('tech_need', enterprise, '二季度最后一刻发布的需求', 'closed', '2025-06-30T23:59:59+08:00');
    await listing('tech_need', enterprise, '三季度第一刻发布的需求', 'published', '2025-07-01T00:00:00+08:00');
    await listing('tech_need', enterprise, '未发布的草稿需求', 'draft', null);
    await listing('tech_need', enterprise, '提交待审核的需求', 'submitted', null, '2025-05-01T12:00:00+08:00');
    const republished = await listing(
      'tech_need',
      enterprise,
      '撤回后重新发布的需求',
      'published',
      '2025-05-10T10:00:00+08:00',
    );
    // Withdrawn in Q2, republished in Q3: still collected in Q2 only.
    await ds.query(`UPDATE tech_need SET status = 'withdrawn' WHERE id = $1`, [republished]);
    await ds.query(
      `UPDATE tech_need SET status = 'published', published_at = '2025-08-01T09:00:00+08:00' WHERE id = $1`,
      [republished],
    );
    await listing('achievement', uni, '二季度登记的成果', 'published', '2025-06-01T12:00:00+08:00');
    await listing('tech_need', dandongFirm, '丹东二季度的需求', 'published', '2025-05-01T12:00:00+08:00');

    const report = async (who: TestOrg, query: Record<string, string>) =>
      (await api(t, who).get('/api/stats/matchmaking', query).expect(200)).body;
    const q2 = await report(huaibei, { period: '2025-Q2' });
    expect([q2.needsCollected, q2.achievementsRegistered]).toEqual([{ value: 3 }, { value: 1 }]);
    const q3 = await report(huaibei, { period: '2025-Q3' });
    expect([q3.needsCollected, q3.achievementsRegistered]).toEqual([{ value: 1 }, { value: 0 }]);
    // A county of 淮北 sees its own only; 利辛 (another city) and 丹东 see nothing of 淮北's.
    const county = await report(platform, { period: '2025-Q2', region: '340603' });
    expect([county.needsCollected, county.achievementsRegistered]).toEqual([{ value: 0 }, { value: 1 }]);
    expect((await report(lixin, { period: '2025-Q2' })).needsCollected).toEqual({ value: 0 });
    const dandongReport = await report(dandong, { period: '2025-Q2' });
    expect([dandongReport.needsCollected, dandongReport.achievementsRegistered]).toEqual([{ value: 1 }, { value: 0 }]);
    const nation = await report(platform, { period: '2025' });
    expect([nation.needsCollected, nation.achievementsRegistered]).toEqual([{ value: 5 }, { value: 1 }]);
    expect((await report(huaibei, { period: '2024' })).needsCollected).toEqual({ value: 0 });
  });

  it('refuses 丹东 asking for 淮北 (403), an enterprise (403), and anonymous callers (401)', async () => {
    for (const path of [
      '/api/stats/summary?perspective=absorption&',
      '/api/stats/flows?',
      '/api/stats/summary/export?',
      '/api/stats/contracts/export?perspective=output&',
    ]) {
      const res = await api(t, dandong).get(`${path}region=340600&period=2025`).expect(403);
      expect(res.body.code).toBe('STATS_REGION_FORBIDDEN');
    }
    expect((await api(t, dandong).get('/api/stats/targets?region=340600').expect(403)).body.code).toBe(
      'STATS_REGION_FORBIDDEN',
    );
    await api(t, enterprise).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(403);
    await api(t).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(401);
    await api(t, platform).get('/api/stats/summary?region=340600&period=2025&perspective=absorption').expect(200);
  });

  it('answers 400 with a code for an invalid period, region or filter', async () => {
    const get = (q: Record<string, string>) =>
      api(t, platform).get('/api/stats/summary', { perspective: 'absorption', ...q });
    expect((await get({ region: '340600', period: '2025-13' }).expect(400)).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'period' }],
    });
    await refused(get({ region: '340600', period: '1999' }), 400, 'STATS_PERIOD_INVALID');
    await refused(get({ region: '340600', period: '2099-ytd' }), 400, 'STATS_PERIOD_INVALID');
    expect((await get({ region: 'abc', period: '2025' }).expect(400)).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'region' }],
    });
    await refused(get({ region: '999999', period: '2025' }), 400, 'STATS_REGION_UNKNOWN');
    await refused(get({ region: '340600', period: '2025', techField: '99' }), 400, 'STATS_FILTER_UNKNOWN');
    await refused(get({ region: '340600', period: '2025', groupBy: 'county' }), 400, 'VALIDATION_FAILED');
    await refused(get({ region: '340600', period: '2025', extra: '1' }), 400, 'VALIDATION_FAILED');
  });
});
