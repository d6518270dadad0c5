import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget } from 'typeorm';
import { EventBus } from '../../shared/jobs/index.js';
import { Achievement } from './achievement.entity.js';
import { Challenge } from './challenge.entity.js';
import type { ListingRow, OwnerOrg } from './listing-mapping.js';
import { LISTING_CHANGED, listingEventKey, type ListingChangedEvent } from './listing.events.js';
import type { ListingKind } from './listing.types.js';
import { ListingNotFoundError, ListingVersionConflictError } from './listings.errors.js';
import { TechNeed } from './tech-need.entity.js';

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

/** Row access shared by the listing services: loads, optimistic updates, the `listing.changed` event. */
@Injectable()
export class ListingStore {
  constructor(private readonly events: EventBus) {}

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

  /** Publishes `listing.changed` for one listing (what is published about it may have changed). */
  async indexChanged(em: EntityManager, kind: ListingKind, id: string, version: number): Promise<void> {
    await this.indexChangedMany(em, kind, [{ id, version }]);
  }

  /**
   * Publishes `listing.changed` in the caller's transaction, for every path that changes what is
   * published (ListingsService, awards, deadlines, bulk import). The listings lib names no
   * consumer here: its own search indexer, the exchange feed and whoever else subscribes hear
   * it. `bulk` (an import of thousands of rows) tells subscribers they may take it as
   * background work (match alerts: ~40 ms each, run after the work of people using the market).
   */
  async indexChangedMany(
    em: EntityManager,
    kind: ListingKind,
    listings: { id: string; version: number }[],
    options: { bulk?: boolean } = {},
  ): Promise<void> {
    await this.events.publish(
      em,
      LISTING_CHANGED,
      listings.map(({ id, version }) => {
        const payload: ListingChangedEvent = { kind, id, version, ...(options.bulk ? { bulk: true } : {}) };
        return { key: listingEventKey(kind, id), payload: { ...payload } };
      }),
    );
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
