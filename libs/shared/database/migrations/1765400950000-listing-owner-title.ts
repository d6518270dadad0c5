import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bulk import refuses a row whose owner already has a listing of that title (DUPLICATE_IN_DATABASE,
 * libs/imports ImportBatch.check): one look-up per batch for its (owner, title) pairs. The only
 * index with the owner first was (org_id, status), so each batch read every listing of its owners:
 * an import of one university's register slowed with every batch (at 50,000 achievements of one
 * owner a batch's look-up took 38 ms, 2.6 of the 9.6 s of the commit; quadratic in the register).
 */
export class ListingOwnerTitle1765400950000 implements MigrationInterface {
  name = 'ListingOwnerTitle1765400950000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of ['tech_need', 'achievement'])
      await q.query(`CREATE INDEX ${t}_owner_title_idx ON ${t} (org_id, title)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['tech_need', 'achievement']) await q.query(`DROP INDEX ${t}_owner_title_idx`);
  }
}
