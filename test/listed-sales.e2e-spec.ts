import { DataSource } from 'typeorm';
import { AUCTION_CLOSED, AuctionClosing } from '../libs/auctions/src/index.js';
import { EventBus, JobRunner } from '../libs/shared/jobs/index.js';
import { bid, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import {
  createListedSale,
  declareIntent,
  endListedSale,
  listedSaleBody,
  saleableAchievement,
} from './factories/listed-sale.factory.js';
import { createListing } from './factories/listing.factory.js';
import { api, fieldsOf, idempotencyKey, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Issue 19: 挂牌交易, sales settled into deals and draft contracts, 成交公告. */
describe('listed sales and the settlement of sales (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let seller: TestOrg;
  let bureau: TestOrg;
  let alice: TestOrg;
  let bob: TestOrg;
  let carol: TestOrg;
  let pending: TestOrg;

  const drain = () => t.app.get(JobRunner).drainUntilIdle();
  const dealsOf = (ref: string) =>
    ds.query(`SELECT id, stage, achievement_id FROM deal WHERE sale_ref = $1`, [ref]) as Promise<
      { id: string; stage: string; achievement_id: string | null }[]
    >;
  const contractsOf = (dealId: string) =>
    ds.query(`SELECT id FROM tech_contract WHERE deal_id = $1`, [dealId]) as Promise<{ id: string }[]>;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [seller, bureau, alice, bob, carol, pending] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302' }),
      createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340602' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false }),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('turns an auction sale into one signed deal and one draft contract at the hammer price, even when auction.closed comes twice', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const lot = await openLot(t, seller, { achievementId });
    await readyBidder(t, lot.id, alice, bureau);
    await readyBidder(t, lot.id, bob, bureau);
    await bid(t, alice, lot.id, '10000000').expect(201);
    await bid(t, bob, lot.id, '10500000').expect(201);
    await setLotEnd(t, lot.id, -1000);
    await t.app.get(AuctionClosing).closeDue();
    await drain();
    // The same event again (a replay, a restarted worker): nothing more is made.
    await ds.transaction((em) =>
      t.app
        .get(EventBus)
        .publish(em, AUCTION_CLOSED, { key: `auction:${lot.id}`, payload: { lotId: lot.id, status: 'sold' } }),
    );
    await drain();

    const deals = await dealsOf(`auction:${lot.id}`);
    expect(deals).toEqual([{ id: expect.any(String), stage: 'signed', achievement_id: achievementId }]);
    const contracts = await contractsOf(deals[0]!.id);
    expect(contracts).toHaveLength(1);
    const contract = (await api(t, seller).get(`/api/contracts/${contracts[0]!.id}`).expect(200)).body;
    expect(contract).toMatchObject({
      status: 'draft',
      priceRoute: 'auction',
      contractAmountFen: '10500000',
      techAmountFen: '10500000',
      seller: { orgId: seller.org.id, name: seller.org.name },
      buyer: { orgId: bob.org.id, name: bob.org.name },
      intermediary: null,
      dealId: deals[0]!.id,
      achievementId,
      techFieldCode: '05',
      contractSubtypeCode: null,
      signedOn: null,
      incomplete: ['contractSubtypeCode', 'signedOn'],
    });
    // The winner reads the deal as a party; both parties were told.
    const deal = (await api(t, bob).get(`/api/deals/${deals[0]!.id}`).expect(200)).body;
    expect(deal).toMatchObject({ stage: 'signed', saleRef: `auction:${lot.id}` });
    expect(deal.parties.map((p: { status: string }) => p.status)).toEqual(['accepted', 'accepted']);
    for (const party of [seller, bob]) {
      const mine = (await api(t, party).get('/api/notifications').expect(200)).body.items;
      expect(mine.filter((n: { kind: string }) => n.kind === 'sale_concluded')).toHaveLength(1);
    }
    // Incomplete, the draft cannot be submitted; completed through the ordinary edit, it can.
    await refused(
      api(t, seller)
        .post(`/api/contracts/${contract.id}/submit`, { version: contract.version })
        .set('Idempotency-Key', idempotencyKey()),
      409,
      'CONTRACT_INCOMPLETE',
    );
    const done = (
      await api(t, seller)
        .patch(`/api/contracts/${contract.id}`, {
          version: contract.version,
          contractSubtypeCode: 'transfer.patent',
          signedOn: '2025-06-18',
        })
        .expect(200)
    ).body;
    expect(done).toMatchObject({ contractTypeCode: 'transfer', incomplete: [], priceRoute: 'auction' });
    // 成交公告: the lot, the price and the winner (the lot did not choose anonymity).
    const notices = (await api(t).get('/api/sale-notices?pageSize=100').expect(200)).body.items;
    expect(notices.find((n: { sourceId: string }) => n.sourceId === lot.id)).toMatchObject({
      route: 'auction',
      outcome: 'sold',
      priceFen: '10500000',
      winnerName: bob.org.name,
      sellerName: seller.org.name,
    });
  });

  it('publishes 流拍 and keeps an anonymous winner’s name out of the 成交公告', async () => {
    const anonymous = await openLot(t, seller, { winnerAnonymous: true });
    const empty = await openLot(t, seller);
    await readyBidder(t, anonymous.id, alice, bureau);
    await bid(t, alice, anonymous.id, '10000000').expect(201);
    for (const lot of [anonymous, empty]) await setLotEnd(t, lot.id, -1000);
    await t.app.get(AuctionClosing).closeDue();
    await drain();
    const notices = (await api(t).get('/api/sale-notices?pageSize=100').expect(200)).body.items;
    const of = (id: string) => notices.find((n: { sourceId: string }) => n.sourceId === id);
    expect(of(anonymous.id)).toMatchObject({
      outcome: 'sold',
      priceFen: '10000000',
      winnerName: null,
      winnerShown: false,
    });
    expect(of(empty.id)).toMatchObject({ outcome: 'unsold', priceFen: null, winnerName: null });
    expect(await dealsOf(`auction:${empty.id}`)).toEqual([]);
  });

  it('sells a listing with one qualified buyer at the listed price: deal, draft 技术转让 contract, notice', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const listing = await createListedSale(t, seller, achievementId, { priceFen: '66000000' });
    expect(listing).toMatchObject({ status: 'listed', periodWorkingDays: 20, currentVersion: 1, intentCount: 0 });
    expect(listing.rules).toContain('转为网络竞价');
    await declareIntent(t, alice, listing.id).expect(201);
    await endListedSale(t, listing.id);

    const ended = (await api(t).get(`/api/listed-sales/${listing.id}`).expect(200)).body;
    expect(ended).toMatchObject({ status: 'sold', buyerName: alice.org.name });
    const [deal] = await dealsOf(`listing:${listing.id}`);
    expect(deal).toMatchObject({ stage: 'signed', achievement_id: achievementId });
    const [c] = await contractsOf(deal!.id);
    const contract = (await api(t, alice).get(`/api/contracts/${c!.id}`).expect(200)).body;
    expect(contract).toMatchObject({
      status: 'draft',
      priceRoute: 'listing',
      contractTypeCode: 'transfer',
      contractAmountFen: '66000000',
      buyer: { orgId: alice.org.id },
      seller: { orgId: seller.org.id },
    });
    // Ending again settles nothing twice.
    await endListedSale(t, listing.id);
    expect(await dealsOf(`listing:${listing.id}`)).toHaveLength(1);
  });

  it('converts a listing with several intending buyers into an auction among exactly them, on the announced rules', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const listing = await createListedSale(t, seller, achievementId, { priceFen: '50000000', depositFen: '0' });
    await declareIntent(t, alice, listing.id).expect(201);
    await declareIntent(t, carol, listing.id).expect(201);
    await endListedSale(t, listing.id);

    const ended = (await api(t, seller).get(`/api/listed-sales/${listing.id}`).expect(200)).body;
    expect(ended.status).toBe('auctioned');
    expect(await dealsOf(`listing:${listing.id}`)).toEqual([]);
    const lot = (await api(t).get(`/api/auctions/${ended.auctionLotId}`).expect(200)).body;
    expect(lot).toMatchObject({
      status: 'published',
      phase: 'scheduled',
      restricted: true,
      startingPriceFen: '50000000',
      incrementFen: '500000',
      sellerOrgId: seller.org.id,
      achievementId,
    });
    expect(new Date(lot.startsAt).getTime()).toBeGreaterThan(Date.now());
    // Exactly the intending buyers may register; anyone else is refused with a code.
    await api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }).expect(201);
    await api(t, carol).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }).expect(201);
    await refused(
      api(t, bob).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }),
      403,
      'AUCTION_NOT_ELIGIBLE',
    );
    // The seller and the intending buyers were told.
    const told = (await api(t, carol).get('/api/notifications').expect(200)).body.items;
    expect(told.some((n: { kind: string }) => n.kind === 'listing_ended')).toBe(true);
  });

  it('ends a listing without buyers as 流标, publishes it, and lets the seller relist once', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const listing = await createListedSale(t, seller, achievementId);
    // An intent of an organisation that lost its verification does not qualify.
    await declareIntent(t, bob, listing.id).expect(201);
    await ds.query(`UPDATE organization SET verification_status = 'pending' WHERE id = $1`, [bob.org.id]);
    try {
      await endListedSale(t, listing.id);
    } finally {
      await ds.query(`UPDATE organization SET verification_status = 'verified' WHERE id = $1`, [bob.org.id]);
    }
    expect((await api(t).get(`/api/listed-sales/${listing.id}`).expect(200)).body.status).toBe('failed');
    const notices = (await api(t).get('/api/sale-notices?pageSize=100').expect(200)).body.items;
    expect(notices.find((n: { sourceId: string }) => n.sourceId === listing.id)).toMatchObject({
      route: 'listing',
      outcome: 'unsold',
    });

    const again = (
      await api(t, seller).post(`/api/listed-sales/${listing.id}/relist`, { priceFen: '40000000' }).expect(201)
    ).body;
    expect(again).toMatchObject({
      status: 'listed',
      relistedFrom: listing.id,
      priceFen: '40000000',
      currentVersion: 1,
    });
    expect((await api(t).get(`/api/listed-sales/${listing.id}`).expect(200)).body.relistedAs).toBe(again.id);
    await refused(api(t, seller).post(`/api/listed-sales/${listing.id}/relist`, {}), 409, 'LISTED_SALE_NOT_RELISTABLE');
    await refused(api(t, alice).post(`/api/listed-sales/${listing.id}/relist`, {}), 403, 'LISTED_SALE_FORBIDDEN');
  });

  it('keeps every change as a version; price and terms lock once someone declared intent', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const listing = await createListedSale(t, seller, achievementId);
    const v2 = (
      await api(t, seller)
        .patch(`/api/listed-sales/${listing.id}`, {
          version: listing.version,
          priceFen: '45000000',
          changeNote: '降价',
        })
        .expect(200)
    ).body;
    expect(v2).toMatchObject({ currentVersion: 2, priceFen: '45000000' });
    await declareIntent(t, alice, listing.id).expect(201);
    await refused(
      api(t, seller).patch(`/api/listed-sales/${listing.id}`, { version: v2.version, priceFen: '1' }),
      409,
      'LISTED_SALE_TERMS_LOCKED',
    );
    const cur = (await api(t).get(`/api/listed-sales/${listing.id}`).expect(200)).body;
    const v3 = (
      await api(t, seller)
        .patch(`/api/listed-sales/${listing.id}`, { version: cur.version, title: '专利权转让（含技术秘密）' })
        .expect(200)
    ).body;
    const pub = (await api(t).get(`/api/listed-sales/${listing.id}`).expect(200)).body;
    expect(v3.currentVersion).toBe(3);
    expect(pub.versions.map((v: { versionNo: number; priceFen: string }) => [v.versionNo, v.priceFen])).toEqual([
      [1, '50000000'],
      [2, '45000000'],
      [3, '45000000'],
    ]);
    expect(pub.versions[1].changeNote).toBe('降价');
    // The public sees how many intend, not who; the seller and its bureau see who.
    expect(pub).toMatchObject({ intentCount: 1, intents: null });
    expect((await api(t, seller).get(`/api/listed-sales/${listing.id}`).expect(200)).body.intents).toEqual([
      expect.objectContaining({ buyerOrgId: alice.org.id, versionNo: 2 }),
    ]);
    expect((await api(t, bureau).get(`/api/listed-sales/${listing.id}`).expect(200)).body.intents).toHaveLength(1);
    // Stored versions cannot be rewritten.
    await expect(
      ds.query(`UPDATE listed_sale_version SET price_fen = 1 WHERE listing_id = $1`, [listing.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses bad input with a code and no effect', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM listed_sale`))[0].n;
    const before = await count();
    const bad = async (over: Record<string, unknown>, fields: string[]) =>
      expect(
        fieldsOf(
          await refused(
            api(t, seller).post('/api/listed-sales', listedSaleBody(achievementId, over)),
            400,
            'VALIDATION_FAILED',
          ),
        ),
      ).toEqual(fields);
    await bad({ periodWorkingDays: 19 }, ['periodWorkingDays']);
    await bad({ priceFen: '0' }, ['priceFen']);
    await bad({ priceFen: '-100' }, ['priceFen']);
    const foreign = await saleableAchievement(
      t,
      await createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      bureau,
    );
    await bad({ achievementId: foreign }, ['achievementId']);
    const draft = await createListing(t, seller, 'achievements');
    await bad({ achievementId: draft.id }, ['achievementId']);
    expect(await count()).toBe(before);

    // A region's minimum: 淮北's bureau admin cannot be impersonated by staff; the platform default is 20.
    expect((await api(t).get('/api/listed-sales/periods/340603').expect(200)).body).toMatchObject({
      workingDays: 20,
      setAt: null,
    });

    const listing = await createListedSale(t, seller, achievementId);
    const intents = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM listed_sale_intent WHERE listing_id = $1`, [listing.id]))[0].n;
    await refused(declareIntent(t, seller, listing.id), 403, 'LISTED_SALE_OWN_INTENT');
    await refused(declareIntent(t, pending, listing.id), 403, 'ORG_NOT_VERIFIED');
    await declareIntent(t, alice, listing.id).expect(201);
    await refused(declareIntent(t, alice, listing.id), 409, 'LISTED_SALE_INTENT_EXISTS');
    await ds.query(
      `UPDATE listed_sale SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [listing.id],
    );
    await refused(declareIntent(t, carol, listing.id), 409, 'LISTED_SALE_ENDED');
    expect(await intents()).toBe(1);

    const other = await createListedSale(t, seller, achievementId);
    await refused(
      api(t, seller).post(`/api/listed-sales/${other.id}/withdraw`, { version: other.version }),
      400,
      'VALIDATION_FAILED',
    );
    await refused(
      api(t, seller).post(`/api/listed-sales/${other.id}/withdraw`, { version: other.version, reason: '   ' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await api(t).get(`/api/listed-sales/${other.id}`).expect(200)).body.status).toBe('listed');
    const gone = (
      await api(t, seller)
        .post(`/api/listed-sales/${other.id}/withdraw`, { version: other.version, reason: '专利权属正在变更' })
        .expect(200)
    ).body;
    expect(gone).toMatchObject({ status: 'withdrawn', withdrawReason: '专利权属正在变更' });
  });

  it('counts certified contracts by pricing route in /api/stats/routes', async () => {
    const achievementId = await saleableAchievement(t, seller, bureau);
    const listing = await createListedSale(t, seller, achievementId, { priceFen: '12300000' });
    await declareIntent(t, carol, listing.id).expect(201);
    await endListedSale(t, listing.id);
    const [deal] = await dealsOf(`listing:${listing.id}`);
    const [c] = await contractsOf(deal!.id);
    const draft = (await api(t, seller).get(`/api/contracts/${c!.id}`).expect(200)).body;
    const done = (
      await api(t, seller)
        .patch(`/api/contracts/${draft.id}`, {
          version: draft.version,
          contractSubtypeCode: 'transfer.patent',
          signedOn: '2025-06-18',
        })
        .expect(200)
    ).body;
    const submitted = (
      await api(t, seller)
        .post(`/api/contracts/${done.id}/submit`, { version: done.version })
        .set('Idempotency-Key', idempotencyKey())
        .expect(200)
    ).body;
    await api(t, bureau)
      .post(`/api/contracts/${submitted.id}/certify`, {})
      .set('Idempotency-Key', idempotencyKey())
      .expect(200);
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const res = (
      await api(t, bureau).get(`/api/stats/routes?region=340600&period=${year}&perspective=output`).expect(200)
    ).body;
    expect(res.rows.find((r: { route: string }) => r.route === 'listing')).toMatchObject({
      name: '挂牌交易',
      count: 1,
      contractAmountFen: '12300000',
    });
    expect(res.rows.map((r: { route: string }) => r.route)).toEqual(['agreement', 'listing', 'auction', 'unknown']);
  });
});
