import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../shared/database/index.js';
import type { LotStatus } from './bid.rules.js';

/** One registration of an organisation with its lot and its own bids on it. */
export interface MyBiddingRow {
  lotId: string;
  title: string;
  sellerName: string;
  status: LotStatus;
  startsAt: Date;
  endsAt: Date;
  currentPriceFen: string | null;
  incrementFen: string;
  startingPriceFen: string;
  hammerPriceFen: string | null;
  bidderNo: number;
  depositFen: string;
  depositConfirmed: boolean;
  myBidCount: number;
  myHighestFen: string | null;
  leading: boolean;
  won: boolean;
}

export interface SupervisedLotRow {
  lotId: string;
  title: string;
  sellerName: string;
  sellerRegionCode: string;
  status: LotStatus;
  startsAt: Date;
  endsAt: Date;
  depositFen: string;
  bidderCount: number;
  pendingDeposits: number;
}

/** Read-only lists across lots: a bidder's registrations, a bureau's lots. */
@Injectable()
export class AuctionOverviewRepository {
  async myBidding(db: Queryable, orgId: string, offset: number, limit: number): Promise<[MyBiddingRow[], number]> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM auction_registration WHERE bidder_org_id = $1`,
      [orgId],
    );
    const rows: MyBiddingRow[] = await db.query(
      `SELECT l.id AS "lotId", l.title, o.name AS "sellerName", l.status, l.starts_at AS "startsAt", l.ends_at AS "endsAt",
              l.current_price_fen AS "currentPriceFen", l.increment_fen AS "incrementFen",
              l.starting_price_fen AS "startingPriceFen", l.hammer_price_fen AS "hammerPriceFen",
              r.bidder_no AS "bidderNo", l.deposit_fen AS "depositFen",
              r.deposit_confirmed_at IS NOT NULL AS "depositConfirmed",
              (SELECT count(*)::int FROM auction_bid b WHERE b.lot_id = l.id AND b.bidder_org_id = $1) AS "myBidCount",
              (SELECT max(b.amount_fen)::text FROM auction_bid b WHERE b.lot_id = l.id AND b.bidder_org_id = $1) AS "myHighestFen",
              l.leader_org_id IS NOT DISTINCT FROM $1::uuid AS leading,
              l.winner_org_id IS NOT DISTINCT FROM $1::uuid AS won
         FROM auction_registration r
         JOIN auction_lot l ON l.id = r.lot_id
         JOIN org_summary o ON o.id = l.seller_org_id
        WHERE r.bidder_org_id = $1
        ORDER BY l.ends_at DESC, l.id LIMIT $2 OFFSET $3`,
      [orgId, limit, offset],
    );
    return [rows, n];
  }

  /** Published lots of sellers in `rootCode`'s subtree (every region when null), those with unconfirmed deposits first. */
  async supervised(
    db: Queryable,
    rootCode: string | null,
    pendingOnly: boolean,
    offset: number,
    limit: number,
  ): Promise<[SupervisedLotRow[], number]> {
    const params: unknown[] = [];
    const where = [`l.status = 'published'`];
    if (rootCode !== null)
      where.push(
        `l.seller_region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(rootCode)})`,
      );
    const pending = `(SELECT count(*)::int FROM auction_registration r WHERE r.lot_id = l.id AND r.deposit_confirmed_at IS NULL)`;
    if (pendingOnly) where.push(`${pending} > 0`);
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM auction_lot l ${cond}`, params);
    const rows: SupervisedLotRow[] = await db.query(
      `SELECT l.id AS "lotId", l.title, o.name AS "sellerName", l.seller_region_code AS "sellerRegionCode", l.status,
              l.starts_at AS "startsAt", l.ends_at AS "endsAt", l.deposit_fen AS "depositFen",
              l.bidder_count AS "bidderCount", ${pending} AS "pendingDeposits"
         FROM auction_lot l JOIN org_summary o ON o.id = l.seller_org_id ${cond}
        ORDER BY "pendingDeposits" DESC, l.ends_at, l.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }
}
