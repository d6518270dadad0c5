import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../shared/database/index.js';
import type { Weights } from './innovation-score.rules.js';

export interface FormulaRow {
  version: number;
  weights: Weights;
  note: string;
  published_at: Date;
}

/** SQL for the innovation score's published formula versions (append-only). */
@Injectable()
export class InnovationScoreRepository {
  async versions(db: Queryable): Promise<FormulaRow[]> {
    return db.query(`SELECT version, weights, note, published_at FROM innovation_score_formula ORDER BY version DESC`);
  }

  /** The given version, or the current one (the highest) when none is given. */
  async find(db: Queryable, version?: number): Promise<FormulaRow | null> {
    const [row]: FormulaRow[] =
      version === undefined
        ? await db.query(
            `SELECT version, weights, note, published_at FROM innovation_score_formula ORDER BY version DESC LIMIT 1`,
          )
        : await db.query(
            `SELECT version, weights, note, published_at FROM innovation_score_formula WHERE version = $1`,
            [version],
          );
    return row ?? null;
  }

  /** Publishes the next version; the table lock orders concurrent publications (rare, platform only). */
  async publish(em: EntityManager, weights: Weights, note: string, userId: string): Promise<number> {
    await em.query(`LOCK TABLE innovation_score_formula IN SHARE ROW EXCLUSIVE MODE`);
    const [row]: { version: number }[] = await em.query(
      `INSERT INTO innovation_score_formula (version, weights, note, published_by)
       SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM innovation_score_formula RETURNING version`,
      [JSON.stringify(weights), note, userId],
    );
    return row!.version;
  }
}
