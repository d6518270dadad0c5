import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';

export type SaleRoute = 'listing' | 'auction';

/** A 成交公告 to publish: the sale, its outcome and, when sold, its price and winner. */
export interface NoticeInput {
  route: SaleRoute;
  sourceId: string;
  outcome: 'sold' | 'unsold';
  title: string;
  sellerOrgId: string;
  sellerRegionCode: string;
  priceFen: string | null;
  winnerOrgId: string | null;
  winnerShown: boolean;
}

export interface SaleNoticeRow {
  id: string;
  route: SaleRoute;
  sourceId: string;
  outcome: 'sold' | 'unsold';
  title: string;
  sellerName: string;
  sellerRegionCode: string;
  priceFen: string | null;
  winnerName: string | null;
  winnerShown: boolean;
  publishedAt: Date;
  endsAt: Date;
}

/** SQL for sale_settlement (what each sale made, once) and sale_notice (成交公告). */
@Injectable()
export class SaleSettlementRepository {
  /**
   * Claims the settlement of a sale: true once per sale. A second claim (a replayed event, a
   * restarted worker) waits for the first transaction on the primary key and then finds it.
   */
  async claim(em: EntityManager, route: SaleRoute, sourceId: string): Promise<boolean> {
    const rows = await returningRows(
      em,
      `INSERT INTO sale_settlement (route, source_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING source_id`,
      [route, sourceId],
    );
    return rows.length === 1;
  }

  async record(
    em: EntityManager,
    route: SaleRoute,
    sourceId: string,
    dealId: string,
    contractId: string,
  ): Promise<void> {
    await em.query(`UPDATE sale_settlement SET deal_id = $3, contract_id = $4 WHERE route = $1 AND source_id = $2`, [
      route,
      sourceId,
      dealId,
      contractId,
    ]);
  }

  async find(
    db: Queryable,
    route: SaleRoute,
    sourceId: string,
  ): Promise<{ dealId: string | null; contractId: string | null } | undefined> {
    const rows: { dealId: string | null; contractId: string | null }[] = await db.query(
      `SELECT deal_id AS "dealId", contract_id AS "contractId" FROM sale_settlement WHERE route = $1 AND source_id = $2`,
      [route, sourceId],
    );
    return rows[0];
  }

  async insertNotice(em: EntityManager, n: NoticeInput & { days: number }): Promise<void> {
    await em.query(
      `INSERT INTO sale_notice (route, source_id, outcome, title, seller_org_id, seller_region_code, price_fen, winner_org_id,
         winner_shown, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + $10 * interval '1 day') ON CONFLICT (route, source_id) DO NOTHING`,
      [
        n.route,
        n.sourceId,
        n.outcome,
        n.title,
        n.sellerOrgId,
        n.sellerRegionCode,
        n.priceFen,
        n.winnerOrgId,
        n.winnerShown,
        n.days,
      ],
    );
  }

  /** Notices still within their period, the newest first. */
  async currentNotices(db: Queryable, offset: number, limit: number): Promise<[SaleNoticeRow[], number]> {
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM sale_notice WHERE ends_at > now()`);
    const rows: SaleNoticeRow[] = await db.query(
      `SELECT s.id, s.route, s.source_id AS "sourceId", s.outcome, s.title, o.name AS "sellerName",
              s.seller_region_code AS "sellerRegionCode", s.price_fen AS "priceFen",
              CASE WHEN s.winner_shown THEN w.name END AS "winnerName", s.winner_shown AS "winnerShown",
              s.published_at AS "publishedAt", s.ends_at AS "endsAt"
         FROM sale_notice s JOIN org_summary o ON o.id = s.seller_org_id LEFT JOIN org_summary w ON w.id = s.winner_org_id
        WHERE s.ends_at > now() ORDER BY s.published_at DESC, s.id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return [rows, n];
  }
}
