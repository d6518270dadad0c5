import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type EntityTarget } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import { Achievement } from './achievement.entity.js';
import { Challenge } from './challenge.entity.js';
import type { ListingRow } from './listing-mapping.js';
import type { ListingKind, ListingStatus } from './listing.types.js';
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

const OWNED = [
  'org_id',
  'created_by',
  'title',
  'description',
  'keywords',
  'tech_field_code',
  'region_code',
  'contact_name',
  'contact_phone',
];
/** The columns a bulk publication's source yields (besides `ord`), per kind; the rest take their defaults. */
export const PUBLISHED_COLUMNS: Record<'need' | 'achievement', readonly string[]> = {
  achievement: [...OWNED, 'registry_number', 'achievement_type', 'trl', 'transfer_modes', 'price_fen', 'negotiable'],
  need: [...OWNED, 'industry', 'budget_min_fen', 'budget_max_fen', 'deadline', 'cooperation_modes'],
};

export interface ListingFactsRow {
  org_id: string;
  region_code: string;
  status: string;
  audience: string;
  applied: boolean;
}

export interface ExpiredListing {
  id: string;
  version: number;
  region_code: string;
  deadline: string;
}

/** A listing's place in the change feed: version and updated_at as UTC text with microseconds. */
export interface ListingStamp {
  kind: ListingKind;
  id: string;
  version: number;
  updated: string;
}

const UTC_MICROS = `to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** China dates [from, toExclusive) as a condition on a timestamp column. */
const inChinaDates = (col: string) =>
  `${col} >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${col} < ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/** Needs, achievements and challenges. Methods take the caller's EntityManager. */
@Injectable()
export class ListingRepository {
  find(db: EntityManager, kind: ListingKind, id: string): Promise<ListingRow | null> {
    return db.getRepository(ENTITY_OF[kind]).findOneBy({ id });
  }

  async get(db: EntityManager, kind: ListingKind, id: string): Promise<ListingRow> {
    const row = await this.find(db, kind, id);
    if (!row) throw new ListingNotFoundError(kind, id);
    return row;
  }

  async insert(db: EntityManager, kind: ListingKind, values: Record<string, unknown>): Promise<string> {
    const result = await db.insert(ENTITY_OF[kind], values as never);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Rows entering the market already published (ListingPublication.publishFrom) as one
   * `INSERT … SELECT` from `source` (its columns: PUBLISHED_COLUMNS of the kind, and `ord`),
   * returning each row's `listing.changed` of a bulk import as `key` and `payload` (what
   * listingEventKey and ListingStore.indexChangedMany build: the same job rows): a statement the
   * event bus runs as a CTE of the events' insert (EventSource). The lifecycle columns are those
   * of a publication through review: stamps from the database clock, the reviewer, version 1.
   */
  publishedInsert(
    kind: 'need' | 'achievement',
    reviewerId: string,
    source: { sql: string; params: unknown[] },
  ): { sql: string; params: unknown[] } {
    const columns = PUBLISHED_COLUMNS[kind].join(', ');
    const r = source.params.length + 1;
    return {
      sql: `INSERT INTO ${TABLE_OF[kind]} (${columns}, status, submitted_at, published_at, reviewed_at, reviewed_by, version)
            SELECT ${columns}, 'published', now(), now(), now(), $${r}::uuid, 1 FROM (${source.sql}) s ORDER BY s.ord
            RETURNING '${kind}:' || id AS key,
                      jsonb_build_object('kind', '${kind}', 'id', id, 'version', version, 'bulk', true) AS payload`,
      params: [...source.params, reviewerId],
    };
  }

  /**
   * `UPDATE … WHERE id = $1 AND version = $2` with the affected-row check (TypeORM's
   * @VersionColumn does not make save() fail on a stale version). Returns the new version.
   */
  async updateVersioned(
    db: EntityManager,
    kind: ListingKind,
    id: string,
    expectedVersion: number,
    patch: Record<string, unknown>,
  ): Promise<number> {
    const result = await db
      .createQueryBuilder()
      .update(ENTITY_OF[kind])
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) {
      const current = await this.find(db, kind, id);
      if (!current) throw new ListingNotFoundError(kind, id);
      throw new ListingVersionConflictError(id, expectedVersion, current.version);
    }
    return expectedVersion + 1;
  }

  /** Deletes a draft read at `expectedVersion`; false when it changed or is no longer a draft. */
  async deleteDraft(db: Queryable, kind: ListingKind, id: string, expectedVersion: number): Promise<boolean> {
    const n = await affectedRows(
      db,
      `DELETE FROM ${TABLE_OF[kind]} WHERE id = $1 AND version = $2 AND status = 'draft'`,
      [id, expectedVersion],
    );
    return n === 1;
  }

  /** An organisation's own listings, most recently changed first. */
  ofOrg(
    db: EntityManager,
    kind: ListingKind,
    orgId: string,
    status: ListingStatus | undefined,
    skip: number,
    take: number,
  ): Promise<[ListingRow[], number]> {
    return db.getRepository(ENTITY_OF[kind]).findAndCount({
      where: { orgId, ...(status ? { status } : {}) } as never,
      order: { updatedAt: 'DESC', id: 'ASC' } as never,
      skip,
      take,
    });
  }

  /** Submitted listings, earliest first, within a region's subtree (reference's region_subtree) or anywhere. */
  async submitted(
    db: EntityManager,
    kind: ListingKind,
    root: string | null,
    limit: number,
    offset: number,
  ): Promise<{ rows: ListingRow[]; total: number }> {
    const params: unknown[] = [limit, offset];
    const scope =
      root === null
        ? ''
        : `AND region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(root)})`;
    const ids: { id: string; total: number }[] = await db.query(
      `SELECT id, count(*) OVER ()::int AS total FROM ${TABLE_OF[kind]} WHERE status = 'submitted' ${scope} ORDER BY submitted_at ASC, id LIMIT $1 OFFSET $2`,
      params,
    );
    const found = ids.length
      ? await db.getRepository(ENTITY_OF[kind]).findBy({ id: In(ids.map((r) => r.id)) } as never)
      : [];
    const byId = new Map(found.map((r) => [r.id, r]));
    return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), total: ids[0]?.total ?? 0 };
  }

  /** The listings among `ids` that are published now. */
  published(db: EntityManager, kind: ListingKind, ids: string[]): Promise<ListingRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.getRepository(ENTITY_OF[kind]).findBy({ id: In(ids), status: 'published' } as never);
  }

  /** Ids of published listings after `after`, in id order (keyset paging). */
  async publishedIdsAfter(db: Queryable, kind: ListingKind, after: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM ${TABLE_OF[kind]} WHERE status = 'published' AND id > $1 ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  changedSince(db: Queryable, kind: ListingKind, since: Date): Promise<{ id: string; version: number }[]> {
    return db.query(`SELECT id, version FROM ${TABLE_OF[kind]} WHERE updated_at >= $1`, [since]);
  }

  async hasApplied(db: Queryable, challengeId: string, orgId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM challenge_application WHERE challenge_id = $1 AND org_id = $2`,
      [challengeId, orgId],
    );
    return rows.length > 0;
  }

  /** Owner, region, status, audience and (with `applicantOrgId`) whether that organisation applied. */
  async facts(
    db: Queryable,
    kind: ListingKind,
    id: string,
    applicantOrgId: string | undefined,
  ): Promise<ListingFactsRow | undefined> {
    const audience = kind === 'need' ? `visibility` : `'public'`;
    const checkApplied = kind === 'challenge' && applicantOrgId !== undefined;
    const applied = checkApplied
      ? `EXISTS (SELECT 1 FROM challenge_application a WHERE a.challenge_id = l.id AND a.org_id = $2)`
      : 'false';
    const [row]: ListingFactsRow[] = await db.query(
      `SELECT l.org_id, l.region_code, l.status, ${audience} AS audience, ${applied} AS applied FROM ${TABLE_OF[kind]} l WHERE l.id = $1`,
      checkApplied ? [id, applicantOrgId] : [id],
    );
    return row;
  }

  /**
   * Closes up to `limit` published listings whose deadline is before `today`, skipping rows
   * another transaction holds (FOR UPDATE SKIP LOCKED); only rows still published change.
   */
  closeExpired(db: Queryable, kind: 'need' | 'challenge', today: string, limit: number): Promise<ExpiredListing[]> {
    const table = TABLE_OF[kind];
    return returningRows<ExpiredListing>(
      db,
      `WITH due AS (
         SELECT id FROM ${table} WHERE status = 'published' AND deadline < $1::date
          ORDER BY deadline, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE ${table} l SET status = 'closed', closed_at = now(), version = l.version + 1, updated_at = now()
         FROM due WHERE l.id = due.id AND l.status = 'published'
       RETURNING l.id, l.version, l.region_code, l.deadline::text AS deadline`,
      [today, limit],
    );
  }

  /**
   * Needs and achievements first published in [from, toExclusive) (China dates) whose owner
   * organisation (identity's org_summary) lies in the subtree of `root` (reference's
   * region_subtree; null: anywhere).
   */
  async firstPublishedCounts(
    db: Queryable,
    root: string | null,
    from: string,
    toExclusive: string,
  ): Promise<{ needs: number; achievements: number }> {
    const params: unknown[] = [from, toExclusive];
    const scope =
      root === null
        ? ''
        : `AND o.region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(root)})`;
    const count = (table: string) =>
      `SELECT count(*)::int FROM ${table} l JOIN org_summary o ON o.id = l.org_id
        WHERE ${inChinaDates('l.first_published_at')} ${scope}`;
    const [row]: { needs: number; achievements: number }[] = await db.query(
      `SELECT (${count('tech_need')}) AS needs, (${count('achievement')}) AS achievements`,
      params,
    );
    return row!;
  }

  /** The listing's version and update time (UTC, microseconds), if it exists. */
  async stamp(db: Queryable, kind: ListingKind, id: string): Promise<ListingStamp | undefined> {
    const [row]: ListingStamp[] = await db.query(
      `SELECT $2::text AS kind, id, version, ${UTC_MICROS} AS updated FROM ${TABLE_OF[kind]} WHERE id = $1`,
      [id, kind],
    );
    return row;
  }

  /**
   * Listings that were ever published, changed after (updatedAt, id) and at least `lagMs` ago,
   * in (updated_at, id) order across `kinds`. Each branch is ordered and limited on its own so
   * that it can walk its (updated_at, id) index.
   */
  changedAfter(
    db: Queryable,
    kinds: readonly ListingKind[],
    after: { updatedAt: string; id: string },
    lagMs: number,
    limit: number,
  ): Promise<ListingStamp[]> {
    const branches = kinds.map(
      (k) => `(SELECT '${k}'::text AS kind, id, version, ${UTC_MICROS} AS updated, updated_at FROM ${TABLE_OF[k]}
                 WHERE published_at IS NOT NULL AND (updated_at, id) > ($1::timestamptz, $2::uuid)
                   AND updated_at <= now() - make_interval(secs => $3::double precision / 1000)
                 ORDER BY updated_at, id LIMIT $4)`,
    );
    return db.query(
      `SELECT kind, id, version, updated FROM (${branches.join(' UNION ALL ')}) u ORDER BY updated_at, id LIMIT $4`,
      [after.updatedAt, after.id, lagMs, limit],
    );
  }

  /** The owner organisation of a listing that is published now, or undefined. */
  async publishedOwner(db: Queryable, kind: ListingKind, id: string): Promise<string | undefined> {
    const [row]: { org_id: string }[] = await db.query(
      `SELECT org_id FROM ${TABLE_OF[kind]} WHERE id = $1 AND status = 'published'`,
      [id],
    );
    return row?.org_id;
  }

  /**
   * Owner organisations of the listings among `ids` that are published and open on `today`
   * (needs and challenges until their deadline, a China date; achievements until withdrawn).
   */
  async openOwners(db: Queryable, kind: ListingKind, ids: string[], today: string): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const deadline = kind !== 'achievement';
    const rows: { id: string; org_id: string }[] = await db.query(
      `SELECT l.id, l.org_id FROM ${TABLE_OF[kind]} l
        WHERE l.id = ANY($1::uuid[]) AND l.status = 'published'${deadline ? ` AND (l.deadline IS NULL OR l.deadline >= $2::date)` : ''}`,
      deadline ? [ids, today] : [ids],
    );
    return new Map(rows.map((r) => [r.id, r.org_id]));
  }

  /**
   * 揭榜挂帅 by month ('YYYY-MM', China time), months [fromMonth, toMonth], of challenges whose
   * owner organisation lies in the subtree of `root`: `published` counts challenges when first
   * published (发榜), `awarded` the awards (立项) when decided.
   */
  challengesByMonth(
    db: Queryable,
    what: 'published' | 'awarded',
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; n: number }[]> {
    const at = what === 'published' ? 'l.first_published_at' : 'a.decided_at';
    const join =
      what === 'awarded' ? `JOIN challenge_application a ON a.challenge_id = l.id AND a.status = 'awarded'` : '';
    return db.query(
      `SELECT to_char(${at} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n
         FROM challenge l ${join} JOIN org_summary o ON o.id = l.org_id
        WHERE ${at} >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ${at} < (($3::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND o.region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $1)
        GROUP BY 1`,
      [root, `${fromMonth}-01`, `${toMonth}-01`],
    );
  }
}
