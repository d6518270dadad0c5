import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Perspective } from './ledger-entry.js';
import type { Totals } from './stats-query.repository.js';

/** 协议定价, 挂牌, 拍卖, or not recorded (imported registry data says nothing of the route). */
export type RouteKey = 'agreement' | 'listing' | 'auction' | 'unknown';
export const ROUTE_KEYS: readonly RouteKey[] = ['agreement', 'listing', 'auction', 'unknown'];
export const ROUTE_NAMES: Record<RouteKey, string> = {
  agreement: '协议定价',
  listing: '挂牌交易',
  auction: '拍卖（网络竞价）',
  unknown: '未记录',
};

export interface RouteRow extends Totals {
  route: RouteKey;
  name: string;
}

const LEAF: Record<Perspective, string> = {
  absorption: 'l.buyer_region_code',
  output: 'l.seller_region_code',
  registered: 'l.registry_region_code',
};

/**
 * Certified contracts by pricing route, read from the ledger itself: the rollups carry no route,
 * and the breakdown is one grouped scan of a region subtree's entries in a period (amendments and
 * cancellations count in their own period, as everywhere in the statistics).
 */
@Injectable()
export class RouteBreakdownRepository {
  async routes(
    em: EntityManager,
    s: { perspective: Perspective; regionCode: string | null; from: string; toExclusive: string },
  ): Promise<RouteRow[]> {
    const params: unknown[] = [s.from, s.toExclusive];
    const region =
      s.regionCode === null
        ? ''
        : `AND ${LEAF[s.perspective]} IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(s.regionCode)})`;
    const rows: { route: RouteKey; count: string; contract_fen: string; tech_fen: string }[] = await em.query(
      `SELECT coalesce(l.price_route, 'unknown') AS route, coalesce(sum(l.count_delta), 0)::bigint AS count,
              coalesce(sum(l.contract_amount_fen), 0)::text AS contract_fen, coalesce(sum(l.tech_amount_fen), 0)::text AS tech_fen
         FROM stats_ledger l
        WHERE l.effective_date >= $1::date AND l.effective_date < $2::date ${region}
        GROUP BY 1`,
      params,
    );
    return ROUTE_KEYS.map((route) => {
      const r = rows.find((x) => x.route === route);
      return {
        route,
        name: ROUTE_NAMES[route],
        count: r ? Number(r.count) : 0,
        contractAmountFen: r?.contract_fen ?? '0',
        techAmountFen: r?.tech_fen ?? '0',
      };
    });
  }
}
