import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService, type OutboxEntry } from '../../outbox/src/index.js';
import type { ListingKind } from './listing.types.js';

export const LISTING_CHANGED_TOPIC = 'listing.changed';

/** The outbox rows of listing changes (rows themselves: ListingRepository). */
@Injectable()
export class ListingStore {
  constructor(private readonly outbox: OutboxService) {}

  /** Tells the relay that the listing's index document must follow its new state. */
  async indexChanged(em: EntityManager, kind: ListingKind, id: string, version: number): Promise<void> {
    await this.indexChangedMany(em, kind, [{ id, version }]);
  }

  /**
   * The outbox rows of a change to what is published, for every path (ListingsService, awards,
   * bulk import): the index document, match alerts (libs/matching MatchAlertHandler) and the
   * exchange feed (libs/exchange ListingEventHandler). Alerts wait until the listing is indexed
   * (`after`): of two matching listings, the alert handled second then finds the other in the
   * index, even when both are published in the same relay round. `bulk` (an import of thousands
   * of rows): the alerts, ~40 ms of matching each, run in the background, after the rows of
   * people using the market; the index documents and the exchange feed do not wait.
   */
  async indexChangedMany(
    em: EntityManager,
    kind: ListingKind,
    listings: { id: string; version: number }[],
    options: { bulk?: boolean } = {},
  ): Promise<void> {
    const rows = (topic: string, prefix: string, after: boolean): OutboxEntry[] =>
      listings.map(({ id, version }) => ({
        topic,
        aggregateKey: `${prefix}${kind}:${id}`,
        aggregateVersion: version,
        payload: { kind, id },
        ...(after ? { after: `${kind}:${id}`, background: options.bulk === true } : {}),
      }));
    // Grouped by topic, so that the relay claims a bulk import's index rows together and
    // indexes them in few engine tasks.
    await this.outbox.enqueueMany(em, [
      ...rows(LISTING_CHANGED_TOPIC, '', false),
      ...(kind === 'challenge' ? [] : rows('matching.alerts', 'alerts:', true)),
      ...rows('exchange.listing-event', 'exchange:', false),
    ]);
  }
}
