import { DataSource } from 'typeorm';
import { bid, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api, idempotencyKey, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Issue 19's acceptance for bidding: bids decided by the server alone, one at a time under the
 * lot's lock, each appended to the hash chain, and the anti-sniping extension.
 */
describe('auctions: concurrent bids, the hash chain, anti-sniping (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg;
  let bureau: TestOrg;
  let bidders: TestOrg[];

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '10' });
    ds = t.app.get(DataSource);
    [seller, bureau] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createBureauStaff(t, '340600'),
    ]);
    bidders = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createOrgWithAdmin(t, { type: i % 5 === 4 ? 'research_institute' : 'enterprise', regionCode: '340602' }),
      ),
    );
  }, 120_000);
  afterAll(() => t.close());

  it('20 bidders × 10 concurrent bids: the final price is the highest valid bid, sequence strictly increasing, the chain verifies; tampering with one stored bid breaks it', async () => {
    const lot = await openLot(t, seller, { startingPriceFen: '10000000', incrementFen: '100000' });
    for (const b of bidders) await readyBidder(t, lot.id, b, bureau);
    // Every bidder sends ten distinct amounts on the increment grid; all 200 at once.
    const attempts = bidders.flatMap((b, i) =>
      Array.from({ length: 10 }, (_, j) => ({ who: b, amount: 10_000_000 + 100_000 * (j * 20 + i) })),
    );
    const started = Date.now();
    const answers = await Promise.all(attempts.map((a) => bid(t, a.who, lot.id, String(a.amount))));
    const elapsedMs = Date.now() - started;

    const accepted = answers.filter((r) => r.status === 201).map((r) => r.body);
    const refusals = answers.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`);
    expect([...new Set(refusals)]).toEqual(refusals.length ? ['409 AUCTION_BID_TOO_LOW'] : []);
    const highest = Math.max(...attempts.map((a) => a.amount));
    const detail = (await api(t).get(`/api/auctions/${lot.id}`).expect(200)).body;
    expect(detail).toMatchObject({ currentPriceFen: String(highest), bidCount: accepted.length });

    const history = (await api(t).get(`/api/auctions/${lot.id}/bids`, { limit: 500 }).expect(200)).body.items as {
      seq: number;
      amountFen: string;
      placedAt: string;
    }[];
    expect(history.map((b) => b.seq)).toEqual(accepted.map((_, i) => i + 1));
    for (let i = 1; i < history.length; i++) {
      expect(Number(history[i]!.amountFen)).toBeGreaterThanOrEqual(Number(history[i - 1]!.amountFen) + 100_000);
      expect(history[i]!.placedAt >= history[i - 1]!.placedAt).toBe(true);
    }
    expect(history.at(-1)!.amountFen).toBe(String(highest));
    await expect(api(t).get(`/api/auctions/${lot.id}/bids/verify`).expect(200)).resolves.toMatchObject({
      body: { valid: true, count: accepted.length, firstBrokenSeq: null },
    });

    // One `auction.bid-placed` per accepted bid, none for a refused one.
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM job WHERE queue = '@events' AND topic = 'auction.bid-placed' AND key = $1`,
      [`auction:${lot.id}`],
    );
    expect(n).toBe(accepted.length);

    const victim = Math.ceil(accepted.length / 2);
    await ds.query(`UPDATE auction_bid SET amount_fen = amount_fen + 1 WHERE lot_id = $1 AND seq = $2`, [
      lot.id,
      victim,
    ]);
    const verdict = (await api(t).get(`/api/auctions/${lot.id}/bids/verify`).expect(200)).body;
    expect(verdict).toMatchObject({ valid: false, firstBrokenSeq: victim });
    process.stdout.write(
      `[auctions] 200 concurrent bids (20 bidders × 10, pool 10): ${elapsedMs} ms, ${accepted.length} accepted\n`,
    );
  }, 180_000);

  it('a bid in the last minute extends the end to a minute after it; one earlier does not', async () => {
    const lot = await openLot(t, seller, { antiSnipingMinutes: 1 });
    const [a, b] = bidders;
    await readyBidder(t, lot.id, a!, bureau);
    await readyBidder(t, lot.id, b!, bureau);
    const early = (await bid(t, a!, lot.id, '10000000').expect(201)).body;
    expect(early).toMatchObject({ extended: false, endsAt: new Date(lot.endsAt).toISOString() });

    await setLotEnd(t, lot.id, 30_000);
    const late = (await bid(t, b!, lot.id, '10500000').expect(201)).body;
    expect(late.extended).toBe(true);
    expect(Date.parse(late.endsAt) - Date.parse(late.placedAt)).toBe(60_000);
    const detail = (await api(t).get(`/api/auctions/${lot.id}`).expect(200)).body;
    expect(detail).toMatchObject({ endsAt: late.endsAt, phase: 'open', leader: '竞买人 2' });
    expect(Date.parse(detail.scheduledEndsAt)).toBeLessThan(Date.parse(detail.endsAt));
  });

  it('a lot held longer than the lock timeout answers 409 RESOURCE_BUSY and places nothing; the retry with the same key bids', async () => {
    const lot = await openLot(t, seller);
    await readyBidder(t, lot.id, bidders[2]!, bureau);
    const holder = ds.createQueryRunner();
    await holder.connect();
    const key = idempotencyKey();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM auction_lot WHERE id = $1 FOR UPDATE`, [lot.id]);
      await refused(bid(t, bidders[2]!, lot.id, '10000000', key), 409, 'RESOURCE_BUSY');
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect((await api(t).get(`/api/auctions/${lot.id}`).expect(200)).body.bidCount).toBe(0);
    await bid(t, bidders[2]!, lot.id, '10000000', key).expect(201);
  }, 30_000);
});
