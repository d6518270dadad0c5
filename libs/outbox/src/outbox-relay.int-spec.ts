import { DataSource } from 'typeorm';
import { useTestModule } from '../../shared/testing/index.js';
import { OutboxRelay, type RelayedMessage } from './outbox-relay.js';
import { OutboxModule } from './outbox.module.js';
import { OutboxService } from './outbox.service.js';

describe('OutboxRelay (real PostgreSQL)', () => {
  // Not initialised: the relay's poller stays idle, the tests drive it.
  const lib = useTestModule([OutboxModule], {
    env: () => ({ OUTBOX_BACKOFF_BASE_MS: '50', OUTBOX_BACKOFF_MAX_MS: '200' }),
    init: false,
  });
  let ds: DataSource;
  let relay: OutboxRelay;
  let outbox: OutboxService;
  const seen: RelayedMessage[] = [];
  let failNext = 0;
  const inFlight = new Set<string>();
  let overlaps = 0;

  beforeAll(() => {
    ds = lib.get(DataSource);
    relay = lib.get(OutboxRelay);
    outbox = lib.get(OutboxService);
    relay.register({
      topic: 'test.topic',
      handle: async (messages) => {
        const keys = [...new Set(messages.map((m) => m.aggregateKey))];
        for (const k of keys) {
          if (inFlight.has(k)) overlaps++;
          else inFlight.add(k);
        }
        await new Promise((r) => setTimeout(r, 30));
        for (const k of keys) inFlight.delete(k);
        if (failNext > 0) {
          failNext -= 1;
          throw new Error('engine down');
        }
        seen.push(...messages);
      },
    });
  });

  beforeEach(async () => {
    seen.length = 0;
    await ds.query('DELETE FROM outbox_message');
  });

  const enqueue = (key: string, n: number) =>
    ds.transaction(async (em) => {
      for (let i = 1; i <= n; i++)
        await outbox.enqueue(em, { topic: 'test.topic', aggregateKey: key, aggregateVersion: i });
    });

  it('refuses to write outside a transaction and rolls back with the caller', async () => {
    await expect(outbox.enqueue(ds.manager, { topic: 'test.topic', aggregateKey: 'x' })).rejects.toThrow(/transaction/);
    await expect(
      ds.transaction(async (em) => {
        await outbox.enqueue(em, { topic: 'test.topic', aggregateKey: 'rolled-back' });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await relay.pendingCount()).toBe(0);
  });

  it('delivers every row exactly once with concurrent relays, never two rows of one aggregate at the same time', async () => {
    await enqueue('a', 3);
    await enqueue('b', 2);
    await enqueue('c', 4);
    // One row per claim, so the three relays really compete for rows of the same aggregate.
    await Promise.all([relay.drainUntilIdle(1), relay.drainUntilIdle(1), relay.drainUntilIdle(1)]);
    expect(seen.map((m) => m.id).sort()).toEqual([...new Set(seen.map((m) => m.id))].sort());
    expect(seen).toHaveLength(9);
    expect(overlaps).toBe(0);
    const rows: { processed: boolean }[] = await ds.query(
      `SELECT processed_at IS NOT NULL AS processed FROM outbox_message`,
    );
    expect(rows.every((r) => r.processed)).toBe(true);
  });

  it('retries a failed delivery with backoff and records the error meanwhile', async () => {
    await enqueue('d', 1);
    failNext = 1;
    expect(await relay.drainOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const [row] = await ds.query(`SELECT attempts, last_error, available_at > now() AS later FROM outbox_message`);
    expect(row).toMatchObject({ attempts: 1, last_error: 'engine down', later: true });
    expect((await relay.drainOnce()).claimed).toBe(0); // still backing off
    const until = Date.now() + 15_000;
    while (seen.length === 0 && Date.now() < until) {
      await relay.drainOnce();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toHaveLength(1);
    const [done] = await ds.query(
      `SELECT attempts, last_error, processed_at IS NOT NULL AS processed FROM outbox_message`,
    );
    expect(done).toMatchObject({ attempts: 2, last_error: null, processed: true });
  });

  it('hands a row with `after` out only once the earlier rows of that key are processed, in a later round', async () => {
    const handled: string[] = [];
    let fails = 1;
    relay.register({
      topic: 'test.index',
      handle: async (messages) => void handled.push(...messages.map((m) => `index ${m.aggregateKey}`)),
    });
    relay.register({
      topic: 'test.index-flaky',
      handle: async (messages) => {
        if (fails-- > 0) throw new Error('index down');
        handled.push(...messages.map((m) => `index ${m.aggregateKey}`));
      },
    });
    relay.register({
      topic: 'test.alert',
      handle: async (messages) => void handled.push(...messages.map((m) => `alert ${m.aggregateKey}`)),
    });
    await ds.transaction((em) =>
      outbox.enqueueMany(em, [
        // First in id order, so its topic leads the round; nothing to wait for.
        { topic: 'test.alert', aggregateKey: 'alerts:w', after: 'w' },
        { topic: 'test.index', aggregateKey: 'x' },
        { topic: 'test.alert', aggregateKey: 'alerts:x', after: 'x' },
        { topic: 'test.index-flaky', aggregateKey: 'y' },
        { topic: 'test.alert', aggregateKey: 'alerts:y', after: 'y' },
      ]),
    );
    // Round 1: the alerts of x and y wait for their index rows (y's fails and backs off).
    expect(await relay.drainOnce()).toEqual({ claimed: 3, processed: 2, failed: 1 });
    expect(handled).toEqual(['alert alerts:w', 'index x']);
    // Round 2: x's alert; y's still waits behind its failed index row.
    expect(await relay.drainOnce()).toEqual({ claimed: 1, processed: 1, failed: 0 });
    expect(handled.at(-1)).toBe('alert alerts:x');
    const until = Date.now() + 15_000;
    while (handled.length < 5 && Date.now() < until) {
      await relay.drainOnce();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(handled.slice(3)).toEqual(['index y', 'alert alerts:y']);
  });

  it('hands out background rows only when no ordinary row is ready', async () => {
    await ds.transaction((em) =>
      outbox.enqueueMany(em, [
        { topic: 'test.topic', aggregateKey: 'bulk-1', background: true },
        { topic: 'test.topic', aggregateKey: 'bulk-2', background: true },
        { topic: 'test.topic', aggregateKey: 'bulk-3', background: true },
      ]),
    );
    await enqueue('user-1', 1);
    await ds.transaction((em) => outbox.enqueue(em, { topic: 'test.topic', aggregateKey: 'bulk-4', background: true }));
    await enqueue('user-2', 1);
    // Written after three background rows, the ordinary rows go first; then the rest in order.
    expect(await relay.drainOnce(2)).toEqual({ claimed: 2, processed: 2, failed: 0 });
    expect(seen.map((m) => m.aggregateKey)).toEqual(['user-1', 'user-2']);
    expect(await relay.drainOnce(3)).toEqual({ claimed: 3, processed: 3, failed: 0 });
    expect(await relay.drainOnce(3)).toEqual({ claimed: 1, processed: 1, failed: 0 });
    expect(seen.map((m) => m.aggregateKey)).toEqual(['user-1', 'user-2', 'bulk-1', 'bulk-2', 'bulk-3', 'bulk-4']);
  });

  it('purges rows relayed before the retention, never pending or recent ones', async () => {
    await enqueue('old', 3);
    await enqueue('recent', 1);
    await enqueue('pending', 1);
    await ds.query(`UPDATE outbox_message SET processed_at = now() - interval '31 days' WHERE aggregate_key = 'old'`);
    await ds.query(
      `UPDATE outbox_message SET processed_at = now() - interval '29 days' WHERE aggregate_key = 'recent'`,
    );
    // An old row that was never processed (e.g. a handler failing for a month) stays.
    await ds.query(`UPDATE outbox_message SET created_at = now() - interval '60 days' WHERE aggregate_key = 'pending'`);
    expect(await relay.purgeProcessed(30, 2)).toBe(3);
    const left = await ds.query(`SELECT aggregate_key AS key FROM outbox_message ORDER BY id`);
    expect(left.map((r: { key: string }) => r.key)).toEqual(['recent', 'pending']);
  });

  it('runs as a loop with start/stop', async () => {
    relay.start();
    await enqueue('e', 2);
    const until = Date.now() + 15_000;
    while (seen.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await relay.stop();
    expect(seen.map((m) => m.aggregateVersion)).toEqual([1, 2]);
  });
});
