import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registry entries (高企, 科小, 中试基地, 科技特派员 …) are imported from spreadsheets too (issue 16):
 * `registries` becomes an import kind. The imported entries are ordinary registry_entry rows.
 */
export class RegistryImports1765360000000 implements MigrationInterface {
  name = 'RegistryImports1765360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check`);
    await q.query(
      `ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('achievements', 'needs', 'contracts', 'registries'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check`);
    await q.query(
      `ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('achievements', 'needs', 'contracts'))`,
    );
  }
}
