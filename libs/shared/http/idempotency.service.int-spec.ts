import { DataSource } from 'typeorm';
import { useTestModule } from '../testing/index.js';
import { IdempotencyModule } from './idempotency.module.js';
import { IDEMPOTENCY_TTL_SECONDS, IdempotencyService } from './idempotency.service.js';

/** Purging old idempotency keys (real PostgreSQL). */
describe('IdempotencyService.purgeOlderThan', () => {
  const lib = useTestModule([IdempotencyModule]);
  let ds: DataSource;
  let idempotency: IdempotencyService;

  /** A key first used `ageHours` ago (its replay window is the TTL from then). */
  const keyAged = (scope: string, key: string, ageHours: number) =>
    ds.query(
      `INSERT INTO idempotency_key (scope, key, fingerprint, response_status, response_body, created_at, expires_at)
       VALUES ($1, $2, 'f', 200, '{}', now() - make_interval(hours => $3), now() - make_interval(hours => $3) + make_interval(secs => $4))`,
      [scope, key, ageHours, IDEMPOTENCY_TTL_SECONDS],
    );
  const keys = async (scope: string): Promise<string[]> =>
    (await ds.query(`SELECT key FROM idempotency_key WHERE scope = $1 ORDER BY key`, [scope])).map(
      (r: { key: string }) => r.key,
    );

  beforeAll(async () => {
    ds = lib.get(DataSource);
    idempotency = lib.get(IdempotencyService);
  });

  beforeEach(async () => {
    await ds.query(`DELETE FROM idempotency_key`);
  });

  it('deletes keys older than the retention period and keeps younger ones', async () => {
    await keyAged('s', 'key-new-0001', 0);
    await keyAged('s', 'key-3days-01', 72); // past its 48 h replay window, inside 7 days
    await keyAged('s', 'key-8days-01', 8 * 24);
    await keyAged('s', 'key-30days-1', 30 * 24);
    expect(await idempotency.purgeOlderThan(7)).toBe(2);
    expect(await keys('s')).toEqual(['key-3days-01', 'key-new-0001']);
    expect(await idempotency.purgeOlderThan(7)).toBe(0);
  });

  it('never deletes a key still in its replay window, however short the retention', async () => {
    await keyAged('s', 'key-25hours', 25); // older than 1 day, replayable for another 23 h
    await keyAged('s', 'key-50hours', 50);
    expect(await idempotency.purgeOlderThan(1)).toBe(1);
    expect(await keys('s')).toEqual(['key-25hours']);
    // A key used through the service right now is replayed, not purged.
    const first = await idempotency.run({ scope: 'live', key: 'key-live-0001', request: { a: 1 } }, async () => ({
      n: 1,
    }));
    expect(await idempotency.purgeOlderThan(1)).toBe(0);
    const again = await idempotency.run({ scope: 'live', key: 'key-live-0001', request: { a: 1 } }, async () => ({
      n: 2,
    }));
    expect([first, again]).toEqual([
      { replayed: false, body: { n: 1 } },
      { replayed: true, body: { n: 1 } },
    ]);
  });

  it('works through many keys in batches, and two purges at once delete each key once', async () => {
    for (let i = 0; i < 23; i++) await keyAged('bulk', `key-bulk-${String(i).padStart(4, '0')}`, 10 * 24);
    await keyAged('bulk', 'key-bulk-keep', 1);
    const [a, b] = await Promise.all([idempotency.purgeOlderThan(7, 5), idempotency.purgeOlderThan(7, 5)]);
    expect(a + b).toBe(23);
    expect(await keys('bulk')).toEqual(['key-bulk-keep']);
  });
});
