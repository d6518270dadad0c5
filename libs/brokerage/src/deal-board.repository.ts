import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../shared/database/index.js';
import type { DealStage } from './deal-stage.js';
import type { DealRow } from './deal.row.js';
import { DealRepository, type DealScope } from './deal.repository.js';

export interface BoardRows {
  /** Per stage: how many deals of the scope are in it. Stages without deals are absent. */
  totals: Map<DealStage, number>;
  /** The newest `perColumn` deals of each stage, newest activity first within a stage. */
  rows: DealRow[];
}

/**
 * The deal board in one statement, whatever the number of stages: every column's newest
 * deals and its total, through window functions over the scope (the board used to run a
 * count plus, per stage, an id query and two view queries — up to 19 round trips).
 */
@Injectable()
export class DealBoardRepository {
  constructor(private readonly deals: DealRepository) {}

  async columns(db: Queryable, scope: DealScope, perColumn: number): Promise<BoardRows> {
    const params: unknown[] = [];
    const cond = this.deals.scopeCondition(scope, params);
    const limit = `$${params.push(perColumn)}`;
    const ranked: (DealRow & { stage_total: number; rn: number })[] = await db.query(
      `SELECT * FROM (
         SELECT d.*, count(*) OVER (PARTITION BY d.stage)::int AS stage_total,
                row_number() OVER (PARTITION BY d.stage ORDER BY d.updated_at DESC, d.id) AS rn
           FROM deal d WHERE ${cond}
       ) ranked
       WHERE ranked.rn <= ${limit}
       ORDER BY ranked.stage, ranked.rn`,
      params,
    );
    const totals = new Map<DealStage, number>();
    const rows: DealRow[] = [];
    for (const { stage_total, rn: _rn, ...row } of ranked) {
      totals.set(row.stage, stage_total);
      rows.push(row);
    }
    return { totals, rows };
  }
}
