import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Perspective } from '../ledger-entry.js';
import { Params } from '../sql-params.js';
import type { ReportKind } from './report.rules.js';

export interface ReportFreezeRow {
  frozenAt: string;
  snapshot: string;
  activity: unknown;
}

/** The ledger rows a report reads: a region subtree (null: the nation), [from, toExclusive), and a cut. */
export interface ReportLedgerScope {
  regionCode: string | null;
  from: string;
  toExclusive: string;
  /** A frozen report's transaction snapshot (pg_snapshot text); null: everything committed now. */
  snapshot: string | null;
}

export interface ContractGroupRaw {
  perspective: Perspective;
  dimension: 'type' | 'field';
  key: string;
  name: string;
  count: number;
  contractAmountFen: string;
  techAmountFen: string;
}

export interface OrganisationRaw {
  name: string;
  count: number;
  contractAmountFen: string;
  techAmountFen: string;
}

const LEAF: Record<Perspective, string> = {
  absorption: 'l.buyer_region_code',
  output: 'l.seller_region_code',
  registered: 'l.registry_region_code',
};

/**
 * stats_report_freeze, and the reports' reads of stats_ledger itself. The reports read the
 * ledger rather than the rollups because only the ledger knows when each delta was committed
 * (recorded_xid): a frozen report counts the rows visible in the snapshot it froze. A report
 * reads one region-period (a city-quarter is a few thousand rows; the effective_date index
 * bounds the scan), not the million-row ranges the rollups exist for.
 */
@Injectable()
export class ReportRepository {
  async findFreeze(
    em: EntityManager,
    kind: ReportKind,
    regionKey: string,
    periodCode: string,
  ): Promise<ReportFreezeRow | undefined> {
    const [row] = (await em.query(
      `SELECT frozen_at, snapshot, activity FROM stats_report_freeze
       WHERE report_kind = $1 AND region_code = $2 AND period_code = $3`,
      [kind, regionKey, periodCode],
    )) as { frozen_at: Date; snapshot: string; activity: unknown }[];
    return row && { frozenAt: row.frozen_at.toISOString(), snapshot: row.snapshot, activity: row.activity };
  }

  /**
   * Freezes a report: the snapshot of this statement is the cut. Two first runs at once: the
   * second one's insert does nothing and both read the row that won.
   */
  async freeze(
    em: EntityManager,
    kind: ReportKind,
    regionKey: string,
    periodCode: string,
    userId: string,
    activity: unknown,
  ): Promise<ReportFreezeRow> {
    await em.query(
      `INSERT INTO stats_report_freeze (report_kind, region_code, period_code, snapshot, frozen_by, activity)
       VALUES ($1, $2, $3, pg_current_snapshot()::text, $4, $5::jsonb)
       ON CONFLICT (report_kind, region_code, period_code) DO NOTHING`,
      [kind, regionKey, periodCode, userId, JSON.stringify(activity)],
    );
    return (await this.findFreeze(em, kind, regionKey, periodCode))!;
  }

  private where(s: ReportLedgerScope, p: Params, perspective: Perspective): string {
    const w = [`l.effective_date >= ${p.add(s.from)}::date`, `l.effective_date < ${p.add(s.toExclusive)}::date`];
    if (s.snapshot !== null) {
      w.push(`(l.recorded_xid IS NULL OR pg_visible_in_snapshot(l.recorded_xid, ${p.add(s.snapshot)}::pg_snapshot))`);
    }
    if (s.regionCode !== null) {
      w.push(
        `${LEAF[perspective]} IN (SELECT region_code FROM region_subtree WHERE root_code = ${p.add(s.regionCode)})`,
      );
    }
    return w.join(' AND ');
  }

  /** Sums by contract type and by technology field, for each perspective. */
  async contractGroups(em: EntityManager, s: ReportLedgerScope): Promise<ContractGroupRaw[]> {
    const p = new Params();
    const parts: string[] = [];
    for (const perspective of ['absorption', 'output', 'registered'] as const) {
      const persp = p.add(perspective);
      parts.push(`SELECT ${persp}::text AS perspective, l.contract_type_code AS type, l.tech_field_code AS field,
                         sum(l.count_delta) AS n, sum(l.contract_amount_fen) AS fen, sum(l.tech_amount_fen) AS tech
                  FROM stats_ledger l WHERE ${this.where(s, p, perspective)}
                  GROUP BY 2, 3`);
    }
    const rows = (await em.query(
      `WITH g AS (${parts.join(' UNION ALL ')})
       SELECT g.perspective, 'type' AS dimension, g.type AS key, coalesce(t.name, g.type) AS name, t.sort_order,
              sum(g.n)::int AS count, sum(g.fen)::text AS contract_fen, sum(g.tech)::text AS tech_fen
       FROM g LEFT JOIN contract_type t ON t.code = g.type GROUP BY 1, 2, 3, 4, 5
       UNION ALL
       SELECT g.perspective, 'field', g.field, coalesce(f.name, g.field), f.sort_order,
              sum(g.n)::int, sum(g.fen)::text, sum(g.tech)::text
       FROM g LEFT JOIN tech_field f ON f.code = g.field GROUP BY 1, 2, 3, 4, 5
       ORDER BY 2, 5 NULLS LAST, 3, 1`,
      p.values,
    )) as {
      perspective: Perspective;
      dimension: 'type' | 'field';
      key: string;
      name: string;
      count: number;
      contract_fen: string;
      tech_fen: string;
    }[];
    return rows.map((r) => ({
      perspective: r.perspective,
      dimension: r.dimension,
      key: r.key,
      name: r.name,
      count: Number(r.count),
      contractAmountFen: r.contract_fen,
      techAmountFen: r.tech_fen,
    }));
  }

  /**
   * The organisations with the largest contract amounts: sellers in the region (输出) or buyers
   * in it (吸纳), by the name each contract was registered with (the ledger keeps names, not ids).
   */
  async topOrganisations(
    em: EntityManager,
    s: ReportLedgerScope,
    side: 'seller' | 'buyer',
    limit: number,
  ): Promise<OrganisationRaw[]> {
    const p = new Params();
    const where = this.where(s, p, side === 'seller' ? 'output' : 'absorption');
    const rows = (await em.query(
      `SELECT l.${side}_name AS name, sum(l.count_delta)::int AS count,
              sum(l.contract_amount_fen)::text AS contract_fen, sum(l.tech_amount_fen)::text AS tech_fen
       FROM stats_ledger l WHERE ${where}
       GROUP BY 1 HAVING sum(l.count_delta) > 0
       ORDER BY sum(l.contract_amount_fen) DESC, 1 LIMIT ${p.add(limit)}`,
      p.values,
    )) as { name: string; count: number; contract_fen: string; tech_fen: string }[];
    return rows.map((r) => ({
      name: r.name,
      count: Number(r.count),
      contractAmountFen: r.contract_fen,
      techAmountFen: r.tech_fen,
    }));
  }
}
