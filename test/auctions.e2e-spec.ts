import { DataSource } from 'typeorm';
import { AuctionClosing } from '../libs/auctions/src/index.js';
import { bid, createLot, lotBody, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { createListing } from './factories/listing.factory.js';
import { api, fieldsOf, idempotencyKey, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Issue 19, online auctions: lots, bidders and deposits, the bad input of the issue, the close. */
describe('auctions (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg;
  let bureau: TestOrg;
  let farBureau: TestOrg;
  let alice: TestOrg;
  let bob: TestOrg;
  let pending: TestOrg;

  const lotRow = async (id: string) =>
    (
      await ds.query(`SELECT status, bid_count, current_price_fen, reserve_price_fen FROM auction_lot WHERE id = $1`, [
        id,
      ])
    )[0];
  const closeDue = () => t.app.get(AuctionClosing).closeDue();

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [seller, bureau, farBureau, alice, bob, pending] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false }),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('refuses a lot whose terms are wrong with 400 and the fields, and creates nothing', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM auction_lot`))[0].n;
    const bad = async (over: Record<string, unknown>, fields: string[]) =>
      expect(
        fieldsOf(await refused(api(t, seller).post('/api/auctions', lotBody(over)), 400, 'VALIDATION_FAILED')),
      ).toEqual(fields);
    await bad({ reservePriceFen: '9999999' }, ['reservePriceFen']);
    await bad({ endsAt: new Date(Date.now() - 3_600_000).toISOString() }, ['endsAt']);
    await bad({ startsAt: new Date(Date.now() - 3_600_000).toISOString() }, ['startsAt']);
    await bad({ incrementFen: '0' }, ['incrementFen']);
    await bad({ startingPriceFen: '12.50', depositFen: 100 }, ['depositFen', 'startingPriceFen']);
    await bad({ startsAt: '2026-12-08 09:00' }, ['startsAt']);
    const foreign = await createListing(
      t,
      await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      'achievements',
    );
    await bad({ achievementId: foreign.id }, ['achievementId']);
    expect((await ds.query(`SELECT count(*)::int AS n FROM auction_lot`))[0].n).toBe(before);
    // Enterprises, universities and institutes sell; a broker agency or a bureau does not.
    const broker = await createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340602' });
    await refused(api(t, broker).post('/api/auctions', lotBody()), 403, 'PERMISSION_DENIED');
  });

  it('sells the seller’s own achievement; the seller comes from its record, the draft is its alone until published', async () => {
    const own = await createListing(t, seller, 'achievements');
    const draft = await createLot(t, seller, { achievementId: own.id, reservePriceFen: '15000000' });
    expect(draft).toMatchObject({ status: 'draft', phase: 'draft', sellerOrgId: seller.org.id, achievementId: own.id });
    expect(draft).toMatchObject({ reservePriceFen: '15000000', reserveShown: false, antiSnipingMinutes: 5 });
    await refused(api(t).get(`/api/auctions/${draft.id}`), 404, 'AUCTION_NOT_FOUND');
    await refused(api(t, alice).post(`/api/auctions/${draft.id}/publish`, { version: 1 }), 404, 'AUCTION_NOT_FOUND');
    const mine = await api(t, seller).get('/api/auctions/mine').expect(200);
    expect(mine.body.items.map((l: { id: string }) => l.id)).toContain(draft.id);
    const published = await api(t, seller).post(`/api/auctions/${draft.id}/publish`, { version: 1 }).expect(200);
    // The public reads it without the hidden reserve; the seller and its bureau with it.
    const pub = (await api(t).get(`/api/auctions/${draft.id}`).expect(200)).body;
    expect(pub).toMatchObject({
      phase: 'open',
      reservePriceFen: null,
      hasReserve: true,
      version: published.body.version,
    });
    expect((await api(t, bureau).get(`/api/auctions/${draft.id}`).expect(200)).body.reservePriceFen).toBe('15000000');
    const list = await api(t).get('/api/auctions', { status: 'published' }).expect(200);
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(draft.id);
  });

  it('registers verified bidders with the terms they accept; the seller and unverified organisations cannot', async () => {
    const lot = await openLot(t, seller);
    await refused(
      api(t, seller).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }),
      403,
      'AUCTION_SELLER_CANNOT_BID',
    );
    await refused(
      api(t, pending).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }),
      403,
      'ORG_NOT_VERIFIED',
    );
    await refused(
      api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: false }),
      400,
      'VALIDATION_FAILED',
    );
    const reg = (await api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }).expect(201))
      .body;
    expect(reg).toMatchObject({ bidderNo: 1, depositConfirmed: false, depositFen: '1000000' });
    expect(reg.termsText).toContain('每次加价不少于 5000.00 元');
    expect(reg.termsSha256).toMatch(/^[0-9a-f]{64}$/);
    await refused(
      api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }),
      409,
      'AUCTION_ALREADY_REGISTERED',
    );

    // Deposits: the bureau over the seller's region (or the platform), with the bank slip's number.
    const deposit = { bidderOrgId: alice.org.id, reference: 'HD20261206001' };
    await refused(api(t, farBureau).post(`/api/auctions/${lot.id}/deposits`, deposit), 403, 'AUCTION_OUT_OF_REGION');
    await refused(api(t, seller).post(`/api/auctions/${lot.id}/deposits`, deposit), 403, 'PERMISSION_DENIED');
    await refused(
      api(t, bureau).post(`/api/auctions/${lot.id}/deposits`, { ...deposit, bidderOrgId: bob.org.id }),
      404,
      'AUCTION_REGISTRATION_NOT_FOUND',
    );
    const confirmed = (await api(t, bureau).post(`/api/auctions/${lot.id}/deposits`, deposit).expect(200)).body;
    expect(confirmed).toMatchObject({ bidderOrgId: alice.org.id, bidder: alice.org.name, depositConfirmed: true });
    await refused(
      api(t, bureau).post(`/api/auctions/${lot.id}/deposits`, deposit),
      409,
      'AUCTION_DEPOSIT_ALREADY_CONFIRMED',
    );
    // The seller sees its bidders by number only while the auction runs.
    const seen = (await api(t, seller).get(`/api/auctions/${lot.id}/registrations`).expect(200)).body;
    expect(seen).toEqual([expect.objectContaining({ bidder: '竞买人 1', bidderOrgId: null, depositReference: null })]);
  });

  it('refuses each bad bid of the issue with its code and no effect; a replayed bid has no second effect', async () => {
    const lot = await openLot(t, seller, { reservePriceFen: '12000000' });
    await readyBidder(t, lot.id, alice, bureau);
    await api(t, bob).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }).expect(201);
    const unregistered = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });

    await refused(bid(t, alice, lot.id, '9999999'), 409, 'AUCTION_BID_TOO_LOW');
    await refused(bid(t, unregistered, lot.id, '10000000'), 403, 'AUCTION_NOT_REGISTERED');
    await refused(bid(t, bob, lot.id, '10000000'), 403, 'AUCTION_DEPOSIT_UNCONFIRMED');
    await refused(bid(t, pending, lot.id, '10000000'), 403, 'ORG_NOT_VERIFIED');
    await refused(bid(t, seller, lot.id, '10000000'), 403, 'AUCTION_SELLER_CANNOT_BID');
    await refused(
      api(t, alice).post(`/api/auctions/${lot.id}/bids`, { amountFen: '10000000' }),
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    expect(await lotRow(lot.id)).toMatchObject({ bid_count: 0, current_price_fen: null });

    const key = idempotencyKey();
    const first = (await bid(t, alice, lot.id, '10000000', key).expect(201)).body;
    const again = (await bid(t, alice, lot.id, '10000000', key).expect(201)).body;
    expect(again).toEqual(first);
    await refused(bid(t, alice, lot.id, '10499999'), 409, 'AUCTION_BID_TOO_LOW');
    expect(await lotRow(lot.id)).toMatchObject({ bid_count: 1, current_price_fen: '10000000' });

    // After the first bid the reserve is fixed and the lot cannot be withdrawn.
    const v = (await api(t, seller).get(`/api/auctions/${lot.id}`).expect(200)).body.version;
    await refused(
      api(t, seller).patch(`/api/auctions/${lot.id}`, { version: v, reservePriceFen: '11000000' }),
      409,
      'AUCTION_RESERVE_LOCKED',
    );
    await refused(
      api(t, seller).post(`/api/auctions/${lot.id}/withdraw`, { version: v, reason: '权属变更' }),
      409,
      'AUCTION_HAS_BIDS',
    );
    const renamed = await api(t, seller)
      .patch(`/api/auctions/${lot.id}`, { version: v, title: '硬碳负极材料专利权转让' })
      .expect(200);
    expect(renamed.body).toMatchObject({ title: '硬碳负极材料专利权转让', reservePriceFen: '12000000' });

    await setLotEnd(t, lot.id, -1000);
    await refused(bid(t, alice, lot.id, '20000000'), 409, 'AUCTION_ENDED');
    expect(await lotRow(lot.id)).toMatchObject({ bid_count: 1, current_price_fen: '10000000' });
  });

  it('changes the reserve before the first bid, and withdraws with a reason only before it', async () => {
    const lot = await openLot(t, seller, { reservePriceFen: '12000000' });
    const changed = await api(t, seller)
      .patch(`/api/auctions/${lot.id}`, { version: lot.version, reservePriceFen: '13000000', reserveShown: true })
      .expect(200);
    expect((await api(t).get(`/api/auctions/${lot.id}`).expect(200)).body.reservePriceFen).toBe('13000000');
    await refused(
      api(t, seller).patch(`/api/auctions/${lot.id}`, { version: changed.body.version, startingPriceFen: '1' }),
      409,
      'AUCTION_NOT_EDITABLE',
    );
    await refused(
      api(t, seller).patch(`/api/auctions/${lot.id}`, { version: lot.version, title: '旧版本' }),
      409,
      'AUCTION_VERSION_CONFLICT',
    );
    await refused(
      api(t, seller).post(`/api/auctions/${lot.id}/withdraw`, { version: changed.body.version }),
      400,
      'VALIDATION_FAILED',
    );
    const withdrawn = await api(t, seller)
      .post(`/api/auctions/${lot.id}/withdraw`, { version: changed.body.version, reason: '专利权属正在变更' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: '专利权属正在变更' });
    await refused(
      api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }),
      409,
      'AUCTION_REGISTRATION_CLOSED',
    );
  });

  it('closes lots past their end: sold to the leader at the hammer price, 流拍 below the reserve or without bids', async () => {
    const sold = await openLot(t, seller, { reservePriceFen: '10500000' });
    const short = await openLot(t, seller, { reservePriceFen: '20000000', reserveShown: true });
    const empty = await openLot(t, seller);
    for (const lot of [sold, short]) {
      await readyBidder(t, lot.id, alice, bureau);
      await readyBidder(t, lot.id, bob, bureau);
    }
    await bid(t, alice, sold.id, '10000000').expect(201);
    await bid(t, bob, sold.id, '10500000').expect(201);
    await bid(t, alice, short.id, '15000000').expect(201);
    for (const lot of [sold, short, empty]) await setLotEnd(t, lot.id, -1000);
    await closeDue();

    const pub = (await api(t).get(`/api/auctions/${sold.id}`).expect(200)).body;
    // Sold: the winner is named as its 成交公告 names it (the lot did not choose anonymity), with its number.
    expect(pub).toMatchObject({
      status: 'sold',
      phase: 'sold',
      hammerPriceFen: '10500000',
      winner: `${bob.org.name}（竞买人 2）`,
    });
    expect((await api(t, seller).get(`/api/auctions/${sold.id}`).expect(200)).body.winner).toBe(bob.org.name);
    expect(
      (await api(t, bureau).get(`/api/auctions/${sold.id}/bids`).expect(200)).body.items.map(
        (b: { bidder: string }) => b.bidder,
      ),
    ).toEqual([alice.org.name, bob.org.name]);
    expect(
      (await api(t).get(`/api/auctions/${sold.id}/bids`).expect(200)).body.items.map(
        (b: { bidder: string }) => b.bidder,
      ),
    ).toEqual(['竞买人 1', '竞买人 2']);
    expect((await api(t).get(`/api/auctions/${short.id}`).expect(200)).body).toMatchObject({
      status: 'unsold',
      hammerPriceFen: null,
      winner: null,
    });
    expect((await api(t).get(`/api/auctions/${empty.id}`).expect(200)).body).toMatchObject({
      status: 'unsold',
      bidCount: 0,
    });
    // Each close is announced once: `auction.closed` is the seam where a sale becomes a deal and draft contract.
    const events = await ds.query(
      `SELECT payload->>'lotId' AS lot, payload->>'status' AS status FROM job WHERE topic = 'auction.closed' AND queue = '@events'`,
    );
    expect(events).toEqual(
      expect.arrayContaining([
        { lot: sold.id, status: 'sold' },
        { lot: short.id, status: 'unsold' },
        { lot: empty.id, status: 'unsold' },
      ]),
    );
    expect(await closeDue()).toEqual({ sold: 0, unsold: 0 });
  });
});
