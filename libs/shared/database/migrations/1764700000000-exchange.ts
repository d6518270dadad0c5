import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner exchange (issue 10): API keys with scopes and a per-key rate window, the mapping of
 * partners' external ids to pushed listings, webhook subscriptions, the last state announced
 * per listing (so a redelivered outbox row announces nothing twice) and the delivery log.
 */
export class Exchange1764700000000 implements MigrationInterface {
  name = 'Exchange1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exchange_api_key (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner               text NOT NULL CHECK (length(partner) BETWEEN 1 AND 100),
        key_hash              bytea NOT NULL UNIQUE,
        key_prefix            varchar(16) NOT NULL,
        scopes                text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['listings:read', 'listings:push']::text[]),
        org_id                uuid REFERENCES organization(id),
        rate_limit_per_minute int CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
        created_by            uuid NOT NULL REFERENCES app_user(id),
        created_at            timestamptz NOT NULL DEFAULT now(),
        last_used_at          timestamptz,
        revoked_at            timestamptz,
        CHECK (NOT ('listings:push' = ANY(scopes)) OR org_id IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE exchange_rate_window (
        key_id            uuid PRIMARY KEY REFERENCES exchange_api_key(id) ON DELETE CASCADE,
        window_started_at timestamptz NOT NULL,
        requests          int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE exchange_external_ref (
        partner     text NOT NULL,
        external_id text NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('need', 'achievement', 'challenge')),
        org_id      uuid NOT NULL REFERENCES organization(id),
        listing_id  uuid,
        key_id      uuid NOT NULL REFERENCES exchange_api_key(id),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner, external_id)
      )`);
    await q.query(`
      CREATE TABLE exchange_webhook (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url           text NOT NULL CHECK (url ~ '^https?://'),
        secret_sealed text NOT NULL,
        events        text[] NOT NULL CHECK (cardinality(events) > 0 AND events <@ ARRAY['listing.published', 'listing.changed', 'listing.withdrawn']::text[]),
        description   text,
        created_by    uuid NOT NULL REFERENCES app_user(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        disabled_at   timestamptz
      )`);
    await q.query(`
      CREATE TABLE exchange_listing_announced (
        kind         text NOT NULL,
        listing_id   uuid NOT NULL,
        state        text NOT NULL CHECK (state IN ('published', 'withdrawn')),
        version      int NOT NULL,
        announced_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, listing_id)
      )`);
    await q.query(`
      CREATE TABLE exchange_webhook_delivery (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Insertion order, taken under the listing's announcement lock: events of one listing go out in this order.
        seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        webhook_id       uuid NOT NULL REFERENCES exchange_webhook(id),
        event            text NOT NULL,
        listing_kind     text NOT NULL,
        listing_id       uuid NOT NULL,
        listing_version  int NOT NULL,
        body             text NOT NULL,
        status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts         int NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        locked_until     timestamptz,
        last_status_code int,
        last_error       text,
        last_attempt_at  timestamptz,
        delivered_at     timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX exchange_delivery_due_idx ON exchange_webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX exchange_delivery_webhook_idx ON exchange_webhook_delivery (webhook_id, seq DESC)`);
    await q.query(
      `CREATE INDEX exchange_delivery_listing_pending_idx ON exchange_webhook_delivery (webhook_id, listing_id, seq) WHERE status = 'pending'`,
    );
    // Incremental sync reads every table in (updated_at, id) order.
    for (const t of ['tech_need', 'achievement', 'challenge']) {
      await q.query(`CREATE INDEX ${t}_exchange_sync_idx ON ${t} (updated_at, id) WHERE published_at IS NOT NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['tech_need', 'achievement', 'challenge']) await q.query(`DROP INDEX ${t}_exchange_sync_idx`);
    await q.query(
      `DROP TABLE exchange_webhook_delivery, exchange_listing_announced, exchange_webhook, exchange_external_ref, exchange_rate_window, exchange_api_key`,
    );
  }
}
