import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testServers } from '../libs/shared/testing/index.js';
import { statsWorld, type StatsWorld } from './factories/stats-world.factory.js';
import { api, binary } from './http.js';

/**
 * DATABASE_READ_URL: statistics and their exports read from a replica. The "replica" here is a
 * login role of the same server that can only read (pg_read_all_data, read-only transactions):
 * every figure and export works through it and equals the primary's, its sessions are the ones
 * that ran them, and anything that tried to write through it would fail.
 */
describe('statistics and exports on a read replica (e2e)', () => {
  const role = `tm_reader_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: `${testServers().pgServerUrl}/postgres` });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  let w: StatsWorld;

  beforeAll(async () => {
    await admin(`CREATE ROLE ${role} LOGIN PASSWORD 'reader-only' IN ROLE pg_read_all_data`);
    await admin(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
    w = await statsWorld((db) => {
      const u = new URL(db.url);
      u.username = role;
      u.password = 'reader-only';
      return { DATABASE_READ_URL: u.toString() };
    });
  }, 60_000);
  afterAll(async () => {
    await w?.t.close();
    await admin(`DROP ROLE IF EXISTS ${role}`);
  });

  /** The last statement of each of the replica role's sessions on this database. */
  const readerQueries = async (): Promise<string[]> =>
    (
      await w.ds.query(
        `SELECT query FROM pg_stat_activity
          WHERE usename = $1 AND datname = current_database() AND application_name = 'techmarket-read'`,
        [role],
      )
    ).map((r: { query: string }) => r.query);

  it('answers the summary and the contract exports through the replica, with the primary figures', async () => {
    expect((await readerQueries()).some((q) => q.includes('stats_'))).toBe(false);
    const summary = (
      await api(w.t, w.huaibei)
        .get('/api/stats/summary', { region: '340600', period: '2025', perspective: 'absorption', groupBy: 'type' })
        .expect(200)
    ).body;
    const naive = await w.naive('buyer_region_code', '340600', '2025-01-01', '2026-01-01');
    expect(summary.total.count).toBe(naive.count);
    expect(naive.count).toBeGreaterThan(0);
    expect((await readerQueries()).some((q) => q.includes('stats_'))).toBe(true);

    for (const format of ['csv', 'xlsx']) {
      const res = await api(w.t, w.huaibei)
        .get('/api/stats/contracts/export', { region: '340600', period: '2025', perspective: 'absorption', format })
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((res.body as Buffer).length).toBeGreaterThan(1000);
    }
  });
});
