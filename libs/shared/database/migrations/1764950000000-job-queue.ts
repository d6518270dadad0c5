import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One job queue (issue 15): the outbox table becomes `job`, the table of every background job
 * (libs/shared/jobs). A row is either a published event (queue `@events`, fanned out by the
 * worker into one job per subscriber) or a job of one handler's queue. What the three loops it
 * replaces had pending moves over: outbox rows to their subscriber's queue, pending webhook
 * deliveries and queued or running imports to a job each.
 */
export class JobQueue1764950000000 implements MigrationInterface {
  name = 'JobQueue1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX outbox_pending_idx, outbox_aggregate_idx, outbox_pending_order_idx, outbox_processed_idx`,
    );
    await q.query(`ALTER TABLE outbox_message RENAME TO job`);
    await q.query(`ALTER INDEX outbox_message_pkey RENAME TO job_pkey`);
    await q.query(`ALTER SEQUENCE outbox_message_id_seq RENAME TO job_id_seq`);
    await q.query(`ALTER TABLE job RENAME COLUMN topic TO queue`);
    await q.query(`ALTER TABLE job RENAME COLUMN aggregate_key TO key`);
    await q.query(`ALTER TABLE job ALTER COLUMN key DROP NOT NULL`);
    await q.query(`ALTER TABLE job RENAME COLUMN available_at TO run_at`);
    await q.query(`ALTER TABLE job RENAME COLUMN processed_at TO done_at`);
    await q.query(`ALTER TABLE job ADD COLUMN topic text`);
    // The outbox's topics named their consumer; each becomes the consumer's queue and the event it heard.
    await q.query(
      `UPDATE job SET queue = 'listings.search-index', topic = 'listing.changed' WHERE queue = 'listing.changed'`,
    );
    await q.query(
      `UPDATE job SET queue = 'exchange.listing-feed', topic = 'listing.changed', key = substr(key, length('exchange:') + 1)
        WHERE queue = 'exchange.listing-event'`,
    );
    await q.query(
      `UPDATE job SET topic = 'listing.indexed', key = substr(key, length('alerts:') + 1) WHERE queue = 'matching.alerts'`,
    );
    await q.query(`UPDATE job SET queue = 'notifications.mail' WHERE queue = 'mail.send'`);
    await q.query(`ALTER TABLE job DROP COLUMN aggregate_version, DROP COLUMN after_key`);
    // Claims: due jobs of a queue in order; the head of each key; old done jobs for the purge.
    await q.query(`CREATE INDEX job_due_idx ON job (queue, background, id) WHERE done_at IS NULL`);
    // The fan-out takes the oldest events without walking past the ones already fanned out.
    await q.query(`CREATE INDEX job_events_idx ON job (id) WHERE queue = '@events' AND done_at IS NULL`);
    await q.query(`CREATE INDEX job_key_idx ON job (queue, key, id) WHERE done_at IS NULL AND key IS NOT NULL`);
    await q.query(`CREATE INDEX job_done_idx ON job (done_at) WHERE done_at IS NOT NULL`);
    // At most one pending occurrence of a schedule, however many workers start.
    await q.query(`CREATE UNIQUE INDEX job_schedule_idx ON job (queue) WHERE key = '@schedule' AND done_at IS NULL`);

    // The webhook dispatcher's claim columns go; a delivery still pending becomes a job, in order.
    await q.query(
      `INSERT INTO job (queue, key, payload, run_at, created_at)
       SELECT 'exchange.webhook', webhook_id || ':' || listing_id, jsonb_build_object('deliveryId', id), next_attempt_at, created_at
         FROM exchange_webhook_delivery WHERE status = 'pending' ORDER BY seq`,
    );
    await q.query(`DROP INDEX exchange_delivery_due_idx, exchange_delivery_listing_pending_idx`);
    await q.query(`ALTER TABLE exchange_webhook_delivery DROP COLUMN locked_until`);

    // The import runner's queue scan goes; a queued or running import becomes a job.
    await q.query(
      `INSERT INTO job (queue, key, payload, created_at)
       SELECT 'imports.run', 'import:' || id, jsonb_build_object('importId', id), created_at
         FROM import_job WHERE status IN ('validation_queued', 'commit_queued', 'validating', 'committing')
        ORDER BY created_at, id`,
    );
    await q.query(`DROP INDEX import_job_queue_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX import_job_queue_idx ON import_job (created_at) WHERE status IN ('validation_queued', 'commit_queued', 'validating', 'committing')`,
    );
    await q.query(`ALTER TABLE exchange_webhook_delivery ADD COLUMN locked_until timestamptz`);
    await q.query(
      `CREATE INDEX exchange_delivery_due_idx ON exchange_webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX exchange_delivery_listing_pending_idx ON exchange_webhook_delivery (webhook_id, listing_id, seq) WHERE status = 'pending'`,
    );
    // Jobs the outbox never had (events not yet fanned out, webhook, import and scheduled jobs) cannot go back.
    await q.query(
      `DELETE FROM job WHERE queue NOT IN ('listings.search-index', 'exchange.listing-feed', 'matching.alerts', 'notifications.mail', 'search.synonyms')`,
    );
    await q.query(`DROP INDEX job_due_idx, job_events_idx, job_key_idx, job_done_idx, job_schedule_idx`);
    await q.query(`ALTER TABLE job ADD COLUMN aggregate_version int, ADD COLUMN after_key text`);
    await q.query(`UPDATE job SET key = 'exchange:' || key WHERE queue = 'exchange.listing-feed'`);
    await q.query(`UPDATE job SET key = 'alerts:' || key, after_key = key WHERE queue = 'matching.alerts'`);
    await q.query(
      `UPDATE job SET queue = CASE queue WHEN 'listings.search-index' THEN 'listing.changed' WHEN 'exchange.listing-feed' THEN 'exchange.listing-event'
                                         WHEN 'notifications.mail' THEN 'mail.send' ELSE queue END`,
    );
    await q.query(`ALTER TABLE job DROP COLUMN topic`);
    await q.query(`ALTER TABLE job RENAME COLUMN done_at TO processed_at`);
    await q.query(`ALTER TABLE job RENAME COLUMN run_at TO available_at`);
    await q.query(`ALTER TABLE job ALTER COLUMN key SET NOT NULL`);
    await q.query(`ALTER TABLE job RENAME COLUMN key TO aggregate_key`);
    await q.query(`ALTER TABLE job RENAME COLUMN queue TO topic`);
    await q.query(`ALTER SEQUENCE job_id_seq RENAME TO outbox_message_id_seq`);
    await q.query(`ALTER INDEX job_pkey RENAME TO outbox_message_pkey`);
    await q.query(`ALTER TABLE job RENAME TO outbox_message`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox_message (available_at, id) WHERE processed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_aggregate_idx ON outbox_message (aggregate_key) WHERE processed_at IS NULL`);
    await q.query(
      `CREATE INDEX outbox_pending_order_idx ON outbox_message (background, id) WHERE processed_at IS NULL`,
    );
    await q.query(`CREATE INDEX outbox_processed_idx ON outbox_message (processed_at) WHERE processed_at IS NOT NULL`);
  }
}
