import { LISTING_KINDS, type ListingKind } from './listing.types.js';

/**
 * The events the listings lib publishes (EventBus, libs/shared/jobs). Keyed `<kind>:<id>`, so a
 * subscriber gets one listing's events in order, one at a time. Subscribers read the listing's
 * current state rather than trusting the payload's snapshot: a redelivered or late event then
 * does no harm.
 */

/**
 * A change to what is published: published (submit without review, approval, bulk import),
 * edited while published, withdrawn, closed (by its owner or its deadline), a challenge's
 * award. Payload: {@link ListingChangedEvent}.
 */
export const LISTING_CHANGED = 'listing.changed';

export interface ListingChangedEvent {
  kind: ListingKind;
  id: string;
  /** The listing's version after the change. */
  version: number;
  /** Part of a bulk import: subscribers may treat it as background work. */
  bulk?: boolean;
}

/**
 * The listing's search document now follows the state that `listing.changed` announced
 * (upserted when published, removed otherwise): search can find it. Payload:
 * {@link ListingIndexedEvent}. Published in the background for a bulk import's listings.
 */
export const LISTING_INDEXED = 'listing.indexed';

export interface ListingIndexedEvent {
  kind: ListingKind;
  id: string;
}

/**
 * A bureau (or the platform admin) decided on a submitted listing: approved (published; a
 * `listing.changed` follows in the same transaction) or rejected (back with its owner, with the
 * reason on the listing). Payload: {@link ListingReviewedEvent}.
 */
export const LISTING_REVIEWED = 'listing.reviewed';

export interface ListingReviewedEvent {
  kind: ListingKind;
  id: string;
  /** The listing's version after the decision. */
  version: number;
  status: 'published' | 'rejected';
}

/**
 * 揭榜挂帅: an organisation applied to a published challenge (`challenge.applied`), or the
 * challenge's owner awarded one application, every other one not awarded (`challenge.awarded`).
 * Keyed `challenge:<id>`. Payload: {@link ChallengeApplicationEvent}.
 */
export const CHALLENGE_APPLIED = 'challenge.applied';
export const CHALLENGE_AWARDED = 'challenge.awarded';

export interface ChallengeApplicationEvent {
  challengeId: string;
  /** The new application, or the awarded one. */
  applicationId: string;
}

export const listingEventKey = (kind: ListingKind, id: string): string => `${kind}:${id}`;

/** The listing a `listing.*` payload names, or null when it names none (a malformed row). */
export function listingOfEvent(payload: Record<string, unknown>): { kind: ListingKind; id: string } | null {
  const { kind, id } = payload;
  return LISTING_KINDS.includes(kind as ListingKind) && typeof id === 'string'
    ? { kind: kind as ListingKind, id }
    : null;
}
