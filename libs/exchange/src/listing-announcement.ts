import type { WebhookEvent } from './exchange.types.js';

export type AnnouncedState = 'published' | 'withdrawn';

export interface Announced {
  state: AnnouncedState;
  version: number;
}

export interface CurrentListing {
  /** Published and public: what partners may hold. */
  exposed: boolean;
  version: number;
}

export interface Announcement {
  event: WebhookEvent;
  state: AnnouncedState;
  version: number;
}

/**
 * Which event (if any) the listing's current state calls for, given what partners were last
 * told. Deciding from state rather than from the event makes redelivery announce nothing.
 */
export function nextAnnouncement(current: CurrentListing | null, last: Announced | null): Announcement | null {
  if (current?.exposed) {
    if (!last || last.state === 'withdrawn')
      return { event: 'listing.published', state: 'published', version: current.version };
    if (current.version > last.version)
      return { event: 'listing.changed', state: 'published', version: current.version };
    return null;
  }
  if (last?.state === 'published')
    return { event: 'listing.withdrawn', state: 'withdrawn', version: current?.version ?? last.version };
  return null;
}
