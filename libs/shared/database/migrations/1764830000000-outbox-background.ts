import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background outbox rows: work that may wait (the match alerts of a bulk import, ~40 ms each)
 * is claimed only when no ordinary row is ready, so a 100 k-row import does not hold up the
 * index documents and alerts of everyone else for an hour. And an index for purging relayed rows.
 */
export class OutboxBackground1764830000000 implements MigrationInterface {
  name = 'OutboxBackground1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message ADD COLUMN background boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX outbox_pending_order_idx ON outbox_message (background, id) WHERE processed_at IS NULL`,
    );
    // The worker's purge of relayed rows (OutboxRelay.purgeProcessed) finds old ones by this.
    await q.query(`CREATE INDEX outbox_processed_idx ON outbox_message (processed_at) WHERE processed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_processed_idx`);
    await q.query(`DROP INDEX outbox_pending_order_idx`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN background`);
  }
}
