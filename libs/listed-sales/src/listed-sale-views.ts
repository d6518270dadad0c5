import type { IntentRow, ListedSaleRow, VersionRow } from './listed-sale.repository.js';
import { listingRules, type ListedSaleStatus, type ListingMode } from './listed-sale.rules.js';

/** The seller and the supervising bureau (and platform) read intending buyers by name; everyone else their number. */
export type ListingAudience = 'supervisor' | 'seller' | 'public';

export interface ListedSaleVersionView {
  versionNo: number;
  title: string;
  description: string;
  mode: ListingMode;
  priceFen: string;
  depositFen: string;
  terms: string;
  changeNote: string | null;
  createdAt: string;
}

export interface ListedSaleIntentView {
  buyerOrgId: string;
  buyerName: string;
  versionNo: number;
  terms: string;
  declaredAt: string;
}

export interface ListedSaleView {
  id: string;
  sellerOrgId: string;
  sellerName: string;
  sellerRegionCode: string;
  achievementId: string;
  status: ListedSaleStatus;
  title: string;
  description: string;
  mode: ListingMode;
  priceFen: string;
  depositFen: string;
  terms: string;
  /** The version shown; earlier ones stay readable in `versions`. */
  currentVersion: number;
  periodWorkingDays: number;
  startsAt: string;
  endsAt: string;
  /** The server's clock when answering: the countdown runs from it. */
  serverTime: string;
  /** What happens at the end (one buyer, several, none), announced from the first day. */
  rules: string;
  intentCount: number;
  /** The caller organisation's intent, if it declared one. */
  myIntent: ListedSaleIntentView | null;
  /** Every intent, for the seller and the supervising bureau; null for others. */
  intents: ListedSaleIntentView[] | null;
  /** Every version, oldest first (detail only). */
  versions?: ListedSaleVersionView[];
  withdrawReason: string | null;
  buyerName: string | null;
  auctionLotId: string | null;
  relistedFrom: string | null;
  relistedAs: string | null;
  endedAt: string | null;
  version: number;
}

const intentView = (i: IntentRow): ListedSaleIntentView => ({
  buyerOrgId: i.buyerOrgId,
  buyerName: i.buyerName,
  versionNo: i.versionNo,
  terms: i.terms,
  declaredAt: i.declaredAt.toISOString(),
});

export const versionView = (v: VersionRow): ListedSaleVersionView => ({
  ...v,
  createdAt: v.createdAt.toISOString(),
});

export function listedSaleView(
  r: ListedSaleRow,
  o: { audience: ListingAudience; callerOrgId: string | undefined; intents: IntentRow[] | null; now: Date },
): ListedSaleView {
  const mine = o.intents?.find((i) => i.buyerOrgId === o.callerOrgId);
  return {
    id: r.id,
    sellerOrgId: r.sellerOrgId,
    sellerName: r.sellerName,
    sellerRegionCode: r.sellerRegionCode,
    achievementId: r.achievementId,
    status: r.status,
    title: r.title,
    description: r.description,
    mode: r.mode,
    priceFen: r.priceFen,
    depositFen: r.depositFen,
    terms: r.terms,
    currentVersion: r.currentVersion,
    periodWorkingDays: r.periodWorkingDays,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    serverTime: o.now.toISOString(),
    rules: listingRules({ priceFen: BigInt(r.priceFen), depositFen: BigInt(r.depositFen) }),
    intentCount: r.intentCount,
    myIntent: mine ? intentView(mine) : null,
    intents: o.audience !== 'public' && o.intents ? o.intents.map(intentView) : null,
    withdrawReason: r.withdrawReason,
    buyerName: r.buyerName,
    auctionLotId: r.auctionLotId,
    relistedFrom: r.relistedFrom,
    relistedAs: r.relistedAs,
    endedAt: r.endedAt ? r.endedAt.toISOString() : null,
    version: r.version,
  };
}
