import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read model the owning tables publish for the audit log: the name a person knows a record by
 * (a contract's, listing's, lot's or deal's title, a programme's name, a voucher's purpose), so
 * an audit row reads "科技成果：石墨烯导热膜规模化制备" instead of a bare id. Each branch is one
 * owner's table, looked up by its primary key.
 */
export class RecordLabels1765401020000 implements MigrationInterface {
  name = 'RecordLabels1765401020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW record_label AS
        SELECT 'tech_contract'::text AS target_type, id, title AS label FROM tech_contract
        UNION ALL SELECT 'achievement', id, title FROM achievement
        UNION ALL SELECT 'tech_need', id, title FROM tech_need
        UNION ALL SELECT 'challenge', id, title FROM challenge
        UNION ALL SELECT 'deal', id, title FROM deal
        UNION ALL SELECT 'auction_lot', id, title FROM auction_lot
        UNION ALL SELECT 'roadshow', id, title FROM roadshow
        UNION ALL SELECT 'voucher_programme', id, name FROM voucher_programme
        UNION ALL SELECT 'voucher', id, purpose FROM voucher
        UNION ALL SELECT 'registry_entry', id, name FROM registry_entry`);
    await q.query(
      `COMMENT ON VIEW record_label IS 'audit log: the title or name of the record an audit row names, by owning table and id'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW record_label`);
  }
}
