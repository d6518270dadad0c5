import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['tech_need', 'achievement', 'challenge'];

/**
 * When a listing first entered the market (issue 8: needs collected and achievements registered
 * in the quarterly matchmaking report). `published_at` moves with every re-publication (after
 * a withdrawal, or after the re-review of an edit), so the period a listing counts in would
 * move too. `first_published_at` is set once, by a trigger, whichever path publishes the
 * listing (ListingsService, bulk import, the exchange API, demo seeds), and never changes.
 */
export class ListingFirstPublished1764810000000 implements MigrationInterface {
  name = 'ListingFirstPublished1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION listing_first_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          NEW.first_published_at := OLD.first_published_at;
        END IF;
        IF NEW.first_published_at IS NULL AND NEW.published_at IS NOT NULL THEN
          NEW.first_published_at := NEW.published_at;
        END IF;
        RETURN NEW;
      END $$`);
    for (const t of TABLES) {
      await q.query(`ALTER TABLE ${t} ADD COLUMN first_published_at timestamptz`);
      // The earliest date known for listings published before this column existed.
      await q.query(`UPDATE ${t} SET first_published_at = published_at WHERE published_at IS NOT NULL`);
      await q.query(
        `CREATE TRIGGER ${t}_first_published BEFORE INSERT OR UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION listing_first_published()`,
      );
      // The report counts one period at a time, then joins the owners (by primary key).
      await q.query(
        `CREATE INDEX ${t}_first_published_idx ON ${t} (first_published_at) WHERE first_published_at IS NOT NULL`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      await q.query(`DROP TRIGGER ${t}_first_published ON ${t}`);
      await q.query(`ALTER TABLE ${t} DROP COLUMN first_published_at`);
    }
    await q.query(`DROP FUNCTION listing_first_published()`);
  }
}
