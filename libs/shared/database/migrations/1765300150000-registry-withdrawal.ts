import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registry entries entered in error are withdrawn, never deleted (issue 16): the entry stays with
 * who withdrew it, when and why, and stops counting. Its certificate number is free again, so the
 * corrected entry can be entered.
 */
export class RegistryWithdrawal1765300150000 implements MigrationInterface {
  name = 'RegistryWithdrawal1765300150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry_entry
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by uuid REFERENCES app_user(id),
        ADD COLUMN withdraw_reason text CHECK (length(withdraw_reason) BETWEEN 2 AND 500),
        ADD CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdraw_reason IS NULL))`);
    await q.query(`DROP INDEX registry_entry_certificate`);
    await q.query(
      `CREATE UNIQUE INDEX registry_entry_certificate ON registry_entry (kind, certificate_no)
        WHERE certificate_no IS NOT NULL AND withdrawn_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX registry_entry_certificate`);
    await q.query(
      `CREATE UNIQUE INDEX registry_entry_certificate ON registry_entry (kind, certificate_no) WHERE certificate_no IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE registry_entry DROP COLUMN withdraw_reason, DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at`,
    );
  }
}
