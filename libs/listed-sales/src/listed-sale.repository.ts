import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { ListedSaleStatus, ListingMode, ListingTerms } from './listed-sale.rules.js';

/** What a version of a listing says; bigint columns arrive as decimal strings. */
export interface ListedSaleContent {
  title: string;
  description: string;
  mode: ListingMode;
  priceFen: string;
  depositFen: string;
  terms: string;
}

/** A listed_sale row with its current version's content. */
export interface ListedSaleRow extends ListedSaleContent {
  id: string;
  sellerOrgId: string;
  sellerName: string;
  sellerRegionCode: string;
  achievementId: string;
  createdBy: string;
  relistedFrom: string | null;
  relistedAs: string | null;
  periodWorkingDays: number;
  startsAt: Date;
  endsAt: Date;
  status: ListedSaleStatus;
  currentVersion: number;
  withdrawReason: string | null;
  buyerOrgId: string | null;
  buyerName: string | null;
  auctionLotId: string | null;
  endedAt: Date | null;
  version: number;
  intentCount: number;
}

export interface VersionRow extends ListedSaleContent {
  versionNo: number;
  changeNote: string | null;
  createdAt: Date;
}

export interface IntentRow {
  buyerOrgId: string;
  buyerName: string;
  versionNo: number;
  terms: string;
  declaredBy: string;
  declaredAt: Date;
}

const COLUMNS = `s.id, s.seller_org_id AS "sellerOrgId", o.name AS "sellerName", s.seller_region_code AS "sellerRegionCode",
  s.achievement_id AS "achievementId", s.created_by AS "createdBy", s.relisted_from AS "relistedFrom",
  (SELECT n.id FROM listed_sale n WHERE n.relisted_from = s.id) AS "relistedAs",
  s.period_working_days AS "periodWorkingDays", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status,
  s.current_version AS "currentVersion", s.withdraw_reason AS "withdrawReason", s.buyer_org_id AS "buyerOrgId",
  b.name AS "buyerName", s.auction_lot_id AS "auctionLotId", s.ended_at AS "endedAt", s.version,
  (SELECT count(*)::int FROM listed_sale_intent i WHERE i.listing_id = s.id) AS "intentCount",
  v.title, v.description, v.mode, v.price_fen AS "priceFen", v.deposit_fen AS "depositFen", v.terms`;
const FROM = `listed_sale s JOIN org_summary o ON o.id = s.seller_org_id
  JOIN listed_sale_version v ON v.listing_id = s.id AND v.version_no = s.current_version
  LEFT JOIN org_summary b ON b.id = s.buyer_org_id`;

/** SQL for 挂牌 listings, their versions and intents, and the regions' minimum periods. */
@Injectable()
export class ListedSaleRepository {
  async insert(
    em: EntityManager,
    s: {
      sellerOrgId: string;
      sellerRegionCode: string;
      achievementId: string;
      createdBy: string;
      relistedFrom: string | null;
      periodWorkingDays: number;
      endsAt: Date;
    },
  ): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO listed_sale (seller_org_id, seller_region_code, achievement_id, created_by, relisted_from,
         period_working_days, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7) RETURNING id`,
      [s.sellerOrgId, s.sellerRegionCode, s.achievementId, s.createdBy, s.relistedFrom, s.periodWorkingDays, s.endsAt],
    );
    return row!.id;
  }

  async insertVersion(
    em: EntityManager,
    listingId: string,
    versionNo: number,
    t: ListingTerms,
    changeNote: string | null,
    userId: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO listed_sale_version (listing_id, version_no, title, description, mode, price_fen, deposit_fen, terms,
         change_note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        listingId,
        versionNo,
        t.title,
        t.description,
        t.mode,
        String(t.priceFen),
        String(t.depositFen),
        t.terms,
        changeNote,
        userId,
      ],
    );
  }

  /** Points the listing at its new version (optimistic on the listing's row version). */
  async setCurrentVersion(em: EntityManager, id: string, version: number, versionNo: number): Promise<boolean> {
    const n = await affectedRows(
      em,
      `UPDATE listed_sale SET current_version = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'listed'`,
      [id, version, versionNo],
    );
    return n === 1;
  }

  async find(db: Queryable, id: string, lock = false): Promise<ListedSaleRow | undefined> {
    const rows: ListedSaleRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1${lock ? ' FOR NO KEY UPDATE OF s' : ''}`,
      [id],
    );
    return rows[0];
  }

  async facts(
    db: Queryable,
    id: string,
  ): Promise<{ seller_org_id: string; seller_region_code: string; status: ListedSaleStatus } | undefined> {
    const rows = await db.query(`SELECT seller_org_id, seller_region_code, status FROM listed_sale WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  }

  async versions(db: Queryable, id: string): Promise<VersionRow[]> {
    return db.query(
      `SELECT version_no AS "versionNo", title, description, mode, price_fen AS "priceFen", deposit_fen AS "depositFen",
              terms, change_note AS "changeNote", created_at AS "createdAt"
         FROM listed_sale_version WHERE listing_id = $1 ORDER BY version_no`,
      [id],
    );
  }

  async intents(db: Queryable, id: string): Promise<IntentRow[]> {
    return db.query(
      `SELECT i.buyer_org_id AS "buyerOrgId", o.name AS "buyerName", i.version_no AS "versionNo", i.terms,
              i.declared_by AS "declaredBy", i.declared_at AS "declaredAt"
         FROM listed_sale_intent i JOIN org_summary o ON o.id = i.buyer_org_id
        WHERE i.listing_id = $1 ORDER BY i.declared_at, i.buyer_org_id`,
      [id],
    );
  }

  /** Inserts the intent; false when the organisation already declared one (the primary key). */
  async insertIntent(
    em: EntityManager,
    i: { listingId: string; buyerOrgId: string; versionNo: number; terms: string; userId: string },
  ): Promise<boolean> {
    const rows = await returningRows(
      em,
      `INSERT INTO listed_sale_intent (listing_id, buyer_org_id, version_no, terms, declared_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING buyer_org_id`,
      [i.listingId, i.buyerOrgId, i.versionNo, i.terms, i.userId],
    );
    return rows.length === 1;
  }

  /** The end of a listing: sold to one buyer, converted to an auction, 流标 or withdrawn. */
  async end(
    em: EntityManager,
    id: string,
    e: {
      status: Exclude<ListedSaleStatus, 'listed'>;
      buyerOrgId?: string;
      auctionLotId?: string;
      withdrawReason?: string;
    },
  ): Promise<void> {
    await em.query(
      `UPDATE listed_sale SET status = $2, buyer_org_id = $3, auction_lot_id = $4, withdraw_reason = $5, ended_at = now(),
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, e.status, e.buyerOrgId ?? null, e.auctionLotId ?? null, e.withdrawReason ?? null],
    );
  }

  /** Listings past their period still listed, locked; rows another transaction holds wait for the next run. */
  async lockDue(em: EntityManager, limit: number): Promise<ListedSaleRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.status = 'listed' AND s.ends_at <= now()
        ORDER BY s.ends_at LIMIT $1 FOR NO KEY UPDATE OF s SKIP LOCKED`,
      [limit],
    );
  }

  /** Every listing, the newest first (or one seller's); optionally one status. */
  async list(
    db: Queryable,
    f: { sellerOrgId?: string; status?: ListedSaleStatus },
    offset: number,
    limit: number,
  ): Promise<[ListedSaleRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = ['TRUE'];
    if (f.sellerOrgId !== undefined) where.push(`s.seller_org_id = $${params.push(f.sellerOrgId)}`);
    if (f.status !== undefined) where.push(`s.status = $${params.push(f.status)}`);
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM listed_sale s ${cond}`, params);
    const rows: ListedSaleRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${cond} ORDER BY s.starts_at DESC, s.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /** The minimum period set nearest above (or at) the region (reference's region_subtree), if any. */
  async nearestPeriod(
    db: Queryable,
    regionCode: string,
  ): Promise<{ workingDays: number; regionCode: string } | undefined> {
    const rows: { workingDays: number; regionCode: string }[] = await db.query(
      `SELECT p.working_days AS "workingDays", p.region_code AS "regionCode" FROM listing_period_setting p
         JOIN region_subtree s ON s.root_code = p.region_code
        WHERE s.region_code = $1 ORDER BY s.depth ASC LIMIT 1`,
      [regionCode],
    );
    return rows[0];
  }

  async setPeriod(db: Queryable, regionCode: string, workingDays: number): Promise<void> {
    await db.query(
      `INSERT INTO listing_period_setting (region_code, working_days) VALUES ($1, $2)
       ON CONFLICT (region_code) DO UPDATE SET working_days = EXCLUDED.working_days, updated_at = now()`,
      [regionCode, workingDays],
    );
  }
}
