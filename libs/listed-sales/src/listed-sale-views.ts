import type { IntentRow, ListedSaleRow, VersionRow } from './listed-sale.repository.js';
import type { JsonView } from '../../shared/http/index.js';
import { listingRules } from './listed-sale.rules.js';

/** The seller and the supervising bureau (and platform) read intending buyers by name; everyone else their number. */
export type ListingAudience = 'supervisor' | 'seller' | 'public';

export type ListedSaleVersionView = JsonView<VersionRow>;

export type ListedSaleIntentView = JsonView<Omit<IntentRow, 'declaredBy'>>;

/** The row as shown (without who created it and the buyer's id), the version shown being `currentVersion`. */
export type ListedSaleView = JsonView<Omit<ListedSaleRow, 'createdBy' | 'buyerOrgId'>> & {
  /** The server's clock when answering: the countdown runs from it. */
  serverTime: string;
  /** What happens at the end (one buyer, several, none), announced from the first day. */
  rules: string;
  /** The caller organisation's intent, if it declared one. */
  myIntent: ListedSaleIntentView | null;
  /** Every intent, for the seller and the supervising bureau; null for others. */
  intents: ListedSaleIntentView[] | null;
  /** Every version, oldest first (detail only). */
  versions?: ListedSaleVersionView[];
};

const intentView = ({ declaredBy: _by, ...i }: IntentRow): ListedSaleIntentView => ({
  ...i,
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
  const { createdBy: _by, buyerOrgId: _buyer, ...shown } = r;
  return {
    ...shown,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    endedAt: r.endedAt ? r.endedAt.toISOString() : null,
    serverTime: o.now.toISOString(),
    rules: listingRules({ priceFen: BigInt(r.priceFen), depositFen: BigInt(r.depositFen) }),
    myIntent: mine ? intentView(mine) : null,
    intents: o.audience !== 'public' && o.intents ? o.intents.map(intentView) : null,
  };
}
