import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, 成交公告: the seller may choose that the published result names the price but not
 * the buyer (the winner stays recorded; the supervising bureau and the parties still see it).
 * The result list reads closed lots newest first.
 */
export class AuctionResults1765400100000 implements MigrationInterface {
  name = 'AuctionResults1765400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auction_lot ADD COLUMN winner_anonymous boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX auction_lot_closed_idx ON auction_lot (closed_at DESC, id) WHERE status IN ('sold', 'unsold')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX auction_lot_closed_idx`);
    await q.query(`ALTER TABLE auction_lot DROP COLUMN winner_anonymous`);
  }
}
