import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports a bureau hands upward (issue 16 point 4) are reproducible: the first report of a
 * closed period for a region freezes what it counted (stats_report_freeze), and later runs
 * count only the ledger entries that were committed at that moment.
 *
 * Why a transaction snapshot and not `recorded_at <= cut-off`: recorded_at is the inserting
 * transaction's start, so an amendment whose transaction started before the freeze but committed
 * after it would have an earlier recorded_at and yet was not seen by the first report; the second
 * run would count it. `pg_visible_in_snapshot(recorded_xid, snapshot)` is exactly "committed when
 * the first report read the ledger". The ledger is append-only, so a row's inserting transaction
 * never changes. Rows from before this migration keep recorded_xid NULL: they were committed
 * before any freeze could happen, so they count in every snapshot (and no table rewrite).
 */
export class ReportFreezes1765300250000 implements MigrationInterface {
  name = 'ReportFreezes1765300250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stats_ledger ADD COLUMN recorded_xid xid8`);
    await q.query(`ALTER TABLE stats_ledger ALTER COLUMN recorded_xid SET DEFAULT pg_current_xact_id()`);
    await q.query(`
      CREATE TABLE stats_report_freeze (
        report_kind  text NOT NULL CHECK (report_kind IN ('quarterly', 'annual')),
        -- '000000' for the nation (platform administrators), as the flow matrix's scope.
        region_code  varchar(6) NOT NULL,
        period_code  varchar(16) NOT NULL,
        frozen_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        snapshot     text NOT NULL,
        frozen_by    uuid NOT NULL,
        -- The sections that are not ledger sums (listings, matching, deals, targets) as counted at
        -- the freeze: their sources keep no history of every figure (a verdict is overwritten).
        activity     jsonb NOT NULL,
        PRIMARY KEY (report_kind, region_code, period_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_report_freeze`);
    await q.query(`ALTER TABLE stats_ledger DROP COLUMN recorded_xid`);
  }
}
