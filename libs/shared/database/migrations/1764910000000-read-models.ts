import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQL read models that a lib exports for other libs' queries, so that no lib reads another
 * context's tables (see each owner's index.ts):
 * - `region_subtree` (reference): region-subtree scoping. `region_code IN (SELECT region_code
 *   FROM region_subtree WHERE root_code = $1)` is "in the subtree of $1, itself included". A
 *   plain view over region_closure: PostgreSQL inlines it, so plans are those of the table.
 * - `org_summary` (identity): what other contexts may know of an organisation in a join —
 *   name, type, credit code, region and whether it is verified (no contacts, no reviewers).
 */
export class ReadModels1764910000000 implements MigrationInterface {
  name = 'ReadModels1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW region_subtree AS
        SELECT ancestor_code AS root_code, descendant_code AS region_code, depth FROM region_closure`);
    await q.query(
      `COMMENT ON VIEW region_subtree IS 'reference export: region_code lies in the subtree of root_code (depth 0: itself)'`,
    );
    await q.query(`
      CREATE VIEW org_summary AS
        SELECT id, type, name, credit_code, region_code, verification_status,
               verification_status = 'verified' AS verified
          FROM organization`);
    await q.query(`COMMENT ON VIEW org_summary IS 'identity export: an organisation as other contexts may read it'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW org_summary`);
    await q.query(`DROP VIEW region_subtree`);
  }
}
