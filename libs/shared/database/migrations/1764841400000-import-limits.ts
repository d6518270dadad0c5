import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bomb-proof imports (issue 14): how many problems each pass found (only the first
 * IMPORT_MAX_PROBLEMS_STORED are stored; a 1.6 MB file had written 900,004 problem rows), and
 * how many times the current pass was claimed by a runner, counted when it is claimed (so a
 * runner that dies mid-job, out of memory or killed, has still counted): a job whose runner
 * died IMPORT_MAX_RUNNER_CRASHES times is failed instead of being taken again.
 */
export class ImportLimits1764841400000 implements MigrationInterface {
  name = 'ImportLimits1764841400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE import_job
        ADD COLUMN dry_run_problems int NOT NULL DEFAULT 0,
        ADD COLUMN commit_problems  int NOT NULL DEFAULT 0,
        ADD COLUMN attempts         int NOT NULL DEFAULT 0`);
    // Jobs from before stored every problem they found.
    await q.query(`
      UPDATE import_job j SET
        dry_run_problems = (SELECT count(*) FROM import_problem p WHERE p.job_id = j.id AND p.phase = 'dry_run'),
        commit_problems  = (SELECT count(*) FROM import_problem p WHERE p.job_id = j.id AND p.phase = 'commit')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE import_job DROP COLUMN attempts, DROP COLUMN commit_problems, DROP COLUMN dry_run_problems`,
    );
  }
}
