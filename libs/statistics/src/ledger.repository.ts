import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NATION_SCOPE, type CertifiedSource, type LedgerEntry, type LedgerSource } from './ledger-entry.js';

/**
 * Why these rollups, maintained in the caller's transaction:
 * - A per-request scan of the ledger (a national year is ~1 M rows) is what the issue rules
 *   out; a materialised view refreshed by the worker would lag behind certification, and a
 *   bureau checking its figure right after certifying would see the old one.
 * - The keys hold the LEAF region of each perspective (the region code as registered), not
 *   ancestors: one upsert per perspective per entry, and region codes or the hierarchy can be
 *   corrected without rewriting rollups, because city/province/nation totals are made at
 *   query time through reference's region_subtree (a county has at most 3 ancestors, so the join is cheap).
 * - stats_rollup_month (perspective, region, month): the plain totals — summaries by child
 *   region or month and target progress. Few rows (perspectives × counties × months), so a
 *   province-year reads ~1–2 k rows whatever the number of contracts.
 * - stats_rollup_detail (… + type, subtype, field): only when a query groups or filters by
 *   type/field. Folding it into one table would make every unfiltered query read ~50× more.
 * - stats_flow_month (seller region, buyer region, month): the flow matrix, which no
 *   per-perspective table can answer (it needs both ends of a contract at once).
 * - stats_rollup_city_month (perspective, province, month, city): the same figures with each
 *   leaf folded to its city (the child of its province: a city, a pseudo-city such as 429000,
 *   a municipality's district, or the province itself for a contract filed at province level).
 *   Province and national summaries read ~200 city rows instead of joining ~1.5 k county rows
 *   through the closure.
 * - stats_flow_matrix_month (scope, month, seller key, buyer key): the flow matrix as shown,
 *   per scope — the nation ('000000', province × province) and each province (its cities
 *   inside, other provinces outside). A contract adds one row to the nation, one to its
 *   seller's province and one to its buyer's province when that differs. With 1 M contracts
 *   the leaf-pair table has about as many rows as the ledger (a province-year read ~100 k rows,
 *   384 ms) and a city-pair table still 10.7 k rows in two OR-ed index ranges (12 ms); the
 *   matrix table reads ~4 k rows in one primary-key range (~1 ms).
 *   Unlike the leaf tables these two bake in the hierarchy: after a change of a region's
 *   parent, refill them with the statements of migration 1764500000000 (FILL). City and county
 *   queries keep using the leaf tables, which are already small for one city.
 * - Upserts add EXCLUDED deltas (`x = x + EXCLUDED.x`), grouped and ordered by key so one
 *   statement never touches a row twice and concurrent appends lock rows in the same order.
 */
@Injectable()
export class LedgerRepository {
  /** Inserts validated entries and adds them to every rollup, in the caller's transaction. */
  async append(em: EntityManager, entries: readonly LedgerEntry[]): Promise<void> {
    const col = <K extends keyof LedgerEntry>(k: K) => entries.map((e) => e[k]);
    const params = [
      col('contractId'),
      col('registrationNo'),
      col('entryKind'),
      col('source'),
      col('effectiveDate'),
      col('sellerRegionCode'),
      col('buyerRegionCode'),
      col('registryRegionCode'),
      col('contractTypeCode'),
      col('contractSubtypeCode'),
      col('techFieldCode'),
      col('countDelta'),
      col('contractAmountFen'),
      col('techAmountFen'),
      col('contractName'),
      col('sellerName'),
      col('buyerName'),
      entries.map((e) => e.priceRoute ?? null),
    ];
    const input = `unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[],
                          $9::text[], $10::text[], $11::text[], $12::int[], $13::bigint[], $14::bigint[], $15::text[], $16::text[], $17::text[], $18::text[])
                   AS u(contract_id, registration_no, entry_kind, source, effective_date, seller, buyer, registry,
                        type, subtype, field, count_delta, contract_fen, tech_fen, contract_name, seller_name, buyer_name, price_route)`;
    await em.query(withRollups('', `SELECT * FROM ${input}`), params);
  }

  /**
   * Certified entries of the rows a query yields (CertifiedSource), in one statement with the
   * rollups: a bulk import's batch never passes through JavaScript. Answers how many were appended.
   */
  async appendCertifiedFrom(em: EntityManager, from: CertifiedSource, source: LedgerSource): Promise<number> {
    const p = from.params.length + 1;
    const rows: { n: number }[] = await em.query(
      withRollups(
        `src AS (${from.sql}),`,
        `SELECT contract_id, registration_no, 'certified', $${p}, effective_date, seller_region_code, buyer_region_code,
                registry_region_code, contract_type_code, contract_subtype_code, tech_field_code, 1, contract_amount_fen,
                tech_amount_fen, contract_name, seller_name, buyer_name, NULL FROM src`,
      ),
      [...from.params, source],
    );
    return rows[0]!.n;
  }
}

/**
 * The ledger insert of `entries` (a SELECT of the ledger's columns, after the CTEs in `before`)
 * and every rollup fed from the rows it inserted, as one statement: data-modifying CTEs on
 * different tables share one snapshot and all run. Answers `n`, the entries inserted. Sums are
 * of integer fen (numeric while summed), so grouping before the rollups changes no figure.
 */
function withRollups(before: string, entries: string): string {
  const perspectives = `CROSS JOIN (VALUES ('absorption'), ('output'), ('registered')) AS p(perspective)`;
  const leaf = `CASE p.perspective WHEN 'absorption' THEN e.buyer_region_code WHEN 'output' THEN e.seller_region_code ELSE e.registry_region_code END`;
  const month = `e.month`;
  const sums = `sum(e.count_delta), sum(e.contract_amount_fen), sum(e.tech_amount_fen)`;
  const add = (t: string) =>
    `contract_count = ${t}.contract_count + EXCLUDED.contract_count,
       contract_amount_fen = ${t}.contract_amount_fen + EXCLUDED.contract_amount_fen,
       tech_amount_fen = ${t}.tech_amount_fen + EXCLUDED.tech_amount_fen`;
  return `WITH ${before} inserted AS (
         INSERT INTO stats_ledger (contract_id, registration_no, entry_kind, source, effective_date, seller_region_code,
           buyer_region_code, registry_region_code, contract_type_code, contract_subtype_code, tech_field_code,
           count_delta, contract_amount_fen, tech_amount_fen, contract_name, seller_name, buyer_name, price_route)
         ${entries}
         RETURNING effective_date, seller_region_code, buyer_region_code, registry_region_code, contract_type_code,
                   contract_subtype_code, tech_field_code, count_delta, contract_amount_fen, tech_amount_fen
       ),
       -- The entries summed per month and classification first: a batch of thousands of imported
       -- contracts has a few hundred such groups, and every rollup below reads those.
       e AS (
         SELECT date_trunc('month', effective_date)::date AS month, seller_region_code, buyer_region_code, registry_region_code,
                contract_type_code, contract_subtype_code, tech_field_code, sum(count_delta) AS count_delta,
                sum(contract_amount_fen) AS contract_amount_fen, sum(tech_amount_fen) AS tech_amount_fen
         FROM inserted GROUP BY 1, 2, 3, 4, 5, 6, 7
       ),
       m AS (
         INSERT INTO stats_rollup_month (perspective, region_code, month, contract_count, contract_amount_fen, tech_amount_fen)
         SELECT p.perspective, ${leaf}, ${month}, ${sums} FROM e ${perspectives}
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
         ON CONFLICT (perspective, region_code, month) DO UPDATE SET ${add('stats_rollup_month')}
       ),
       top AS (
         -- Province and city (child of the province) of every leaf region in the batch.
         SELECT g.region_code AS code,
                max(g.root_code) FILTER (WHERE a.parent_code IS NULL) AS province,
                coalesce(max(g.root_code) FILTER (WHERE pa.code IS NOT NULL AND pa.parent_code IS NULL), g.region_code) AS city
         FROM region_subtree g JOIN region a ON a.code = g.root_code LEFT JOIN region pa ON pa.code = a.parent_code
         WHERE g.region_code IN (SELECT seller_region_code FROM e UNION SELECT buyer_region_code FROM e UNION SELECT registry_region_code FROM e)
         GROUP BY g.region_code
       ),
       c AS (
         INSERT INTO stats_rollup_city_month (perspective, province_code, month, city_code, contract_count, contract_amount_fen, tech_amount_fen)
         SELECT p.perspective, t.province, ${month}, t.city, ${sums}
         FROM e ${perspectives} JOIN top t ON t.code = ${leaf}
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
         ON CONFLICT (perspective, province_code, month, city_code) DO UPDATE SET ${add('stats_rollup_city_month')}
       ),
       f AS (
         SELECT ${month} AS month, s.province AS sp, s.city AS sc, b.province AS bp, b.city AS bc,
                e.count_delta AS c, e.contract_amount_fen AS a, e.tech_amount_fen AS t
         FROM e JOIN top s ON s.code = e.seller_region_code JOIN top b ON b.code = e.buyer_region_code
       ),
       fm AS (
         INSERT INTO stats_flow_matrix_month (scope_code, month, seller_key, buyer_key, seller_inside, buyer_inside,
           contract_count, contract_amount_fen, tech_amount_fen)
         SELECT x.scope, f.month, x.sk, x.bk, bool_or(x.si), bool_or(x.bi), sum(f.c), sum(f.a), sum(f.t)
         FROM f CROSS JOIN LATERAL (VALUES ('${NATION_SCOPE}', f.sp, f.bp, true, true),
                                           (f.sp, f.sc, CASE WHEN f.bp = f.sp THEN f.bc ELSE f.bp END, true, f.bp = f.sp),
                                           (CASE WHEN f.bp <> f.sp THEN f.bp END, f.sp, f.bc, false, true)) AS x(scope, sk, bk, si, bi)
         WHERE x.scope IS NOT NULL
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
         ON CONFLICT (scope_code, month, seller_key, buyer_key) DO UPDATE SET ${add('stats_flow_matrix_month')}
       ),
       d AS (
         INSERT INTO stats_rollup_detail (perspective, region_code, month, contract_type_code, contract_subtype_code, tech_field_code,
           contract_count, contract_amount_fen, tech_amount_fen)
         SELECT p.perspective, ${leaf}, ${month}, e.contract_type_code, e.contract_subtype_code, e.tech_field_code, ${sums}
         FROM e ${perspectives}
         GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
         ON CONFLICT (perspective, region_code, month, contract_type_code, contract_subtype_code, tech_field_code)
         DO UPDATE SET ${add('stats_rollup_detail')}
       ),
       fl AS (
         INSERT INTO stats_flow_month (seller_region_code, buyer_region_code, month, contract_count, contract_amount_fen, tech_amount_fen)
         SELECT e.seller_region_code, e.buyer_region_code, ${month}, ${sums} FROM e
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
         ON CONFLICT (seller_region_code, buyer_region_code, month) DO UPDATE SET ${add('stats_flow_month')}
       )
       SELECT count(*)::int AS n FROM inserted`;
}
