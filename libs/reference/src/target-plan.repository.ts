import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { PolicyTarget } from './policy-target.entity.js';

export interface TargetPlanRow {
  id: number;
  region_code: string;
  title: string;
  document: string;
  from_year: number;
  to_year: number;
  created_at: Date;
}

export interface TargetRevisionRow {
  version: number;
  value: string;
  comparison: string;
  from_year: number;
  target_year: number;
  accumulation: string;
  base_year: number | null;
  reason: string;
  revised_by: string;
  revised_at: Date;
}

const TARGET_COLUMNS = `id, region_code AS "regionCode", indicator_code AS "indicatorCode", indicator_name AS "indicatorName",
  perspective, target_year AS "targetYear", from_year AS "fromYear", accumulation, base_year AS "baseYear",
  value::text AS value, unit, comparison, plan_id AS "planId", version, source_doc AS "sourceDoc", source_quote AS "sourceQuote"`;

/** SQL for target_plan, the targets bureaus add and revise, and policy_target_revision. */
@Injectable()
export class TargetPlanRepository {
  async insertPlan(
    em: EntityManager,
    p: Omit<TargetPlanRow, 'id' | 'created_at'> & { created_by: string },
  ): Promise<TargetPlanRow> {
    const [row] = await returningRows<TargetPlanRow>(
      em,
      `INSERT INTO target_plan (region_code, title, document, from_year, to_year, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, region_code, title, document, from_year, to_year, created_at`,
      [p.region_code, p.title, p.document, p.from_year, p.to_year, p.created_by],
    );
    return row!;
  }

  async plan(db: Queryable, id: number): Promise<TargetPlanRow | undefined> {
    const [row]: TargetPlanRow[] = await db.query(
      `SELECT id, region_code, title, document, from_year, to_year, created_at FROM target_plan WHERE id = $1`,
      [id],
    );
    return row;
  }

  plans(db: Queryable, root: string | null): Promise<TargetPlanRow[]> {
    return db.query(
      `SELECT id, region_code, title, document, from_year, to_year, created_at FROM target_plan
        ${root === null ? '' : 'WHERE region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $1)'}
        ORDER BY from_year DESC, id DESC LIMIT 200`,
      root === null ? [] : [root],
    );
  }

  async target(db: Queryable, id: number, lock = false): Promise<PolicyTarget | undefined> {
    const [row]: PolicyTarget[] = await db.query(
      `SELECT ${TARGET_COLUMNS} FROM policy_target WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  async insertTarget(em: EntityManager, t: Omit<PolicyTarget, 'id' | 'version'>): Promise<PolicyTarget> {
    const [row] = await returningRows<PolicyTarget>(
      em,
      `INSERT INTO policy_target (region_code, indicator_code, indicator_name, perspective, target_year, from_year,
         accumulation, base_year, value, unit, comparison, plan_id, source_doc, source_quote)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${TARGET_COLUMNS}`,
      [
        t.regionCode,
        t.indicatorCode,
        t.indicatorName,
        t.perspective,
        t.targetYear,
        t.fromYear,
        t.accumulation,
        t.baseYear,
        t.value,
        t.unit,
        t.comparison,
        t.planId,
        t.sourceDoc,
        t.sourceQuote,
      ],
    );
    return row!;
  }

  /** Keeps the replaced values with the reason, then writes the new ones; false when `version` is stale. */
  async revise(
    em: EntityManager,
    old: PolicyTarget,
    next: Pick<PolicyTarget, 'value' | 'comparison' | 'fromYear' | 'targetYear' | 'accumulation' | 'baseYear'>,
    reason: string,
    userId: string,
  ): Promise<boolean> {
    const changed = await affectedRows(
      em,
      `UPDATE policy_target SET value = $3, comparison = $4, from_year = $5, target_year = $6, accumulation = $7,
         base_year = $8, version = version + 1
        WHERE id = $1 AND version = $2`,
      [
        old.id,
        old.version,
        next.value,
        next.comparison,
        next.fromYear,
        next.targetYear,
        next.accumulation,
        next.baseYear,
      ],
    );
    if (changed !== 1) return false;
    await em.query(
      `INSERT INTO policy_target_revision (target_id, version, value, comparison, from_year, target_year, accumulation,
         base_year, reason, revised_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        old.id,
        old.version,
        old.value,
        old.comparison,
        old.fromYear,
        old.targetYear,
        old.accumulation,
        old.baseYear,
        reason,
        userId,
      ],
    );
    return true;
  }

  revisions(db: Queryable, targetId: number): Promise<TargetRevisionRow[]> {
    return db.query(
      `SELECT version, value::text AS value, comparison, from_year, target_year, accumulation, base_year, reason,
              revised_by, revised_at
         FROM policy_target_revision WHERE target_id = $1 ORDER BY version DESC`,
      [targetId],
    );
  }
}
