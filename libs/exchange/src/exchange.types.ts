import type { ListingKind } from '../../listings/src/index.js';

export const API_KEY_SCOPES = ['listings:read', 'listings:push'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const WEBHOOK_EVENTS = ['listing.published', 'listing.changed', 'listing.withdrawn'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The partner calling with a valid key (set on the request by the API key guard). */
export interface ApiKeyPrincipal {
  keyId: string;
  partner: string;
  scopes: ApiKeyScope[];
  /** The organisation the key may push for (push scope only). */
  orgId: string | null;
}

/** A listing as partners see it: public fields only, anonymous needs without the organisation. */
export interface ExchangeListing {
  id: string;
  kind: ListingKind;
  deleted: false;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  orgType: string;
  orgId: string | null;
  orgName: string | null;
  anonymous: boolean;
  priceFen: number | null;
  [field: string]: unknown;
}

/** A listing partners must delete: withdrawn, closed, back under review or no longer public. */
export interface ExchangeTombstone {
  id: string;
  kind: ListingKind;
  deleted: true;
  version: number;
  updatedAt: string;
}

export type ExchangeFeedItem = ExchangeListing | ExchangeTombstone;

export interface ExchangeFeedPage {
  items: ExchangeFeedItem[];
  /** Position after the last item; pass it back to continue (also later, for the next increment). */
  nextCursor: string;
  hasMore: boolean;
}
