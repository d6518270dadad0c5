import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail and SMS that leave the market (issue 17, libs/notifications): one delivery per recipient
 * and channel under a unique key (sent at most once however often its job runs; a permanent
 * failure kept for the platform admin), each user's mail preference per category (immediate,
 * daily digest, off) and the items waiting for a user's next digest (each in one digest only).
 * `contract_reminder` (libs/contracts) records the time-based notices already given (a
 * registration deadline near or passed, a price publication's period over), once each.
 * `exchange_webhook.failing_announced_at` (libs/exchange): an endpoint failing for an hour is
 * announced once until a delivery to it succeeds again.
 * A notification may be addressed to one user of its organisation-wide recipient only once per
 * event: `dedupe_key` makes a subscriber's notification idempotent.
 */
export class NotificationDelivery1765200000000 implements MigrationInterface {
  name = 'NotificationDelivery1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN dedupe_key text`);
    await q.query(
      `CREATE UNIQUE INDEX notification_dedupe_idx ON notification (dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE notification_delivery (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key       text NOT NULL UNIQUE,
        channel          text NOT NULL CHECK (channel IN ('mail', 'sms')),
        kind             text NOT NULL CHECK (kind IN ('notification', 'digest', 'direct')),
        notification_id  uuid REFERENCES notification(id),
        user_id          uuid REFERENCES app_user(id),
        category         text,
        address          text NOT NULL CHECK (length(address) BETWEEN 1 AND 320),
        subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        sealed           text,
        status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts         int NOT NULL DEFAULT 0,
        last_error       text,
        sent_at          timestamptz,
        failed_at        timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'notification' OR notification_id IS NOT NULL),
        CHECK (kind <> 'direct' OR sealed IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX notification_delivery_failed_idx ON notification_delivery (failed_at DESC) WHERE status = 'failed'`,
    );
    await q.query(`CREATE INDEX notification_delivery_notification_idx ON notification_delivery (notification_id)`);

    await q.query(`
      CREATE TABLE notification_preference (
        user_id     uuid NOT NULL REFERENCES app_user(id),
        category    text NOT NULL CHECK (category ~ '^[a-z][a-z_]{1,31}$'),
        mail        text NOT NULL CHECK (mail IN ('immediate', 'digest', 'off')),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, category)
      )`);

    await q.query(`
      CREATE TABLE notification_digest_item (
        user_id          uuid NOT NULL REFERENCES app_user(id),
        notification_id  uuid NOT NULL REFERENCES notification(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        delivery_id      uuid REFERENCES notification_delivery(id),
        PRIMARY KEY (user_id, notification_id)
      )`);
    // libs/exchange: when the platform admin was told this endpoint has been failing (cleared by a success).
    await q.query(`ALTER TABLE exchange_webhook ADD COLUMN failing_announced_at timestamptz`);
    await q.query(`
      CREATE TABLE contract_reminder (
        subject_id  uuid NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('registration_due', 'registration_overdue', 'publication_ended')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_id, kind)
      )`);
    await q.query(
      `CREATE INDEX notification_digest_pending_idx ON notification_digest_item (user_id, created_at) WHERE delivery_id IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE exchange_webhook DROP COLUMN failing_announced_at`);
    await q.query(`DROP TABLE contract_reminder`);
    await q.query(`DROP TABLE notification_digest_item`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification_delivery`);
    await q.query(`DROP INDEX notification_dedupe_idx`);
    await q.query(`ALTER TABLE notification DROP COLUMN dedupe_key`);
  }
}
