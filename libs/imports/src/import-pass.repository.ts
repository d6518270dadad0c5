import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { ImportJobRow } from './import-job.row.js';
import type { ImportPhase } from './import.types.js';

/** import_job as the runner moves a pass along: taking it, its heartbeat, its end. */
@Injectable()
export class ImportPassRepository {
  /** Takes a queued pass (or one whose runner died) with one attempt more; undefined when it finished meanwhile. */
  async take(db: Queryable, id: string): Promise<ImportJobRow | undefined> {
    const [job] = await returningRows<ImportJobRow>(
      db,
      `UPDATE import_job SET
          status = CASE WHEN status IN ('validation_queued', 'validating') THEN 'validating' ELSE 'committing' END,
          attempts = attempts + 1,
          heartbeat_at = now(), started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = $1 AND status IN ('validation_queued', 'commit_queued', 'validating', 'committing')
        RETURNING *`,
      [id],
    );
    return job;
  }

  /** A worker shutting down hands the pass back to the queue, the attempt taken back. */
  async handBack(db: Queryable, id: string): Promise<void> {
    await db.query(
      `UPDATE import_job SET status = CASE WHEN status = 'validating' THEN 'validation_queued' ELSE 'commit_queued' END, attempts = attempts - 1, heartbeat_at = NULL, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** The lease between two batches; answers whether a cancel was requested. */
  async heartbeat(db: Queryable, id: string): Promise<boolean> {
    const [row] = await returningRows<{ cancel_requested: boolean }>(
      db,
      `UPDATE import_job SET heartbeat_at = now() WHERE id = $1 RETURNING cancel_requested`,
      [id],
    );
    return row?.cancel_requested === true;
  }

  /** A pass starting from its first row: no keys, problems or counters of an earlier try. */
  async restart(em: EntityManager, id: string, phase: ImportPhase): Promise<void> {
    await this.clearKeys(em, id);
    await em.query(`DELETE FROM import_problem WHERE job_id = $1 AND phase = $2`, [id, phase]);
    const counters =
      phase === 'dry_run'
        ? 'valid_rows = 0, problem_rows = 0, dry_run_problems = 0, total_rows = NULL'
        : 'imported_rows = 0, skipped_rows = 0, commit_problems = 0';
    await em.query(
      `UPDATE import_job SET rows_done = 0, cursor_row = 0, ${counters}, error_code = NULL, error_message = NULL, error_details = NULL WHERE id = $1`,
      [id],
    );
  }

  async failed(em: EntityManager, id: string, f: { code: string; message: string; details?: unknown }): Promise<void> {
    await em.query(
      `UPDATE import_job SET status = 'failed', error_code = $2, error_message = $3, error_details = $4, finished_at = now(), updated_at = now() WHERE id = $1`,
      [id, f.code, f.message, f.details === undefined ? null : JSON.stringify(f.details)],
    );
    await this.clearKeys(em, id);
  }

  /** The pass ended; a dry run records how many data rows the file has. */
  async finished(
    em: EntityManager,
    id: string,
    status: 'validated' | 'committed' | 'cancelled',
    totalRows?: number,
  ): Promise<void> {
    await em.query(
      `UPDATE import_job SET status = $2, finished_at = now(), updated_at = now(),
              total_rows = coalesce($3::int, total_rows) WHERE id = $1`,
      [id, status, totalRows ?? null],
    );
    await this.clearKeys(em, id);
  }

  /** The keys a pass has seen (duplicates within the file): a commit's, and a dry run's (unlogged, ImportBatch). */
  private async clearKeys(em: EntityManager, jobId: string): Promise<void> {
    await em.query(`DELETE FROM import_job_key WHERE job_id = $1`, [jobId]);
    await em.query(`DELETE FROM import_dry_run_key WHERE job_id = $1`, [jobId]);
  }
}
