import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import { AUCTION_LIVE_CHANNEL, type LiveMessage } from './auction-live.rules.js';

/** One link of a lot's bid chain; amount as a decimal string, placedAt at millisecond precision. */
export interface BidRow {
  seq: number;
  bidderOrgId: string;
  bidderName: string;
  bidderNo: number;
  amountFen: string;
  placedAt: Date;
  prevHash: string;
  hash: string;
}

export interface RegistrationRow {
  bidderOrgId: string;
  bidderName: string;
  bidderNo: number;
  registeredAt: Date;
  termsSha256: string;
  depositReference: string | null;
  depositConfirmedAt: Date | null;
  acceptedBy: string;
}

const REGISTRATION = `r.bidder_org_id AS "bidderOrgId", o.name AS "bidderName", r.bidder_no AS "bidderNo",
  r.registered_at AS "registeredAt", r.terms_sha256 AS "termsSha256", r.deposit_reference AS "depositReference",
  r.deposit_confirmed_at AS "depositConfirmedAt", r.accepted_by AS "acceptedBy"`;

/** SQL for auction_registration and auction_bid (the bidders of a lot and their bids). */
@Injectable()
export class AuctionBidRepository {
  async register(
    em: EntityManager,
    r: { lotId: string; bidderOrgId: string; bidderNo: number; termsText: string; termsSha256: string; userId: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO auction_registration (lot_id, bidder_org_id, bidder_no, terms_text, terms_sha256, accepted_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.lotId, r.bidderOrgId, r.bidderNo, r.termsText, r.termsSha256, r.userId],
    );
  }

  async registration(db: Queryable, lotId: string, orgId: string): Promise<RegistrationRow | undefined> {
    const rows: RegistrationRow[] = await db.query(
      `SELECT ${REGISTRATION} FROM auction_registration r JOIN org_summary o ON o.id = r.bidder_org_id
        WHERE r.lot_id = $1 AND r.bidder_org_id = $2`,
      [lotId, orgId],
    );
    return rows[0];
  }

  async registrations(db: Queryable, lotId: string): Promise<RegistrationRow[]> {
    return db.query(
      `SELECT ${REGISTRATION} FROM auction_registration r JOIN org_summary o ON o.id = r.bidder_org_id
        WHERE r.lot_id = $1 ORDER BY r.bidder_no`,
      [lotId],
    );
  }

  /** Records the bureau's confirmation of a deposit; false when there is no such registration or it was confirmed. */
  async confirmDeposit(
    em: EntityManager,
    r: { lotId: string; bidderOrgId: string; reference: string; userId: string },
  ): Promise<boolean> {
    const rows = await returningRows(
      em,
      `UPDATE auction_registration SET deposit_reference = $3, deposit_confirmed_at = now(), deposit_confirmed_by = $4
        WHERE lot_id = $1 AND bidder_org_id = $2 AND deposit_confirmed_at IS NULL RETURNING 1`,
      [r.lotId, r.bidderOrgId, r.reference, r.userId],
    );
    return rows.length === 1;
  }

  async insertBid(
    em: EntityManager,
    b: {
      lotId: string;
      seq: number;
      bidderOrgId: string;
      amountFen: bigint;
      placedAt: Date;
      userId: string;
      prevHash: string;
      hash: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO auction_bid (lot_id, seq, bidder_org_id, amount_fen, placed_at, placed_by, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [b.lotId, b.seq, b.bidderOrgId, String(b.amountFen), b.placedAt, b.userId, b.prevHash, b.hash],
    );
  }

  /** Tells every listening api process (AuctionLiveFeed) when, and only if, the caller's transaction commits. */
  async announce(em: EntityManager, message: LiveMessage): Promise<void> {
    await em.query(`SELECT pg_notify($1, $2)`, [AUCTION_LIVE_CHANNEL, JSON.stringify(message)]);
  }

  /** Bids of a lot after `afterSeq`, in order (the whole chain from 0). */
  async bids(db: Queryable, lotId: string, afterSeq = 0, limit = 100_000): Promise<BidRow[]> {
    return db.query(
      `SELECT b.seq, b.bidder_org_id AS "bidderOrgId", o.name AS "bidderName", r.bidder_no AS "bidderNo",
              b.amount_fen AS "amountFen", b.placed_at AS "placedAt", b.prev_hash AS "prevHash", b.hash
         FROM auction_bid b
         JOIN org_summary o ON o.id = b.bidder_org_id
         LEFT JOIN auction_registration r ON r.lot_id = b.lot_id AND r.bidder_org_id = b.bidder_org_id
        WHERE b.lot_id = $1 AND b.seq > $2 ORDER BY b.seq LIMIT $3`,
      [lotId, afterSeq, limit],
    );
  }

  /** Numbers and names of the leaders and winners of `lotIds` (what a lot's view names). */
  async leaders(
    db: Queryable,
    lotIds: string[],
  ): Promise<{ lotId: string; orgId: string; no: number; name: string }[]> {
    if (lotIds.length === 0) return [];
    return db.query(
      `SELECT r.lot_id AS "lotId", r.bidder_org_id AS "orgId", r.bidder_no AS no, o.name
         FROM auction_registration r
         JOIN auction_lot l ON l.id = r.lot_id AND r.bidder_org_id IN (l.leader_org_id, l.winner_org_id)
         JOIN org_summary o ON o.id = r.bidder_org_id
        WHERE r.lot_id = ANY($1::uuid[])`,
      [lotIds],
    );
  }
}
