import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { RoadshowFormat, RoadshowStatus } from './roadshow.rules.js';

/** The columns an organiser writes. */
export interface RoadshowValues {
  title: string;
  description: string;
  format: RoadshowFormat;
  onlineUrl: string | null;
  venue: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
}

/** A roadshow as stored, with its organiser's name. */
export interface RoadshowRow extends RoadshowValues {
  id: string;
  organiserOrgId: string;
  organiserName: string;
  regionCode: string;
  status: RoadshowStatus;
  cancelReason: string | null;
  registeredCount: number;
  version: number;
  publishedAt: Date | null;
  createdAt: Date;
}

export interface ItemRow {
  roadshowId: string;
  kind: 'achievement' | 'auction';
  itemId: string;
  presenterOrgId: string;
  presenterName: string;
  title: string;
}

export interface RegistrationRow {
  roadshowId: string;
  orgId: string;
  orgName: string;
  orgType: string;
  registeredAt: Date;
  attended: boolean | null;
}

/** Counts of roadshows held in a region subtree and period, for the quarterly report. */
export interface RoadshowCounts {
  held: number;
  registrations: number;
  attended: number;
  followUpDeals: number;
}

const COLUMNS = `r.id, r.organiser_org_id AS "organiserOrgId", o.name AS "organiserName", r.region_code AS "regionCode",
  r.title, r.description, r.format, r.online_url AS "onlineUrl", r.venue, r.starts_at AS "startsAt", r.ends_at AS "endsAt",
  r.capacity, r.status, r.cancel_reason AS "cancelReason", r.registered_count AS "registeredCount", r.version,
  r.published_at AS "publishedAt", r.created_at AS "createdAt"`;
const FROM = `roadshow r JOIN org_summary o ON o.id = r.organiser_org_id`;

/** SQL for roadshow and its items, registrations and follow-up deals. */
@Injectable()
export class RoadshowRepository {
  async insert(
    em: EntityManager,
    organiser: { orgId: string; regionCode: string; userId: string },
    v: RoadshowValues,
  ): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO roadshow (organiser_org_id, region_code, created_by, title, description, format, online_url, venue,
         starts_at, ends_at, capacity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [organiser.orgId, organiser.regionCode, organiser.userId, ...this.values(v)],
    );
    return row!.id;
  }

  async update(em: EntityManager, id: string, version: number, v: RoadshowValues): Promise<boolean> {
    const n = await affectedRows(
      em,
      `UPDATE roadshow SET title = $3, description = $4, format = $5, online_url = $6, venue = $7, starts_at = $8,
         ends_at = $9, capacity = $10, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2`,
      [id, version, ...this.values(v)],
    );
    return n === 1;
  }

  /** A change of what the roadshow presents is a new version of it. */
  async touch(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE roadshow SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
  }

  async setStatus(
    em: EntityManager,
    id: string,
    status: RoadshowStatus,
    cancelReason: string | null = null,
  ): Promise<void> {
    await em.query(
      `UPDATE roadshow SET status = $2, cancel_reason = $3, version = version + 1, updated_at = now(),
         published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END
       WHERE id = $1`,
      [id, status, cancelReason],
    );
  }

  /** Locked for the rest of the caller's transaction: edits, registrations and the capacity take turns on it. */
  async lock(em: EntityManager, id: string): Promise<RoadshowRow | undefined> {
    const rows: RoadshowRow[] = await em.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1 FOR NO KEY UPDATE OF r`,
      [id],
    );
    return rows[0];
  }

  async find(db: Queryable, id: string): Promise<RoadshowRow | undefined> {
    const rows: RoadshowRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1`, [id]);
    return rows[0];
  }

  /** What the policy guard needs, without the join. */
  async facts(
    db: Queryable,
    id: string,
  ): Promise<{ organiser_org_id: string; region_code: string; status: RoadshowStatus } | undefined> {
    const rows = await db.query(`SELECT organiser_org_id, region_code, status FROM roadshow WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Listed roadshows (never drafts): upcoming and ongoing first by start, then past ones latest first. */
  async list(
    db: Queryable,
    f: { organiserOrgId?: string; when?: 'upcoming' | 'past'; includeDrafts?: boolean },
    offset: number,
    limit: number,
  ): Promise<[RoadshowRow[], number]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!f.includeDrafts) where.push(`r.status <> 'draft'`);
    if (f.organiserOrgId) where.push(`r.organiser_org_id = $${params.push(f.organiserOrgId)}`);
    if (f.when === 'upcoming') where.push(`r.ends_at > now() AND r.status = 'published'`);
    if (f.when === 'past') where.push(`(r.ends_at <= now() OR r.status = 'cancelled')`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order =
      f.when === 'past'
        ? 'r.starts_at DESC, r.id'
        : `(r.ends_at <= now()), CASE WHEN r.ends_at > now() THEN r.starts_at END, r.starts_at DESC, r.id`;
    const rows: RoadshowRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${cond} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM roadshow r ${cond}`, params);
    return [rows, total];
  }

  async items(db: Queryable, ids: string[]): Promise<ItemRow[]> {
    if (ids.length === 0) return [];
    return db.query(
      `SELECT i.roadshow_id AS "roadshowId", i.item_kind AS kind, i.item_id AS "itemId", i.presenter_org_id AS "presenterOrgId",
              o.name AS "presenterName", i.title
         FROM roadshow_item i JOIN org_summary o ON o.id = i.presenter_org_id
        WHERE i.roadshow_id = ANY($1) ORDER BY i.roadshow_id, i.position`,
      [ids],
    );
  }

  async replaceItems(
    em: EntityManager,
    id: string,
    items: { kind: string; itemId: string; presenterOrgId: string; title: string }[],
  ): Promise<void> {
    await em.query(`DELETE FROM roadshow_item WHERE roadshow_id = $1`, [id]);
    if (items.length === 0) return;
    await em.query(
      `INSERT INTO roadshow_item (roadshow_id, position, item_kind, item_id, presenter_org_id, title)
       SELECT $1, t.ord - 1, t.kind, t.item_id, t.presenter, t.title
         FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::text[]) WITH ORDINALITY AS t(kind, item_id, presenter, title, ord)`,
      [
        id,
        items.map((i) => i.kind),
        items.map((i) => i.itemId),
        items.map((i) => i.presenterOrgId),
        items.map((i) => i.title),
      ],
    );
  }

  /** Registers under the roadshow's lock; false when the organisation already was. */
  async register(em: EntityManager, id: string, orgId: string, userId: string): Promise<boolean> {
    const n = (
      await returningRows(
        em,
        `INSERT INTO roadshow_registration (roadshow_id, org_id, registered_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING org_id`,
        [id, orgId, userId],
      )
    ).length;
    if (n === 1) await em.query(`UPDATE roadshow SET registered_count = registered_count + 1 WHERE id = $1`, [id]);
    return n === 1;
  }

  async unregister(em: EntityManager, id: string, orgId: string): Promise<boolean> {
    const n = await affectedRows(em, `DELETE FROM roadshow_registration WHERE roadshow_id = $1 AND org_id = $2`, [
      id,
      orgId,
    ]);
    if (n === 1) await em.query(`UPDATE roadshow SET registered_count = registered_count - 1 WHERE id = $1`, [id]);
    return n === 1;
  }

  async registrations(db: Queryable, id: string): Promise<RegistrationRow[]> {
    return db.query(
      `SELECT g.roadshow_id AS "roadshowId", g.org_id AS "orgId", o.name AS "orgName", o.type AS "orgType",
              g.registered_at AS "registeredAt", g.attended
         FROM roadshow_registration g JOIN org_summary o ON o.id = g.org_id
        WHERE g.roadshow_id = $1 ORDER BY g.registered_at, g.org_id`,
      [id],
    );
  }

  /** The roadshows among `ids` the organisation registered for. */
  async registeredAmong(db: Queryable, orgId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await db.query(
      `SELECT roadshow_id AS id FROM roadshow_registration WHERE org_id = $1 AND roadshow_id = ANY($2)`,
      [orgId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The organisation's registrations, latest event first. */
  async registeredBy(db: Queryable, orgId: string, offset: number, limit: number): Promise<[RoadshowRow[], number]> {
    const rows: RoadshowRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} JOIN roadshow_registration g ON g.roadshow_id = r.id AND g.org_id = $1
        ORDER BY r.starts_at DESC, r.id LIMIT $2 OFFSET $3`,
      [orgId, limit, offset],
    );
    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM roadshow_registration WHERE org_id = $1`, [
      orgId,
    ]);
    return [rows, total];
  }

  /** Sets attendance of registered organisations; answers those it changed (others were not registered). */
  async recordAttendance(em: EntityManager, id: string, orgIds: string[], attended: boolean): Promise<string[]> {
    const rows = await returningRows<{ org_id: string }>(
      em,
      `UPDATE roadshow_registration SET attended = $3, attendance_recorded_at = now()
        WHERE roadshow_id = $1 AND org_id = ANY($2) RETURNING org_id`,
      [id, orgIds, attended],
    );
    return rows.map((r) => r.org_id);
  }

  /** Records a follow-up deal; false when the deal is already recorded (for this or another roadshow). */
  async recordDeal(em: EntityManager, id: string, dealId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(
      em,
      `INSERT INTO roadshow_deal (deal_id, roadshow_id, recorded_by) VALUES ($1, $2, $3)
       ON CONFLICT (deal_id) DO NOTHING RETURNING deal_id`,
      [dealId, id, userId],
    );
    return rows.length === 1;
  }

  async dealIds(db: Queryable, id: string): Promise<string[]> {
    const rows: { deal_id: string }[] = await db.query(
      `SELECT deal_id FROM roadshow_deal WHERE roadshow_id = $1 ORDER BY recorded_at, deal_id`,
      [id],
    );
    return rows.map((r) => r.deal_id);
  }

  /** Roadshows held (published, started) in a region subtree (null: everywhere) within [from, toExclusive) China dates. */
  async counts(db: Queryable, regionCode: string | null, from: string, toExclusive: string): Promise<RoadshowCounts> {
    const params: unknown[] = [from, toExclusive];
    const scope =
      regionCode === null
        ? ''
        : `AND r.region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(regionCode)})`;
    const [row] = await db.query(
      `WITH held AS (
         SELECT r.id FROM roadshow r
          WHERE r.status = 'published' AND r.starts_at <= now()
            AND (r.starts_at AT TIME ZONE 'Asia/Shanghai')::date >= $1::date
            AND (r.starts_at AT TIME ZONE 'Asia/Shanghai')::date < $2::date ${scope})
       SELECT (SELECT count(*)::int FROM held) AS held,
              (SELECT count(*)::int FROM roadshow_registration g WHERE g.roadshow_id IN (SELECT id FROM held)) AS registrations,
              (SELECT count(*)::int FROM roadshow_registration g WHERE g.roadshow_id IN (SELECT id FROM held) AND g.attended) AS attended,
              (SELECT count(*)::int FROM roadshow_deal d WHERE d.roadshow_id IN (SELECT id FROM held)) AS "followUpDeals"`,
      params,
    );
    return row as RoadshowCounts;
  }

  private values(v: RoadshowValues): unknown[] {
    return [v.title, v.description, v.format, v.onlineUrl, v.venue, v.startsAt, v.endsAt, v.capacity];
  }
}
