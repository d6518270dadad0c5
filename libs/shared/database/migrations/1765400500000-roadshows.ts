import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roadshows (路演, issue 19): scheduled events, online or at a venue, that present published
 * achievements or auction lots; organisations register, the organiser records who attended and
 * the deals that followed (one roadshow per deal). The quarterly report counts them.
 */
export class Roadshows1765400500000 implements MigrationInterface {
  name = 'Roadshows1765400500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roadshow (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organiser_org_id  uuid NOT NULL REFERENCES organization(id),
        region_code       varchar(6) NOT NULL REFERENCES region(code),
        created_by        uuid NOT NULL REFERENCES app_user(id),
        title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description       text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        format            text NOT NULL CHECK (format IN ('online', 'venue', 'hybrid')),
        online_url        text CHECK (online_url IS NULL OR online_url ~ '^https?://'),
        venue             text CHECK (venue IS NULL OR length(venue) BETWEEN 1 AND 200),
        starts_at         timestamptz NOT NULL,
        ends_at           timestamptz NOT NULL,
        capacity          int CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
        status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
        cancel_reason     text CHECK (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 500),
        registered_count  int NOT NULL DEFAULT 0 CHECK (registered_count >= 0),
        version           int NOT NULL DEFAULT 1,
        published_at      timestamptz,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (format = 'venue' OR online_url IS NOT NULL),
        CHECK (format = 'online' OR venue IS NOT NULL),
        CHECK (capacity IS NULL OR registered_count <= capacity)
      )`);
    await q.query(`CREATE INDEX roadshow_listed_idx ON roadshow (starts_at) WHERE status <> 'draft'`);
    await q.query(`CREATE INDEX roadshow_organiser_idx ON roadshow (organiser_org_id, created_at DESC)`);
    await q.query(`CREATE INDEX roadshow_region_idx ON roadshow (region_code, starts_at)`);
    await q.query(`
      CREATE TABLE roadshow_item (
        roadshow_id       uuid NOT NULL REFERENCES roadshow(id) ON DELETE CASCADE,
        position          int NOT NULL CHECK (position >= 0),
        item_kind         text NOT NULL CHECK (item_kind IN ('achievement', 'auction')),
        item_id           uuid NOT NULL,
        presenter_org_id  uuid NOT NULL REFERENCES organization(id),
        title             text NOT NULL,
        PRIMARY KEY (roadshow_id, item_kind, item_id)
      )`);
    await q.query(`
      CREATE TABLE roadshow_registration (
        roadshow_id    uuid NOT NULL REFERENCES roadshow(id),
        org_id         uuid NOT NULL REFERENCES organization(id),
        registered_by  uuid NOT NULL REFERENCES app_user(id),
        registered_at  timestamptz NOT NULL DEFAULT now(),
        attended       boolean,
        attendance_recorded_at timestamptz,
        PRIMARY KEY (roadshow_id, org_id)
      )`);
    await q.query(`CREATE INDEX roadshow_registration_org_idx ON roadshow_registration (org_id, registered_at DESC)`);
    await q.query(`
      CREATE TABLE roadshow_deal (
        deal_id      uuid PRIMARY KEY REFERENCES deal(id),
        roadshow_id  uuid NOT NULL REFERENCES roadshow(id),
        recorded_by  uuid NOT NULL REFERENCES app_user(id),
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadshow_deal_roadshow_idx ON roadshow_deal (roadshow_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roadshow_deal, roadshow_registration, roadshow_item, roadshow`);
  }
}
