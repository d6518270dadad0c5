import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (libs/notifications), match alerts sent once per need/achievement pair
 * and feedback on matches (libs/matching, issue 6 items 3 and 4).
 */
export class MatchingAlerts1764400000000 implements MigrationInterface {
  name = 'MatchingAlerts1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id  uuid REFERENCES app_user(id),
        recipient_org_id   uuid REFERENCES organization(id),
        kind               text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{1,47}$'),
        title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body               text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        link               text CHECK (link IS NULL OR link ~ '^/[^/]'),
        payload            jsonb NOT NULL DEFAULT '{}',
        read_at            timestamptz,
        mailed_at          timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CHECK (recipient_user_id IS NOT NULL OR recipient_org_id IS NOT NULL)
      )`);
    // The two ways a notification reaches a user: addressed to them, or to their organisation.
    await q.query(
      `CREATE INDEX notification_user_idx ON notification (recipient_user_id, created_at DESC) WHERE recipient_user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX notification_org_idx ON notification (recipient_org_id, created_at DESC) WHERE recipient_user_id IS NULL`,
    );
    await q.query(
      `CREATE INDEX notification_user_unread_idx ON notification (recipient_user_id) WHERE read_at IS NULL AND recipient_user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX notification_org_unread_idx ON notification (recipient_org_id) WHERE read_at IS NULL AND recipient_user_id IS NULL`,
    );

    await q.query(`
      CREATE TABLE match_alert (
        need_id                 uuid NOT NULL REFERENCES tech_need(id),
        achievement_id          uuid NOT NULL REFERENCES achievement(id),
        triggered_by            text NOT NULL CHECK (triggered_by IN ('need', 'achievement')),
        similarity              numeric(5,4) NOT NULL CHECK (similarity BETWEEN 0 AND 1),
        need_region_code        varchar(6) NOT NULL REFERENCES region(code),
        achievement_region_code varchar(6) NOT NULL REFERENCES region(code),
        notified_org_id         uuid NOT NULL REFERENCES organization(id),
        created_at              timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, achievement_id)
      )`);
    await q.query(`CREATE INDEX match_alert_created_idx ON match_alert (created_at)`);

    await q.query(`
      CREATE TABLE match_feedback (
        need_id                 uuid NOT NULL REFERENCES tech_need(id),
        achievement_id          uuid NOT NULL REFERENCES achievement(id),
        org_id                  uuid NOT NULL REFERENCES organization(id),
        user_id                 uuid NOT NULL REFERENCES app_user(id),
        verdict                 text NOT NULL CHECK (verdict IN ('relevant', 'not_relevant', 'contacted')),
        need_region_code        varchar(6) NOT NULL REFERENCES region(code),
        achievement_region_code varchar(6) NOT NULL REFERENCES region(code),
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, achievement_id, org_id)
      )`);
    await q.query(`CREATE INDEX match_feedback_updated_idx ON match_feedback (updated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_feedback, match_alert, notification`);
  }
}
