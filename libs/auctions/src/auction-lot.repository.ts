import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { LotStatus } from './bid.rules.js';

/** An auction lot as stored; bigint columns arrive as decimal strings. */
export interface LotRow {
  id: string;
  sellerOrgId: string;
  sellerName: string;
  sellerRegionCode: string;
  achievementId: string | null;
  title: string;
  description: string;
  startingPriceFen: string;
  reservePriceFen: string | null;
  reserveShown: boolean;
  winnerAnonymous: boolean;
  incrementFen: string;
  depositFen: string;
  startsAt: Date;
  scheduledEndsAt: Date;
  endsAt: Date;
  antiSnipingMinutes: number;
  status: LotStatus;
  withdrawReason: string | null;
  currentPriceFen: string | null;
  leaderOrgId: string | null;
  bidCount: number;
  bidderCount: number;
  headHash: string | null;
  hammerPriceFen: string | null;
  winnerOrgId: string | null;
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  /** Only these organisations may register (a lot converted from a 挂牌 listing); null: any verified one. */
  eligibleOrgIds: string[] | null;
}

/** The columns a seller writes. */
export interface LotValues {
  achievementId: string | null;
  title: string;
  description: string;
  startingPriceFen: bigint;
  reservePriceFen: bigint | null;
  reserveShown: boolean;
  winnerAnonymous: boolean;
  incrementFen: bigint;
  depositFen: bigint;
  startsAt: Date;
  endsAt: Date;
  antiSnipingMinutes: number;
}

const COLUMNS = `l.id, l.seller_org_id AS "sellerOrgId", o.name AS "sellerName", l.seller_region_code AS "sellerRegionCode",
  l.achievement_id AS "achievementId", l.title, l.description, l.starting_price_fen AS "startingPriceFen",
  l.reserve_price_fen AS "reservePriceFen", l.reserve_shown AS "reserveShown", l.winner_anonymous AS "winnerAnonymous", l.increment_fen AS "incrementFen",
  l.deposit_fen AS "depositFen", l.starts_at AS "startsAt", l.scheduled_ends_at AS "scheduledEndsAt", l.ends_at AS "endsAt",
  l.anti_sniping_minutes AS "antiSnipingMinutes", l.status, l.withdraw_reason AS "withdrawReason",
  l.current_price_fen AS "currentPriceFen", l.leader_org_id AS "leaderOrgId", l.bid_count AS "bidCount",
  l.bidder_count AS "bidderCount", l.head_hash AS "headHash", l.hammer_price_fen AS "hammerPriceFen",
  l.winner_org_id AS "winnerOrgId", l.closed_at AS "closedAt", l.version, l.created_at AS "createdAt",
  l.created_by AS "createdBy", l.eligible_org_ids AS "eligibleOrgIds"`;
const FROM = `auction_lot l JOIN org_summary o ON o.id = l.seller_org_id`;

/** SQL for auction_lot; every call takes the caller's EntityManager (or, outside a transaction, the DataSource's). */
@Injectable()
export class AuctionLotRepository {
  async insert(
    em: EntityManager,
    seller: { orgId: string; regionCode: string; userId: string },
    v: LotValues,
    o: { status?: 'draft' | 'published'; eligibleOrgIds?: string[] } = {},
  ): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO auction_lot (seller_org_id, seller_region_code, created_by, achievement_id, title, description,
         starting_price_fen, reserve_price_fen, reserve_shown, increment_fen, deposit_fen, starts_at, scheduled_ends_at,
         ends_at, anti_sniping_minutes, winner_anonymous, status, eligible_org_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16, $17) RETURNING id`,
      [
        seller.orgId,
        seller.regionCode,
        seller.userId,
        ...this.values(v),
        o.status ?? 'draft',
        o.eligibleOrgIds ?? null,
      ],
    );
    return row!.id;
  }

  /** The lot, locked for the rest of the caller's transaction (bids, edits and the close take turns on it). */
  async lock(em: EntityManager, id: string): Promise<LotRow | undefined> {
    const rows: LotRow[] = await em.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE l.id = $1 FOR NO KEY UPDATE OF l`, [
      id,
    ]);
    return rows[0];
  }

  async find(db: Queryable, id: string): Promise<LotRow | undefined> {
    const rows: LotRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE l.id = $1`, [id]);
    return rows[0];
  }

  /** What the policy guard needs, without the join. */
  async facts(
    db: Queryable,
    id: string,
  ): Promise<{ seller_org_id: string; seller_region_code: string; status: LotStatus } | undefined> {
    const rows = await db.query(`SELECT seller_org_id, seller_region_code, status FROM auction_lot WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  }

  async update(em: EntityManager, id: string, version: number, v: LotValues): Promise<boolean> {
    const n = await affectedRows(
      em,
      `UPDATE auction_lot SET achievement_id = $3, title = $4, description = $5, starting_price_fen = $6,
         reserve_price_fen = $7, reserve_shown = $8, increment_fen = $9, deposit_fen = $10, starts_at = $11,
         scheduled_ends_at = $12, ends_at = CASE WHEN bid_count = 0 THEN $12 ELSE ends_at END,
         anti_sniping_minutes = $13, winner_anonymous = $14, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2`,
      [id, version, ...this.values(v)],
    );
    return n === 1;
  }

  async setStatus(
    em: EntityManager,
    id: string,
    version: number,
    status: LotStatus,
    withdrawReason: string | null = null,
  ): Promise<boolean> {
    const n = await affectedRows(
      em,
      `UPDATE auction_lot SET status = $3, withdraw_reason = $4, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, status, withdrawReason],
    );
    return n === 1;
  }

  /** The lot after an accepted bid: price, leader, the chain's head, the (extended) end. */
  async recordBid(
    em: EntityManager,
    id: string,
    b: { amountFen: bigint; bidderOrgId: string; seq: number; hash: string; endsAt: Date },
  ): Promise<void> {
    await em.query(
      `UPDATE auction_lot SET current_price_fen = $2, leader_org_id = $3, bid_count = $4, head_hash = $5, ends_at = $6,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, String(b.amountFen), b.bidderOrgId, b.seq, b.hash, b.endsAt],
    );
  }

  /** Takes the next bidder number of the lot (under its lock). */
  async nextBidderNo(em: EntityManager, id: string): Promise<number> {
    const [row] = await returningRows<{ n: number }>(
      em,
      `UPDATE auction_lot SET bidder_count = bidder_count + 1 WHERE id = $1 RETURNING bidder_count AS n`,
      [id],
    );
    return row!.n;
  }

  /** Lots past their end still published, locked; rows a bid holds right now are left for the next run. */
  async lockDue(em: EntityManager, limit: number): Promise<LotRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE l.status = 'published' AND l.ends_at <= clock_timestamp()
        ORDER BY l.ends_at LIMIT $1 FOR NO KEY UPDATE OF l SKIP LOCKED`,
      [limit],
    );
  }

  async close(
    em: EntityManager,
    id: string,
    outcome: { status: 'sold' | 'unsold'; hammerPriceFen: string | null; winnerOrgId: string | null },
  ): Promise<void> {
    await em.query(
      `UPDATE auction_lot SET status = $2, hammer_price_fen = $3, winner_org_id = $4, closed_at = now(),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, outcome.status, outcome.hammerPriceFen, outcome.winnerOrgId],
    );
  }

  /** Published, closed and withdrawn lots (never drafts), the newest start first; or one seller's, drafts included. */
  async list(
    db: Queryable,
    f: { sellerOrgId?: string; status?: LotStatus },
    offset: number,
    limit: number,
  ): Promise<[LotRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.sellerOrgId !== undefined) where.push(`l.seller_org_id = $${params.push(f.sellerOrgId)}`);
    else where.push(`l.status <> 'draft'`);
    if (f.status !== undefined) where.push(`l.status = $${params.push(f.status)}`);
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM auction_lot l ${cond}`, params);
    const rows: LotRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${cond} ORDER BY l.starts_at DESC, l.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /** The database's clock now, to the millisecond (bids are stamped and checked with it, under the lot's lock). */
  async clock(em: EntityManager): Promise<Date> {
    const [{ now }]: { now: Date }[] = await em.query(`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`);
    return now;
  }

  private values(v: LotValues): unknown[] {
    return [
      v.achievementId,
      v.title,
      v.description,
      String(v.startingPriceFen),
      v.reservePriceFen === null ? null : String(v.reservePriceFen),
      v.reserveShown,
      String(v.incrementFen),
      String(v.depositFen),
      v.startsAt,
      v.endsAt,
      v.antiSnipingMinutes,
      v.winnerAnonymous,
    ];
  }
}
