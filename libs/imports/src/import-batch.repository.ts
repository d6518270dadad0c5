import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows } from '../../shared/database/index.js';
import type { ImportPhase, ImportProblem } from './import.types.js';

/** A key's first row in the pass (duplicates within the file: the first row with a key wins). */
export interface KeyRow {
  key: string;
  row_no: number;
}

/** How a batch moved the pass along: rows read, then valid/problem rows (dry run) or imported/skipped (commit). */
export interface BatchProgress {
  rows: number;
  good: number;
  bad: number;
  lastRow: number;
}

/**
 * What one batch of a pass reads and writes (ImportBatch holds the rules): the pass's keys, the
 * duplicates already in the database — through the read models the contracts and listings libs
 * export (`contract_registration_no`, `listing_title`) —, its problems and its counters.
 */
@Injectable()
export class ImportBatchRepository {
  /**
   * Records the keys of a batch; answers the keys this batch saw first. A commit's keys are kept
   * for a pass resumed after a crash; a dry run's go to an unlogged table without a foreign key
   * (a dry run never resumes).
   */
  async claimKeys(em: EntityManager, jobId: string, forCommit: boolean, keyed: KeyRow[]): Promise<KeyRow[]> {
    return em.query(
      `INSERT INTO ${keyTable(forCommit)} (job_id, key, row_no) SELECT $1, k, r FROM unnest($2::text[], $3::int[]) AS u(k, r)
       ON CONFLICT DO NOTHING RETURNING key, row_no`,
      [jobId, keyed.map((k) => k.key), keyed.map((k) => k.row_no)],
    );
  }

  /** The first row of each key (for the message of a duplicate within the file). */
  async firstRows(em: EntityManager, jobId: string, forCommit: boolean, keys: string[]): Promise<KeyRow[]> {
    return em.query(`SELECT key, row_no FROM ${keyTable(forCommit)} WHERE job_id = $1 AND key = ANY($2::text[])`, [
      jobId,
      keys,
    ]);
  }

  /** The numbers among `nos` that the registry issued or an earlier import brought in. */
  async registeredNumbers(em: EntityManager, nos: string[]): Promise<Set<string>> {
    const rows: { no: string }[] = await em.query(
      `SELECT registration_no AS no FROM imported_contract WHERE registration_no = ANY($1::text[])
       UNION SELECT registration_no FROM contract_registration_no WHERE registration_no = ANY($1::text[])`,
      [nos],
    );
    return new Set(rows.map((r) => r.no));
  }

  /**
   * Serialises imports for the same owners (transaction-scoped), so that two jobs cannot both
   * insert the same title: there is no unique index, listings created in the app may repeat one.
   */
  async lockOwners(em: EntityManager, kind: string, orgIds: string[]): Promise<void> {
    for (const org of [...new Set(orgIds)].sort())
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`import:${kind}:${org}`]);
  }

  /** The `${orgId}|${title}` pairs among the given ones that a listing of the kind already has. */
  async takenTitles(
    em: EntityManager,
    kind: 'achievement' | 'need',
    pairs: { orgId: string; title: string }[],
  ): Promise<Set<string>> {
    const rows: { org_id: string; title: string }[] = await em.query(
      // One probe of the (org_id, title) index per row, whatever the planner thinks of the
      // table's size: statistics taken before an import has filled it led a join to read all
      // of the owner's listings per batch (1 → 35 ms a batch over 30,000 rows of one owner)
      // (an EXISTS became a hash join over a sequential scan; a scalar subquery stays a probe).
      `SELECT k.org_id, k.title FROM unnest($1::uuid[], $2::text[]) AS k(org_id, title)
        WHERE (SELECT true FROM listing_title t WHERE t.kind = $3 AND t.org_id = k.org_id AND t.title = k.title LIMIT 1)`,
      [pairs.map((p) => p.orgId), pairs.map((p) => p.title), kind],
    );
    return new Set(rows.map((r) => `${r.org_id}|${r.title}`));
  }

  /** Counts a batch's problems into the pass; answers how many the pass had before them. */
  async countProblems(em: EntityManager, jobId: string, phase: ImportPhase, n: number): Promise<number> {
    const counter = phase === 'dry_run' ? 'dry_run_problems' : 'commit_problems';
    const [{ before }] = await returningRows<{ before: number }>(
      em,
      `UPDATE import_job SET ${counter} = ${counter} + $2 WHERE id = $1 RETURNING ${counter} - $2 AS before`,
      [jobId, n],
    );
    return before;
  }

  async storeProblems(em: EntityManager, jobId: string, phase: ImportPhase, problems: ImportProblem[]): Promise<void> {
    await em.query(
      `INSERT INTO import_problem (job_id, phase, row_no, column_name, code, message)
       SELECT $1, $2, r, c, k, m FROM unnest($3::int[], $4::text[], $5::text[], $6::text[]) AS u(r, c, k, m)`,
      [
        jobId,
        phase,
        problems.map((p) => p.row),
        problems.map((p) => p.column),
        problems.map((p) => p.code),
        problems.map((p) => p.message),
      ],
    );
  }

  /** The pass's counters and cursor after a batch, with its heartbeat: they commit with the batch. */
  async advance(em: EntityManager, jobId: string, phase: ImportPhase, p: BatchProgress): Promise<void> {
    const counters =
      phase === 'dry_run'
        ? 'valid_rows = valid_rows + $3, problem_rows = problem_rows + $4'
        : 'imported_rows = imported_rows + $3, skipped_rows = skipped_rows + $4';
    await em.query(
      `UPDATE import_job SET rows_done = rows_done + $2, ${counters}, cursor_row = $5, heartbeat_at = now(), updated_at = now() WHERE id = $1`,
      [jobId, p.rows, p.good, p.bad, p.lastRow],
    );
  }
}

const keyTable = (forCommit: boolean) => (forCommit ? 'import_job_key' : 'import_dry_run_key');
