import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys a dry run has seen (duplicates within the file: the first row with a key wins), apart
 * from a commit's import_job_key. A dry run never resumes — after a crash it starts again from
 * the first row and clears its keys — so its keys need no WAL (UNLOGGED: emptied by a crash
 * recovery, which costs a dry run nothing) and no foreign key checked per row (the runner deletes
 * a job's keys when its pass starts and ends). Issue 21: the dry run's key insert was most of its
 * database work.
 *
 * A commit's keys (import_job_key) stay logged — a commit resumes after a crash and must still
 * know the rows before it — but lose their foreign key to import_job as well: it checked the one
 * job of the pass once per row (~5 µs, 5000 times a batch), and its ON DELETE CASCADE had nothing
 * to do (import jobs are never deleted; the runner deletes a pass's keys when the pass ends).
 */
export class ImportDryRunKeys1765400960000 implements MigrationInterface {
  name = 'ImportDryRunKeys1765400960000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE import_dry_run_key (
        job_id uuid NOT NULL,
        key    text NOT NULL,
        row_no int NOT NULL,
        PRIMARY KEY (job_id, key)
      )`);
    await q.query(`ALTER TABLE import_job_key DROP CONSTRAINT import_job_key_job_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE import_job_key ADD CONSTRAINT import_job_key_job_id_fkey FOREIGN KEY (job_id) REFERENCES import_job(id) ON DELETE CASCADE`,
    );
    await q.query(`DROP TABLE import_dry_run_key`);
  }
}
