import { AuctionClosing } from '../libs/auctions/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { bid, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Issue 19, the lists across lots: 我的竞拍 (a bidder's registrations and bids), a bureau's lots
 * with deposits to confirm (its region subtree only), and 成交公告 (the winner named unless the
 * seller chose anonymity).
 */
describe('auctions: my bidding, supervised lots, results (e2e)', () => {
  let t: TestApp;
  let seller: TestOrg;
  let bureau: TestOrg;
  let farBureau: TestOrg;
  let alice: TestOrg;
  let bob: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    [seller, bureau, farBureau, alice, bob] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
      createBureauStaff(t, '340600'),
      createBureauStaff(t, '371300'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '相山区甲科技有限公司（概览）' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302', name: '兰山区乙新材料有限公司（概览）' }),
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it('我的竞拍 lists the organisation’s registrations with its deposit, its bids and where it stands', async () => {
    const lot = await openLot(t, seller);
    await readyBidder(t, lot.id, alice, bureau);
    await readyBidder(t, lot.id, bob, bureau);
    await bid(t, alice, lot.id, '10000000').expect(201);
    await bid(t, bob, lot.id, '10500000').expect(201);
    await bid(t, alice, lot.id, '11000000').expect(201);
    const mine = async (who: TestOrg) =>
      (await api(t, who).get('/api/auctions/my-bidding').expect(200)).body.items.find(
        (r: { lotId: string }) => r.lotId === lot.id,
      );
    expect(await mine(alice)).toMatchObject({
      bidderNo: 1,
      depositConfirmed: true,
      myBidCount: 2,
      myHighestFen: '11000000',
      currentPriceFen: '11000000',
      nextMinimumBidFen: '11500000',
      leading: true,
      won: false,
      phase: 'open',
    });
    expect(await mine(bob)).toMatchObject({ bidderNo: 2, myBidCount: 1, myHighestFen: '10500000', leading: false });
    expect(await mine(seller)).toBeUndefined();
    await refused(api(t).get('/api/auctions/my-bidding'), 401, 'TOKEN_MISSING');
    await refused(api(t, bureau).get('/api/auctions/my-bidding'), 403, 'PERMISSION_DENIED');
  });

  it('a bureau sees the lots of its region subtree with deposits to confirm; another bureau does not', async () => {
    const lot = await openLot(t, seller);
    await api(t, alice).post(`/api/auctions/${lot.id}/registrations`, { acceptTerms: true }).expect(201);
    const row = async (who: TestOrg, query: Record<string, unknown> = {}) =>
      (
        await api(t, who)
          .get('/api/auctions/supervised', { pageSize: 100, ...query })
          .expect(200)
      ).body.items.find((r: { lotId: string }) => r.lotId === lot.id);
    expect(await row(bureau)).toMatchObject({ bidderCount: 1, pendingDeposits: 1, phase: 'open' });
    expect(await row(bureau, { pendingOnly: true })).toBeDefined();
    expect(await row(farBureau)).toBeUndefined();
    await api(t, bureau)
      .post(`/api/auctions/${lot.id}/deposits`, { bidderOrgId: alice.org.id, reference: 'HD-OVERVIEW-1' })
      .expect(200);
    expect(await row(bureau)).toMatchObject({ pendingDeposits: 0 });
    expect(await row(bureau, { pendingOnly: true })).toBeUndefined();
    await refused(api(t, alice).get('/api/auctions/supervised'), 403, 'PERMISSION_DENIED');
  });

  it('成交公告 names the winner unless the seller chose anonymity, and shows 流拍', async () => {
    const named = await openLot(t, seller, { title: '成交公告：公开买受人' });
    const hidden = await openLot(t, seller, { title: '成交公告：不公开买受人', winnerAnonymous: true });
    const unsold = await openLot(t, seller, { title: '成交公告：流拍', reservePriceFen: '50000000' });
    expect(hidden.winnerAnonymous).toBe(true);
    for (const l of [named, hidden, unsold]) {
      await readyBidder(t, l.id, alice, bureau);
      await bid(t, alice, l.id, '12000000').expect(201);
      await setLotEnd(t, l.id, -1000);
    }
    await t.app.get(AuctionClosing).closeDue();
    // each close settles through its event: the notice is written by the subscriber
    await t.app.get(JobRunner).drainUntilIdle();
    const items: Record<string, unknown>[] = (await api(t).get('/api/sale-notices', { pageSize: 100 }).expect(200)).body
      .items;
    const of = (id: string) => items.find((r) => r.sourceId === id);
    expect(of(named.id)).toMatchObject({
      route: 'auction',
      outcome: 'sold',
      priceFen: '12000000',
      winnerName: alice.org.name,
    });
    expect(of(hidden.id)).toMatchObject({
      outcome: 'sold',
      priceFen: '12000000',
      winnerName: null,
      winnerShown: false,
    });
    expect(of(unsold.id)).toMatchObject({ outcome: 'unsold', priceFen: null, winnerName: null });
    expect(JSON.stringify(of(hidden.id))).not.toContain(alice.org.name);
    // The lots' pages say what their notices say: the named winner with its number, or the number only.
    const publicLot = async (id: string) => (await api(t).get(`/api/auctions/${id}`).expect(200)).body;
    expect((await publicLot(named.id)).winner).toBe(`${alice.org.name}（竞买人 1）`);
    expect((await publicLot(hidden.id)).winner).toBe('竞买人 1');
    expect(JSON.stringify(await publicLot(hidden.id))).not.toContain(alice.org.name);
    // The terms the bidder accepted said so.
    const reg = await api(t, bob).post(
      `/api/auctions/${(await openLot(t, seller, { winnerAnonymous: true })).id}/registrations`,
      {
        acceptTerms: true,
      },
    );
    expect(reg.body.termsText).toContain('不公布买受人名称');
  });
});
