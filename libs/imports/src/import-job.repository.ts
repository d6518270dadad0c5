import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { ImportJobRow } from './import-job.row.js';
import type { ImportPhase, ImportProblem } from './import.types.js';

/** What a job's status may be set to from the API (the worker moves it on from there). */
export type JobStatusChange = 'queue-commit' | 'cancel' | 'request-cancel';

const CHANGE: Record<JobStatusChange, string> = {
  'queue-commit': `status = 'commit_queued', phase = 'commit', rows_done = 0, cursor_row = 0, imported_rows = 0, skipped_rows = 0,
                   commit_problems = 0, attempts = 0, started_at = NULL, finished_at = NULL`,
  cancel: `status = 'cancelled', cancel_requested = true, finished_at = now()`,
  'request-cancel': `cancel_requested = true`,
};

/** import_job and import_problem as the API reads and changes them; the runner keeps its own claim queries. */
@Injectable()
export class ImportJobRepository {
  async insert(
    db: Queryable,
    j: {
      id: string;
      kind: string;
      format: string;
      encoding: string | null;
      fileName: string;
      fileKey: string;
      fileSize: number;
      fileSha256: string;
      orgId: string;
      createdBy: string;
      regionCode: string | null;
    },
  ): Promise<ImportJobRow> {
    const [row] = await returningRows<ImportJobRow>(
      db,
      `INSERT INTO import_job (id, kind, format, encoding, file_name, file_key, file_size, file_sha256, org_id, created_by, region_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
      [
        j.id,
        j.kind,
        j.format,
        j.encoding,
        j.fileName,
        j.fileKey,
        j.fileSize,
        j.fileSha256,
        j.orgId,
        j.createdBy,
        j.regionCode,
      ],
    );
    return row!;
  }

  /** `lock`: FOR UPDATE. */
  async find(db: Queryable, id: string, lock = false): Promise<ImportJobRow | undefined> {
    const [row]: ImportJobRow[] = await db.query(`SELECT * FROM import_job WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return row;
  }

  /** Newest first, within the subtree of `root` (reference's region_subtree) or everywhere. */
  async page(
    db: Queryable,
    root: string | null,
    limit: number,
    offset: number,
  ): Promise<{ rows: ImportJobRow[]; total: number }> {
    const where =
      root === null ? '' : `WHERE region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $3)`;
    const rows: (ImportJobRow & { total: number })[] = await db.query(
      `SELECT *, count(*) OVER ()::int AS total FROM import_job ${where} ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      root === null ? [limit, offset] : [limit, offset, root],
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** The problems of one pass, by row. */
  async problems(
    db: Queryable,
    jobId: string,
    phase: ImportPhase,
    limit: number,
    offset: number,
  ): Promise<{ rows: ImportProblem[]; total: number }> {
    const rows: (ImportProblem & { total: number })[] = await db.query(
      `SELECT row_no AS row, column_name AS column, code, message, count(*) OVER ()::int AS total
         FROM import_problem WHERE job_id = $1 AND phase = $2 ORDER BY row_no, id LIMIT $3 OFFSET $4`,
      [jobId, phase, limit, offset],
    );
    return { rows: rows.map(({ total: _, ...problem }) => problem), total: rows[0]?.total ?? 0 };
  }

  async change(db: Queryable, id: string, change: JobStatusChange): Promise<ImportJobRow> {
    const [row] = await returningRows<ImportJobRow>(
      db,
      `UPDATE import_job SET ${CHANGE[change]}, updated_at = now() WHERE id = $1 RETURNING *`,
      [id],
    );
    return row!;
  }

  /** The region a job writes into (null: a national job), for the authorisation guard. */
  async region(db: Queryable, id: string): Promise<{ region_code: string | null } | undefined> {
    const [row]: { region_code: string | null }[] = await db.query(`SELECT region_code FROM import_job WHERE id = $1`, [
      id,
    ]);
    return row;
  }
}
