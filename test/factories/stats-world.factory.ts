/**
 * The statistics suites' market: the demo ledger (淮北 and four other cities, 2021–2025) on a
 * fresh app, the bureaus that read it, and the figure recomputed the slow way to compare with.
 */
import { DataSource } from 'typeorm';
import { statisticsDemoLoader } from '../../seeds/demo/statistics-demo.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { createBureauStaff, createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './identity.factory.js';

export interface StatsWorld {
  t: TestApp;
  ds: DataSource;
  huaibei: TestOrg;
  lixin: TestOrg;
  dandong: TestOrg;
  platform: TestOrg;
  enterprise: TestOrg; // in 淮北
  /** A figure straight from the ledger, no rollups: `perspectiveCol` within `region`'s subtree, [from, toExclusive). */
  naive(
    perspectiveCol: string,
    region: string,
    from: string,
    toExclusive: string,
  ): Promise<{ count: number; fen: string; tech: string }>;
}

export async function statsWorld(overrides?: Parameters<typeof createTestApp>[0]): Promise<StatsWorld> {
  const t = await createTestApp(overrides);
  const ds = t.app.get(DataSource);
  await statisticsDemoLoader.load(ds);
  const [huaibei, lixin, dandong, platform, enterprise] = await Promise.all([
    createBureauStaff(t, '340600'),
    createBureauStaff(t, '341623'),
    createBureauStaff(t, '210600'),
    createPlatformAdmin(t),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340600' }),
  ]);
  return {
    t,
    ds,
    huaibei,
    lixin,
    dandong,
    platform,
    enterprise,
    naive: async (perspectiveCol, region, from, toExclusive) =>
      (
        await ds.query(
          `SELECT coalesce(sum(count_delta), 0)::int AS count, coalesce(sum(contract_amount_fen), 0)::text AS fen, coalesce(sum(tech_amount_fen), 0)::text AS tech
           FROM stats_ledger WHERE ${perspectiveCol} IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = $1)
             AND effective_date >= $2 AND effective_date < $3`,
          [region, from, toExclusive],
        )
      )[0],
  };
}
