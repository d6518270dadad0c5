import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContractExportNames } from './contract-export.js';
import { NATION_SCOPE, type Perspective } from './ledger-entry.js';
import { Params } from './sql-params.js';

export type GroupBy = 'child-region' | 'type' | 'field' | 'month';
export const GROUP_BYS: readonly GroupBy[] = ['child-region', 'type', 'field', 'month'];

export interface StatsFilter {
  contractTypeCode?: string;
  contractSubtypeCode?: string;
  techFieldCode?: string;
}

/** Sums of one group; amounts are integer fen as decimal strings (exact, never floats). */
export interface Totals {
  count: number;
  contractAmountFen: string;
  techAmountFen: string;
}

export interface GroupRow extends Totals {
  key: string;
  name: string;
}

export interface RegionTotalsRow extends Totals {
  code: string;
  name: string;
  parentCode: string | null;
  level: string;
}

export interface FlowCell extends Totals {
  seller: string;
  buyer: string;
}

export interface FlowAxisEntry {
  code: string;
  name: string;
  /** true for the region itself or one of its children; false for a province outside it. */
  inside: boolean;
}

export interface Scope {
  perspective: Perspective;
  /** null: the whole country. */
  regionCode: string | null;
  fromMonth: string;
  toMonth: string;
  filter?: StatsFilter;
}

export const ZERO: Totals = { count: 0, contractAmountFen: '0', techAmountFen: '0' };

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    count: a.count + b.count,
    contractAmountFen: (BigInt(a.contractAmountFen) + BigInt(b.contractAmountFen)).toString(),
    techAmountFen: (BigInt(a.techAmountFen) + BigInt(b.techAmountFen)).toString(),
  };
}

const SUMS = `coalesce(sum(r.contract_count), 0)::bigint AS count,
  coalesce(sum(r.contract_amount_fen), 0)::text AS contract_fen,
  coalesce(sum(r.tech_amount_fen), 0)::text AS tech_fen`;

interface RawSums {
  count: string;
  contract_fen: string;
  tech_fen: string;
}

type FlowRaw = RawSums & { seller: string; buyer: string; seller_inside: boolean; buyer_inside: boolean };

const totals = (r: RawSums): Totals => ({
  count: Number(r.count),
  contractAmountFen: r.contract_fen,
  techAmountFen: r.tech_fen,
});

/**
 * Every statistics query, all reading the rollups (never the ledger, except the contract
 * export, which streams ledger rows by keyset). Methods take the EntityManager so a test can
 * run them inside a transaction it rolls back.
 */
@Injectable()
export class StatsQueryRepository {
  /** Whether a region is a province (no parent): its figures come from the city rollups. */
  private async isProvince(em: EntityManager, code: string | null): Promise<boolean> {
    if (code === null) return false;
    const known = this.provinceCache.get(code);
    if (known !== undefined) return known;
    const [row] = (await em.query(`SELECT parent_code IS NULL AS top FROM region WHERE code = $1`, [code])) as {
      top: boolean;
    }[];
    if (row) this.provinceCache.set(code, row.top);
    return row?.top === true;
  }

  /**
   * Region code → is a province. The hierarchy is reference data that does not change while
   * the process runs (a change needs the city rollups refilled anyway), so one lookup per
   * region saves a round trip on every province and national query.
   */
  private readonly provinceCache = new Map<string, boolean>();

  /**
   * Region code → name, for the axes of flow matrices (the same reference data argument: a
   * province-year matrix spared two joins over the region table and a round trip, ~2 ms).
   */
  private readonly regionNames = new Map<string, string>();

  /** Whether a scope is answered by stats_rollup_city_month: the nation or a province, no type/field. */
  private async useCityRollup(em: EntityManager, s: Scope, needDetail: boolean): Promise<boolean> {
    const f = s.filter ?? {};
    if (
      needDetail ||
      f.contractTypeCode !== undefined ||
      f.contractSubtypeCode !== undefined ||
      f.techFieldCode !== undefined
    )
      return false;
    return s.regionCode === null || (await this.isProvince(em, s.regionCode));
  }

  /**
   * The rollup rows of a scope, as a FROM clause `r` plus WHERE conditions. With `city`, the
   * city rollup (nation or province scope; `r.city_code`, `r.province_code`).
   */
  private source(s: Scope, p: Params, needDetail: boolean, city = false): { from: string; where: string[] } {
    const f = s.filter ?? {};
    const detail =
      needDetail ||
      f.contractTypeCode !== undefined ||
      f.contractSubtypeCode !== undefined ||
      f.techFieldCode !== undefined;
    const where = [
      `r.perspective = ${p.add(s.perspective)}`,
      `r.month BETWEEN ${p.add(s.fromMonth)}::date AND ${p.add(s.toMonth)}::date`,
    ];
    if (city) {
      if (s.regionCode !== null) where.push(`r.province_code = ${p.add(s.regionCode)}`);
      return { from: 'stats_rollup_city_month r', where };
    }
    if (s.regionCode !== null) {
      where.push(`r.region_code IN (SELECT region_code FROM region_subtree WHERE root_code = ${p.add(s.regionCode)})`);
    }
    if (f.contractTypeCode !== undefined) where.push(`r.contract_type_code = ${p.add(f.contractTypeCode)}`);
    if (f.contractSubtypeCode !== undefined) where.push(`r.contract_subtype_code = ${p.add(f.contractSubtypeCode)}`);
    if (f.techFieldCode !== undefined) where.push(`r.tech_field_code = ${p.add(f.techFieldCode)}`);
    return { from: detail ? 'stats_rollup_detail r' : 'stats_rollup_month r', where };
  }

  async total(em: EntityManager, s: Scope): Promise<Totals> {
    const p = new Params();
    const src = this.source(s, p, false, await this.useCityRollup(em, s, false));
    const [row] = (await em.query(
      `SELECT ${SUMS} FROM ${src.from} WHERE ${src.where.join(' AND ')}`,
      p.values,
    )) as RawSums[];
    return totals(row!);
  }

  /**
   * Groups of a scope. child-region lists every child of the region (zeros included, so a
   * report shows every county) plus the region itself when contracts sit at its own level.
   */
  async groups(em: EntityManager, s: Scope, groupBy: GroupBy): Promise<GroupRow[]> {
    const p = new Params();
    const detail = groupBy === 'type' || groupBy === 'field';
    const city = await this.useCityRollup(em, s, detail);
    const src = this.source(s, p, detail, city);
    const where = src.where.join(' AND ');
    let sql: string;
    // Every child region (with 0 where nothing was counted), and the region itself (本级) when
    // contracts were filed at its own level; `agg` holds the sums by key.
    const childRows = (parentIs: string, self: string) => `
        keys AS (
          SELECT code AS key, name, 1 AS ord FROM region WHERE parent_code ${parentIs}
          UNION ALL SELECT a.key, reg.name || '（本级）', 0 FROM agg a JOIN region reg ON reg.code = a.key
            WHERE a.key = ${self}
        )
        SELECT k.key, k.name, coalesce(a.count, 0) AS count, coalesce(a.contract_fen, '0') AS contract_fen, coalesce(a.tech_fen, '0') AS tech_fen
        FROM keys k LEFT JOIN agg a ON a.key = k.key
        ORDER BY k.ord, k.key`;
    if (groupBy === 'child-region' && city) {
      // City rollup: the key is already the child of the region (province → city; nation →
      // province), or the province itself for contracts filed at province level.
      const parentIs = s.regionCode === null ? 'IS NULL' : `= ${p.add(s.regionCode)}`;
      const self = s.regionCode === null ? 'NULL' : p.add(s.regionCode);
      sql = `
        WITH agg AS (
          SELECT ${s.regionCode === null ? 'r.province_code' : 'r.city_code'} AS key, ${SUMS}
          FROM ${src.from} WHERE ${where} GROUP BY 1
        ),
        ${childRows(parentIs, self)}`;
    } else if (groupBy === 'child-region') {
      const parentIs = s.regionCode === null ? 'IS NULL' : `= ${p.add(s.regionCode)}`;
      const self = s.regionCode === null ? 'NULL' : p.add(s.regionCode);
      sql = `
        WITH agg AS (
          SELECT coalesce(g.root_code, ${self}) AS key, ${SUMS}
          FROM ${src.from}
          LEFT JOIN (region_subtree g JOIN region gr ON gr.code = g.root_code AND gr.parent_code ${parentIs})
            ON g.region_code = r.region_code
          WHERE ${where}
          GROUP BY 1
        ),
        ${childRows(parentIs, self)}`;
    } else if (groupBy === 'month') {
      sql = `SELECT to_char(r.month, 'YYYY-MM') AS key, to_char(r.month, 'YYYY"年"FMMM"月"') AS name, ${SUMS}
             FROM ${src.from} WHERE ${where} GROUP BY r.month ORDER BY r.month`;
    } else {
      const [col, table] =
        groupBy === 'type' ? ['contract_type_code', 'contract_type'] : ['tech_field_code', 'tech_field'];
      sql = `SELECT a.key, coalesce(t.name, a.key) AS name, a.count, a.contract_fen, a.tech_fen
             FROM (SELECT r.${col} AS key, ${SUMS} FROM ${src.from} WHERE ${where} GROUP BY r.${col}) a
             LEFT JOIN ${table} t ON t.code = a.key
             ORDER BY t.sort_order NULLS LAST, a.key`;
    }
    const rows = (await em.query(sql, p.values)) as (RawSums & { key: string; name: string })[];
    return rows.map((r) => ({ key: r.key, name: r.name, ...totals(r) }));
  }

  /** Totals of the region and of every region below it (for the indented export). */
  async regionTree(em: EntityManager, s: Scope): Promise<RegionTotalsRow[]> {
    const p = new Params();
    const src = this.source(s, p, false);
    const subtree =
      s.regionCode === null
        ? `SELECT code FROM region`
        : `SELECT region_code FROM region_subtree WHERE root_code = ${p.add(s.regionCode)}`;
    const rows = (await em.query(
      `WITH agg AS (
         SELECT c.root_code AS code, ${SUMS}
         FROM ${src.from} JOIN region_subtree c ON c.region_code = r.region_code
         WHERE ${src.where.join(' AND ')} AND c.root_code IN (${subtree})
         GROUP BY c.root_code
       )
       SELECT reg.code, reg.name, reg.parent_code, reg.level,
              coalesce(a.count, 0) AS count, coalesce(a.contract_fen, '0') AS contract_fen, coalesce(a.tech_fen, '0') AS tech_fen
       FROM region reg LEFT JOIN agg a ON a.code = reg.code
       WHERE reg.code IN (${subtree})
       ORDER BY reg.code`,
      p.values,
    )) as (RawSums & { code: string; name: string; parent_code: string | null; level: string })[];
    return rows.map((r) => ({ code: r.code, name: r.name, parentCode: r.parent_code, level: r.level, ...totals(r) }));
  }

  /**
   * Seller × buyer for contracts touching the region: each end is grouped to the child of the
   * region containing it (or the region itself), or, outside the region, to its province.
   */
  async flows(
    em: EntityManager,
    regionCode: string | null,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ axis: FlowAxisEntry[]; cells: FlowCell[] }> {
    if (regionCode === null || (await this.isProvince(em, regionCode)))
      return this.flowsByCity(em, regionCode, fromMonth, toMonth);
    const p = new Params();
    const period = `r.month BETWEEN ${p.add(fromMonth)}::date AND ${p.add(toMonth)}::date`;
    let keymap: string;
    let touching = '';
    if (regionCode === null) {
      keymap = `SELECT g.region_code AS code, g.root_code AS key, true AS inside
                FROM region_subtree g JOIN region pr ON pr.code = g.root_code AND pr.parent_code IS NULL`;
    } else {
      const rc = p.add(regionCode);
      const sub = `SELECT region_code FROM region_subtree WHERE root_code = ${rc}`;
      keymap = `SELECT g.region_code AS code, g.root_code AS key, true AS inside
                  FROM region_subtree g JOIN region gr ON gr.code = g.root_code AND gr.parent_code = ${rc}
                UNION ALL SELECT ${rc}::varchar, ${rc}::varchar, true
                UNION ALL SELECT g.region_code, g.root_code, false
                  FROM region_subtree g JOIN region pr ON pr.code = g.root_code AND pr.parent_code IS NULL
                  WHERE g.region_code NOT IN (${sub})`;
      touching = `AND (r.seller_region_code IN (${sub}) OR r.buyer_region_code IN (${sub}))`;
    }
    const rows = (await em.query(
      `WITH keymap AS (${keymap}),
       pairs AS (
         SELECT r.seller_region_code AS s, r.buyer_region_code AS b, ${SUMS}
         FROM stats_flow_month r WHERE ${period} ${touching}
         GROUP BY 1, 2
       )
       SELECT ks.key AS seller, kb.key AS buyer, ks.inside AS seller_inside, kb.inside AS buyer_inside,
              sum(pairs.count)::bigint AS count, sum(pairs.contract_fen::bigint)::text AS contract_fen, sum(pairs.tech_fen::bigint)::text AS tech_fen
       FROM pairs JOIN keymap ks ON ks.code = pairs.s JOIN keymap kb ON kb.code = pairs.b
       GROUP BY 1, 2, 3, 4
       ORDER BY 1, 2`,
      p.values,
    )) as FlowRaw[];
    return this.flowResult(em, rows);
  }

  /**
   * The nation's or a province's matrix, read as shown from stats_flow_matrix_month: inside the
   * province each end is its city, outside it its province; the nation's ends are provinces.
   */
  private async flowsByCity(
    em: EntityManager,
    province: string | null,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ axis: FlowAxisEntry[]; cells: FlowCell[] }> {
    const rows = (await em.query(
      `WITH m AS (
         SELECT r.seller_key AS seller, r.buyer_key AS buyer, bool_or(r.seller_inside) AS seller_inside, bool_or(r.buyer_inside) AS buyer_inside, ${SUMS}
         FROM stats_flow_matrix_month r
         WHERE r.scope_code = $1 AND r.month BETWEEN $2::date AND $3::date
         GROUP BY 1, 2
       )
       SELECT m.* FROM m ORDER BY m.seller, m.buyer`,
      [province ?? NATION_SCOPE, fromMonth, toMonth],
    )) as FlowRaw[];
    return this.flowResult(em, rows);
  }

  private async flowResult(em: EntityManager, rows: FlowRaw[]): Promise<{ axis: FlowAxisEntry[]; cells: FlowCell[] }> {
    const inside = new Map<string, boolean>();
    for (const r of rows) {
      inside.set(r.seller, r.seller_inside);
      inside.set(r.buyer, r.buyer_inside);
    }
    const codes = [...inside.keys()];
    const missing = codes.filter((c) => !this.regionNames.has(c));
    if (missing.length) {
      const names = (await em.query(`SELECT code, name FROM region WHERE code = ANY($1)`, [missing])) as {
        code: string;
        name: string;
      }[];
      for (const n of names) this.regionNames.set(n.code, n.name);
    }
    const axis = codes
      .map((code) => ({ code, name: this.regionNames.get(code) ?? code, inside: inside.get(code)! }))
      .sort((a, b) => Number(b.inside) - Number(a.inside) || a.code.localeCompare(b.code));
    return { axis, cells: rows.map((r) => ({ seller: r.seller, buyer: r.buyer, ...totals(r) })) };
  }

  /** Names for the codes of ledger rows (a few thousand regions, a few dozen types and fields). */
  async ledgerNames(em: EntityManager): Promise<ContractExportNames> {
    const pairs = async (table: string) =>
      ((await em.query(`SELECT code, name FROM ${table}`)) as { code: string; name: string }[]).map(
        (r): [string, string] => [r.code, r.name],
      );
    const [region, contractType, techField] = await Promise.all([
      pairs('region'),
      pairs('contract_type'),
      pairs('tech_field'),
    ]);
    return { region: region!, contractType: contractType!, techField: techField! };
  }
}
