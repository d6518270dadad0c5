import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match alerts (issue 6): an outbox row may wait for the earlier rows of another aggregate
 * (`after_key`: a listing's alert runs once the listing is indexed, so of two matching listings
 * published together the second always finds the first), and alerts to the owners of open
 * 揭榜挂帅 challenges that a new achievement matches, once per challenge/achievement pair.
 */
export class MatchAlertOrdering1764820000000 implements MigrationInterface {
  name = 'MatchAlertOrdering1764820000000';

  async up(q: QueryRunner): Promise<void> {
    // Looked up through outbox_aggregate_idx (aggregate_key, unprocessed rows).
    await q.query(`ALTER TABLE outbox_message ADD COLUMN after_key text`);

    await q.query(`
      CREATE TABLE challenge_match_alert (
        challenge_id            uuid NOT NULL REFERENCES challenge(id),
        achievement_id          uuid NOT NULL REFERENCES achievement(id),
        similarity              numeric(5,4) NOT NULL CHECK (similarity BETWEEN 0 AND 1),
        challenge_region_code   varchar(6) NOT NULL REFERENCES region(code),
        achievement_region_code varchar(6) NOT NULL REFERENCES region(code),
        notified_org_id         uuid NOT NULL REFERENCES organization(id),
        created_at              timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, achievement_id)
      )`);
    await q.query(`CREATE INDEX challenge_match_alert_created_idx ON challenge_match_alert (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE challenge_match_alert`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN after_key`);
  }
}
