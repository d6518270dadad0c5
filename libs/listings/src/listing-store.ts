import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget } from 'typeorm';
import { OutboxService, type OutboxEntry } from '../../outbox/src/index.js';
import { Achievement } from './achievement.entity.js';
import { Challenge } from './challenge.entity.js';
import type { ListingRow, OwnerOrg } from './listing-mapping.js';
import type { ListingKind } from './listing.types.js';
import { ListingNotFoundError, ListingVersionConflictError } from './listings.errors.js';
import { TechNeed } from './tech-need.entity.js';

export const LISTING_CHANGED_TOPIC = 'listing.changed';

export const ENTITY_OF: Record<ListingKind, EntityTarget<ListingRow>> = {
  need: TechNeed,
  achievement: Achievement,
  challenge: Challenge,
};
export const TABLE_OF: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};

/** Row access shared by the listing services: loads, optimistic updates, outbox rows. */
@Injectable()
export class ListingStore {
  constructor(private readonly outbox: OutboxService) {}

  async find(em: EntityManager, kind: ListingKind, id: string): Promise<ListingRow | null> {
    return em.getRepository(ENTITY_OF[kind]).findOneBy({ id });
  }

  async get(em: EntityManager, kind: ListingKind, id: string): Promise<ListingRow> {
    const row = await this.find(em, kind, id);
    if (!row) throw new ListingNotFoundError(kind, id);
    return row;
  }

  async owners(em: EntityManager, orgIds: string[]): Promise<Map<string, OwnerOrg>> {
    if (orgIds.length === 0) return new Map();
    const rows: OwnerOrg[] = await em.query(`SELECT id, name, type FROM organization WHERE id = ANY($1::uuid[])`, [
      [...new Set(orgIds)],
    ]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async owner(em: EntityManager, orgId: string): Promise<OwnerOrg> {
    const org = (await this.owners(em, [orgId])).get(orgId);
    if (!org) throw new Error(`organization ${orgId} missing`);
    return org;
  }

  /**
   * `UPDATE … WHERE id = $1 AND version = $2` with the affected-row check (TypeORM's
   * @VersionColumn does not make save() fail on a stale version). Returns the new version.
   */
  async updateVersioned(
    em: EntityManager,
    kind: ListingKind,
    id: string,
    expectedVersion: number,
    patch: Record<string, unknown>,
  ): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(ENTITY_OF[kind])
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) {
      const current = await this.find(em, kind, id);
      if (!current) throw new ListingNotFoundError(kind, id);
      throw new ListingVersionConflictError(id, expectedVersion, current.version);
    }
    return expectedVersion + 1;
  }

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

  /**
   * Whether submissions in `regionCode` need a bureau's review: the nearest bureau above (or
   * at) the region decides; with no bureau at all, review stays on (a bureau higher up or the
   * platform admin reviews).
   */
  async reviewRequired(em: EntityManager, regionCode: string): Promise<boolean> {
    const rows: { review: boolean }[] = await em.query(
      `SELECT bool_or(o.review_listings) AS review
         FROM organization o JOIN region_closure c ON c.ancestor_code = o.region_code
        WHERE c.descendant_code = $1 AND o.type = 'bureau'
        GROUP BY c.depth ORDER BY c.depth ASC LIMIT 1`,
      [regionCode],
    );
    return rows[0]?.review ?? true;
  }

  async regionAncestry(em: EntityManager, codes: string[]): Promise<Map<string, string[]>> {
    if (codes.length === 0) return new Map();
    const rows: { d: string; a: string[] }[] = await em.query(
      `SELECT descendant_code AS d, array_agg(ancestor_code ORDER BY depth) AS a FROM region_closure WHERE descendant_code = ANY($1) GROUP BY descendant_code`,
      [[...new Set(codes)]],
    );
    return new Map(rows.map((r) => [r.d, r.a]));
  }
}
