import type { OperationPolicy } from './policy.js';
import { anyone, bureau, bureauOver, ORG, ORG_WITH_BROKER, platform, regionSetting } from './policy-grants.js';
import { LOT_SELLERS, lotBidder, lotReaders, lotSeller, lotSupervisor, onListedSale, onLot } from './policy-grants.js';
import { onRoadshow, roadshowAttendee, roadshowHost, roadshowOrganiser, roadshowReaders } from './policy-grants.js';

/**
 * Rows of THE policy table (policy.table.ts spreads them in, in this order) for the market's
 * pricing routes besides 协议定价 — 网络竞价, 挂牌交易 and their 成交公告 — and roadshows (路演).
 * Kept in a file of their own only so that neither file passes 400 lines; read the table's
 * header for how a row reads.
 */
export const TRADING_POLICY = {
  // ── auctions (网络竞价): bidding rules (registration, deposit, time, price) are the service's ──
  'auction.list': { grants: [anyone] },
  'auction.mine': { grants: [{ who: ORG }] },
  // 我的竞拍: the caller's organisation's registrations (from its record); 成交公告 for anyone;
  // a bureau's lots are its region subtree's (from its record), the platform's every region's.
  'auction.my-bidding': { grants: [{ who: ORG }] },
  'auction.supervised': { grants: [bureau, platform] },
  'auction.create': { grants: [{ who: ORG, orgTypes: LOT_SELLERS }] },
  'auction.read': onLot(lotReaders),
  'auction.bids': onLot(lotReaders),
  'auction.verify': onLot(lotReaders),
  'auction.update': onLot(lotSeller),
  'auction.publish': onLot(lotSeller),
  'auction.withdraw': onLot(lotSeller),
  'auction.register': onLot(lotBidder),
  'auction.bid': onLot(lotBidder),
  'auction.registrations': onLot([...lotSeller, ...lotSupervisor]),
  'auction.deposit': onLot(lotSupervisor),
  // ── 挂牌交易 and 成交公告: the period, intents' order and the end are the service's ──
  'listed-sale.list': { grants: [anyone] },
  'listed-sale.mine': { grants: [{ who: ORG }] },
  'listed-sale.create': { grants: [{ who: ORG, orgTypes: LOT_SELLERS }] },
  'listed-sale.read': onListedSale([anyone]),
  'listed-sale.revise': onListedSale(lotSeller),
  'listed-sale.withdraw': onListedSale(lotSeller),
  'listed-sale.relist': onListedSale(lotSeller),
  'listed-sale.intent': onListedSale(lotBidder),
  'listed-sale.period': { grants: [anyone] },
  'listed-sale.period.update': regionSetting,
  'sale-notice.list': { grants: [anyone] },
  // ── roadshows (路演): registration time and capacity are the service's ──
  'roadshow.list': { grants: [anyone] },
  'roadshow.mine': { grants: roadshowHost },
  'roadshow.registered': { grants: [{ who: ORG_WITH_BROKER }] },
  'roadshow.create': { grants: roadshowHost },
  'roadshow.read': onRoadshow(roadshowReaders),
  'roadshow.update': onRoadshow(roadshowOrganiser),
  'roadshow.items': onRoadshow(roadshowOrganiser),
  'roadshow.publish': onRoadshow(roadshowOrganiser),
  'roadshow.cancel': onRoadshow(roadshowOrganiser),
  'roadshow.register': onRoadshow(roadshowAttendee),
  'roadshow.unregister': onRoadshow(roadshowAttendee),
  'roadshow.participants': onRoadshow([...roadshowOrganiser, bureauOver('home'), platform]),
  'roadshow.attendance': onRoadshow(roadshowOrganiser),
  'roadshow.deal': onRoadshow(roadshowOrganiser),
} as const satisfies Record<string, OperationPolicy>;
