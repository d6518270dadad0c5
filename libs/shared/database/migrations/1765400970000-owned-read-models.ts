import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more read models a lib exports for other libs' SQL (see ReadModels1764910000000), so that
 * libs/imports no longer reads the contracts' and listings' tables when it looks for duplicates:
 * - `contract_registration_no` (contracts): the registration numbers the registry has issued.
 * - `listing_title` (listings): each need's and achievement's owner and title, by kind
 *   (`need` | `achievement`). A UNION ALL view: a query fixing the kind reads one table, and
 *   a probe by (org_id, title) uses that table's owner/title index.
 */
export class OwnedReadModels1765400970000 implements MigrationInterface {
  name = 'OwnedReadModels1765400970000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW contract_registration_no AS
        SELECT registration_no FROM tech_contract WHERE registration_no IS NOT NULL`);
    await q.query(
      `COMMENT ON VIEW contract_registration_no IS 'contracts export: the registration numbers the registry has issued'`,
    );
    await q.query(`
      CREATE VIEW listing_title AS
        SELECT 'achievement'::text AS kind, org_id, title FROM achievement
        UNION ALL
        SELECT 'need'::text AS kind, org_id, title FROM tech_need`);
    await q.query(
      `COMMENT ON VIEW listing_title IS 'listings export: the owner and title of each need and achievement'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW listing_title`);
    await q.query(`DROP VIEW contract_registration_no`);
  }
}
