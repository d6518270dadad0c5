import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People management (issue 17): suspending an organisation, an administrator forcing a password
 * reset, TOTP recovery codes, and identity's `user_summary` read model (the audit page names
 * actors by it instead of by id).
 */
export class PeopleManagement1764970000000 implements MigrationInterface {
  name = 'PeopleManagement1764970000000';

  async up(q: QueryRunner): Promise<void> {
    // Suspension is separate from verification: the decision on the sign-up stays as it was,
    // and reinstating restores it without a second review.
    await q.query(`
      ALTER TABLE organization
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspension_reason text,
        ADD CONSTRAINT organization_suspension_reason CHECK (suspended_at IS NULL OR suspension_reason IS NOT NULL)`);
    // The old password stops working at once, but the hash stays (an active account keeps one):
    // login refuses it until the user sets a new one through the mailed link.
    await q.query(`ALTER TABLE app_user ADD COLUMN password_reset_required boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE totp_recovery_code (
        user_id    uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash  text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`);
    await q.query(`
      CREATE VIEW user_summary AS
        SELECT id, org_id, display_name, email FROM app_user`);
    await q.query(`COMMENT ON VIEW user_summary IS 'identity export: a user as other contexts may name it'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW user_summary`);
    await q.query(`DROP TABLE totp_recovery_code`);
    await q.query(`ALTER TABLE app_user DROP COLUMN password_reset_required`);
    await q.query(
      `ALTER TABLE organization DROP CONSTRAINT organization_suspension_reason, DROP COLUMN suspension_reason, DROP COLUMN suspended_at`,
    );
  }
}
