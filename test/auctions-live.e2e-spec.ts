import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { AuctionClosing, type LiveBid } from '../libs/auctions/src/index.js';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { bid, createLot, openLot, readyBidder, setLotEnd } from './factories/auction.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api } from './http.js';
import { createPeerApp, createTestApp, type TestApp } from './test-app.js';

type Ack = { ok: true; lastSeq: number; endsAt: string; phase: string } | { ok: false; error: { code: string } };

/** A watcher of the live view: every event it received, in order, as sent. */
class Watcher {
  readonly bids: LiveBid[] = [];
  readonly raw: string[] = [];
  readonly closed: unknown[] = [];
  readonly socket: Socket;

  constructor(app: INestApplication) {
    const port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
    this.socket = io(`http://127.0.0.1:${port}/auctions`, {
      path: '/api/live',
      transports: ['websocket'],
      reconnection: false,
    });
    this.socket.onAny((event: string, ...args: unknown[]) => this.raw.push(JSON.stringify([event, ...args])));
    this.socket.on('bid', (b: LiveBid) => this.bids.push(b));
    this.socket.on('closed', (c: unknown) => this.closed.push(c));
  }

  join(lotId: string, afterSeq?: number): Promise<Ack> {
    return this.socket.timeout(10_000).emitWithAck('join', afterSeq === undefined ? { lotId } : { lotId, afterSeq });
  }

  seqs(): number[] {
    return this.bids.map((b) => b.seq);
  }

  async until(what: string, done: () => boolean): Promise<void> {
    const end = Date.now() + 10_000;
    while (!done()) {
      if (Date.now() > end)
        throw new Error(`watcher: ${what} did not happen within 10 s (got ${this.seqs().join(',')})`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}

const listening = async (app: INestApplication) => {
  await new Promise<void>((resolve) => (app.getHttpServer() as Server).listen(0, '127.0.0.1', resolve));
  return app;
};

/**
 * Issue 19, the live view: watchers of a lot receive every accepted bid over socket.io in
 * order, across api processes (NOTIFY at commit), a reconnecting watcher receives exactly what
 * it missed, and the public room never names a bidder.
 */
describe('auctions: live bids over socket.io (e2e)', () => {
  let t: TestApp;
  let second: INestApplication;
  let seller: TestOrg;
  let bureau: TestOrg;
  let alice: TestOrg;
  let bob: TestOrg;
  const watchers: Watcher[] = [];
  const watch = (app: INestApplication) => {
    const w = new Watcher(app);
    watchers.push(w);
    return w;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await listening(t.app);
    second = await listening((await createPeerApp(t)).app);
    [seller, bureau, alice, bob] = await Promise.all([
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（卖方）' }),
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '相山区甲科技有限公司' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '371302', name: '兰山区乙新材料有限公司' }),
    ]);
  }, 90_000);
  afterAll(async () => {
    for (const w of watchers) w.close();
    await second?.close();
    await t?.close();
  });

  const readyLot = async () => {
    const lot = await openLot(t, seller);
    await readyBidder(t, lot.id, alice, bureau);
    await readyBidder(t, lot.id, bob, bureau);
    return lot;
  };
  const amount = (n: number) => String(10_000_000 + (n - 1) * 500_000);

  it('two bidders watching on two api processes see each other’s bids live, in order', async () => {
    const lot = await readyLot();
    const onFirst = watch(t.app);
    const onSecond = watch(second);
    expect(await onFirst.join(lot.id)).toMatchObject({ ok: true, lastSeq: 0, phase: 'open' });
    expect(await onSecond.join(lot.id)).toMatchObject({ ok: true, lastSeq: 0 });
    // Placed through the first api only: the second hears them from PostgreSQL, not from memory.
    for (let n = 1; n <= 6; n++) await bid(t, n % 2 ? alice : bob, lot.id, amount(n)).expect(201);
    for (const w of [onFirst, onSecond]) {
      await w.until('six bids', () => w.bids.length >= 6);
      expect(w.seqs()).toEqual([1, 2, 3, 4, 5, 6]);
      expect(w.bids.map((b) => b.amountFen)).toEqual([1, 2, 3, 4, 5, 6].map(amount));
      expect(w.bids.map((b) => b.bidder)).toEqual([
        '竞买人 1',
        '竞买人 2',
        '竞买人 1',
        '竞买人 2',
        '竞买人 1',
        '竞买人 2',
      ]);
      expect(w.bids.every((b) => b.endsAt === lot.endsAt && !b.extended)).toBe(true);
    }
    expect(onFirst.bids).toEqual(onSecond.bids);
    // The live entries are the chain's: the same links the public history lists.
    const history = (await api(t).get(`/api/auctions/${lot.id}/bids`).expect(200)).body.items;
    expect(onFirst.bids.map((b) => [b.seq, b.prevHash, b.hash])).toEqual(
      history.map((h: { seq: number; prevHash: string; hash: string }) => [h.seq, h.prevHash, h.hash]),
    );
  });

  it('a watcher that drops out and rejoins with its last seq receives exactly the missed bids, then live ones', async () => {
    const lot = await readyLot();
    const first = watch(second);
    await first.join(lot.id);
    await bid(t, alice, lot.id, amount(1)).expect(201);
    await bid(t, bob, lot.id, amount(2)).expect(201);
    await first.until('two bids', () => first.bids.length >= 2);
    first.close();
    for (let n = 3; n <= 5; n++) await bid(t, n % 2 ? alice : bob, lot.id, amount(n)).expect(201);

    const again = watch(second);
    const last = first.bids[first.bids.length - 1]!.seq;
    // Bids keep coming while it rejoins: none may be lost between the replay and the room.
    const racing = bid(t, bob, lot.id, amount(6)).expect(201);
    expect(await again.join(lot.id, last)).toMatchObject({ ok: true });
    await racing;
    await bid(t, alice, lot.id, amount(7)).expect(201);
    await again.until('bids 3 to 7', () => again.bids.length >= 5);
    await new Promise((r) => setTimeout(r, 200));
    expect(again.seqs()).toEqual([3, 4, 5, 6, 7]);
    expect(again.bids.map((b) => b.amountFen)).toEqual([3, 4, 5, 6, 7].map(amount));
  });

  it('never names a bidder to the public room; tells of an extension and of the close', async () => {
    const lot = await readyLot();
    const w = watch(t.app);
    await w.join(lot.id);
    await bid(t, alice, lot.id, amount(1)).expect(201);
    // The last minute: the bid moves the end 5 minutes past it.
    await setLotEnd(t, lot.id, 60_000);
    await bid(t, bob, lot.id, amount(2)).expect(201);
    await w.until('two bids', () => w.bids.length >= 2);
    const late = w.bids[1]!;
    expect(late.extended).toBe(true);
    expect(Date.parse(late.endsAt!) - Date.parse(late.placedAt)).toBe(5 * 60_000);

    await setLotEnd(t, lot.id, -1000);
    await t.app.get(AuctionClosing).closeDue();
    await t.app.get(JobRunner).drainUntilIdle();
    await w.until('the close', () => w.closed.length === 1);
    expect(w.closed).toEqual([{ lotId: lot.id, status: 'sold' }]);

    const everything = w.raw.join('\n');
    for (const name of [alice.org.name, bob.org.name, '科技有限公司', '新材料']) expect(everything).not.toContain(name);
    expect(everything).not.toContain(alice.org.id);
    expect(everything).not.toContain(bob.org.id);
    expect(w.bids.map((b) => b.bidder)).toEqual(['竞买人 1', '竞买人 2']);
  });

  it('tells the watchers of a lot that its seller withdrew it', async () => {
    const lot = await openLot(t, seller);
    const w = watch(second);
    await w.join(lot.id);
    await api(t, seller)
      .post(`/api/auctions/${lot.id}/withdraw`, { version: lot.version, reason: '专利权属正在变更' })
      .expect(200);
    await w.until('the withdrawal', () => w.closed.length === 1);
    expect(w.closed).toEqual([{ lotId: lot.id, status: 'withdrawn' }]);
  });

  it('refuses bad joins with a code: a malformed or unknown lot, a draft, too many lots, an oversized message', async () => {
    const w = watch(t.app);
    const code = (a: Ack) => (a.ok ? 'ok' : a.error.code);
    expect(code(await w.join('not-a-uuid'))).toBe('LIVE_INVALID_MESSAGE');
    expect(code(await w.join('6f1c2a4e-1d3b-4c5a-9e8f-0a1b2c3d4e5f'))).toBe('AUCTION_NOT_FOUND');
    const draft = await createLot(t, seller);
    expect(code(await w.join(draft.id))).toBe('AUCTION_NOT_FOUND');
    const lots = await Promise.all(Array.from({ length: 11 }, () => openLot(t, seller)));
    expect(code(await w.join(lots[0]!.id, -1))).toBe('LIVE_INVALID_MESSAGE');
    for (const l of lots.slice(0, 10)) expect(code(await w.join(l.id))).toBe('ok');
    expect(code(await w.join(lots[0]!.id))).toBe('LIVE_ALREADY_JOINED');
    expect(code(await w.join(lots[10]!.id))).toBe('LIVE_TOO_MANY_LOTS');

    const big = watch(t.app);
    await new Promise<void>((resolve) => big.socket.on('connect', () => resolve()));
    const gone = new Promise<string>((resolve) => big.socket.on('disconnect', (reason) => resolve(reason)));
    big.socket.emit('join', { lotId: lots[0]!.id, padding: 'x'.repeat(10_000) });
    expect(await gone).toBe('transport close');
  });
});
