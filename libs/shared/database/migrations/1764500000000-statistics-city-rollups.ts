import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics rollups at city level (issue 8 performance goals): stats_rollup_city_month for
 * province and national summaries, stats_flow_city_month for the province and national flow
 * matrices. Maintained by StatisticsLedger.append in the certifying transaction; see
 * libs/statistics/src/statistics-ledger.service.ts for why. Filled here from the ledger; the
 * same statements (FILL) rebuild them after a change of the region hierarchy.
 */
export class StatisticsCityRollups1764500000000 implements MigrationInterface {
  name = 'StatisticsCityRollups1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const sums = `
        contract_count      bigint NOT NULL,
        contract_amount_fen bigint NOT NULL,
        tech_amount_fen     bigint NOT NULL`;
    // city_code: the child of the province containing the leaf region (a city, a pseudo-city
    // such as 429000, a district of a municipality), or the province itself for a contract
    // filed at province level. province_code is implied by city_code; it is stored so that a
    // province's rows are one index range.
    await q.query(`
      CREATE TABLE stats_rollup_city_month (
        perspective   text NOT NULL CHECK (perspective IN ('absorption', 'output', 'registered')),
        province_code varchar(6) NOT NULL,
        month         date NOT NULL,
        city_code     varchar(6) NOT NULL,${sums},
        PRIMARY KEY (perspective, province_code, month, city_code)
      )`);
    await q.query(`
      CREATE TABLE stats_flow_city_month (
        month                date NOT NULL,
        seller_city_code     varchar(6) NOT NULL,
        buyer_city_code      varchar(6) NOT NULL,
        seller_province_code varchar(6) NOT NULL,
        buyer_province_code  varchar(6) NOT NULL,${sums},
        PRIMARY KEY (month, seller_city_code, buyer_city_code)
      )`);
    // A province's matrix is the contracts with either end in it: two index ranges, OR-ed.
    await q.query(`CREATE INDEX stats_flow_city_month_seller_idx ON stats_flow_city_month (seller_province_code, month)`);
    await q.query(`CREATE INDEX stats_flow_city_month_buyer_idx ON stats_flow_city_month (buyer_province_code, month)`);
    for (const sql of FILL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_flow_city_month, stats_rollup_city_month`);
  }
}

/** Refills both city rollups from the ledger (idempotent; run in one transaction). */
const TOP = `
  WITH top AS (
    SELECT g.descendant_code AS code,
           max(g.ancestor_code) FILTER (WHERE a.parent_code IS NULL) AS province,
           coalesce(max(g.ancestor_code) FILTER (WHERE pa.code IS NOT NULL AND pa.parent_code IS NULL), g.descendant_code) AS city
    FROM region_closure g JOIN region a ON a.code = g.ancestor_code LEFT JOIN region pa ON pa.code = a.parent_code
    GROUP BY g.descendant_code
  )`;
const FILL = [
  `DELETE FROM stats_rollup_city_month`,
  `DELETE FROM stats_flow_city_month`,
  `${TOP}
   INSERT INTO stats_rollup_city_month (perspective, province_code, month, city_code, contract_count, contract_amount_fen, tech_amount_fen)
   SELECT p.perspective, t.province, date_trunc('month', l.effective_date)::date, t.city,
          sum(l.count_delta), sum(l.contract_amount_fen), sum(l.tech_amount_fen)
   FROM stats_ledger l
   CROSS JOIN (VALUES ('absorption'), ('output'), ('registered')) AS p(perspective)
   JOIN top t ON t.code = CASE p.perspective WHEN 'absorption' THEN l.buyer_region_code WHEN 'output' THEN l.seller_region_code ELSE l.registry_region_code END
   GROUP BY 1, 2, 3, 4`,
  `${TOP}
   INSERT INTO stats_flow_city_month (month, seller_city_code, buyer_city_code, seller_province_code, buyer_province_code, contract_count, contract_amount_fen, tech_amount_fen)
   SELECT date_trunc('month', l.effective_date)::date, s.city, b.city, min(s.province), min(b.province),
          sum(l.count_delta), sum(l.contract_amount_fen), sum(l.tech_amount_fen)
   FROM stats_ledger l JOIN top s ON s.code = l.seller_region_code JOIN top b ON b.code = l.buyer_region_code
   GROUP BY 1, 2, 3`,
];
