import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 挂牌交易 and the settlement of sales (issue 19, libs/listed-sales):
 *
 * - listed_sale: a verified seller lists one of its achievements (transfer or licence) at a
 *   price for a listing period in working days; its content lives in listed_sale_version rows
 *   (append-only: a change during the period is a new version, never an overwrite);
 *   listed_sale_intent: 意向受让 of verified organisations; listing_period_setting: the
 *   minimum period a region sets (nearest configured ancestor, else 20 working days).
 * - sale_settlement: one row per sale turned into a deal and a draft contract (primary key
 *   route + source id), so a replayed auction.closed or a restarted worker makes nothing twice.
 * - sale_notice: 成交公告 (sold, 流拍, 流标), public for a period.
 * - tech_contract.price_route (协议定价 / 挂牌 / 拍卖) and the same on stats_ledger rows, so
 *   statistics count the route of each certified contract; imported ledger rows have none.
 * - A draft made from a sale lacks what a sale does not know (contract subtype, technical field
 *   when no achievement names it, the signing date): those columns may be NULL while the
 *   contract is a draft, and only then; the parties complete them before submitting.
 * - deal.sale_ref ('auction:<id>' / 'listing:<id>'): the sale a deal comes from.
 * - auction_lot.eligible_org_ids (a lot converted from a listing admits only its intending
 *   buyers) and winner_anonymous (the 成交公告 then names no winner).
 */
export class ListedSales1765400200000 implements MigrationInterface {
  name = 'ListedSales1765400200000';

  async up(q: QueryRunner): Promise<void> {
    for (const col of ['contract_type_code', 'contract_subtype_code', 'tech_field_code', 'signed_on'])
      await q.query(`ALTER TABLE tech_contract ALTER COLUMN ${col} DROP NOT NULL`);
    await q.query(`
      ALTER TABLE tech_contract
        ADD CONSTRAINT tech_contract_complete_unless_draft CHECK (status = 'draft' OR (contract_type_code IS NOT NULL
          AND contract_subtype_code IS NOT NULL AND tech_field_code IS NOT NULL AND signed_on IS NOT NULL)),
        ADD COLUMN price_route text NOT NULL DEFAULT 'agreement' CHECK (price_route IN ('agreement', 'listing', 'auction'))`);
    await q.query(
      `ALTER TABLE stats_ledger ADD COLUMN price_route text CHECK (price_route IN ('agreement', 'listing', 'auction'))`,
    );
    await q.query(`ALTER TABLE deal ADD COLUMN sale_ref text CHECK (sale_ref ~ '^(auction|listing):[0-9a-f-]{36}$')`);
    await q.query(`CREATE UNIQUE INDEX deal_sale_ref ON deal (sale_ref) WHERE sale_ref IS NOT NULL`);
    // A deal needs a source; a sale is one (an auction lot may name no achievement).
    await q.query(`
      DO $$ DECLARE c text; BEGIN
        SELECT conname INTO c FROM pg_constraint
         WHERE conrelid = 'deal'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%match_ref IS NOT NULL%';
        EXECUTE format('ALTER TABLE deal DROP CONSTRAINT %I', c);
      END $$`);
    await q.query(`
      ALTER TABLE deal ADD CONSTRAINT deal_has_source CHECK (need_id IS NOT NULL OR achievement_id IS NOT NULL
        OR challenge_application_id IS NOT NULL OR match_ref IS NOT NULL OR sale_ref IS NOT NULL)`);
    await q.query(`
      ALTER TABLE auction_lot
        ADD COLUMN eligible_org_ids uuid[],
        ADD COLUMN IF NOT EXISTS winner_anonymous boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE listing_period_setting (
        region_code   varchar(6) PRIMARY KEY REFERENCES region(code),
        working_days  smallint NOT NULL CHECK (working_days BETWEEN 5 AND 60),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE listed_sale (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_org_id       uuid NOT NULL REFERENCES organization(id),
        seller_region_code  varchar(6) NOT NULL REFERENCES region(code),
        achievement_id      uuid NOT NULL REFERENCES achievement(id),
        created_by          uuid NOT NULL REFERENCES app_user(id),
        relisted_from       uuid REFERENCES listed_sale(id),
        period_working_days smallint NOT NULL CHECK (period_working_days BETWEEN 1 AND 60),
        starts_at           timestamptz NOT NULL,
        ends_at             timestamptz NOT NULL CHECK (ends_at > starts_at),
        status              text NOT NULL DEFAULT 'listed'
                              CHECK (status IN ('listed', 'sold', 'auctioned', 'failed', 'withdrawn')),
        current_version     integer NOT NULL DEFAULT 1,
        withdraw_reason     text CHECK (length(withdraw_reason) BETWEEN 1 AND 500),
        buyer_org_id        uuid REFERENCES organization(id),
        auction_lot_id      uuid REFERENCES auction_lot(id),
        ended_at            timestamptz,
        version             integer NOT NULL DEFAULT 1,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'withdrawn' OR withdraw_reason IS NOT NULL),
        CHECK (status <> 'sold' OR buyer_org_id IS NOT NULL),
        CHECK (status <> 'auctioned' OR auction_lot_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX listed_sale_due ON listed_sale (ends_at) WHERE status = 'listed'`);
    await q.query(`CREATE INDEX listed_sale_public ON listed_sale (starts_at DESC)`);
    await q.query(`CREATE INDEX listed_sale_seller ON listed_sale (seller_org_id, created_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX listed_sale_relisted_once ON listed_sale (relisted_from) WHERE relisted_from IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE listed_sale_version (
        listing_id     uuid NOT NULL REFERENCES listed_sale(id),
        version_no     integer NOT NULL CHECK (version_no > 0),
        title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description    text NOT NULL CHECK (length(description) <= 5000),
        mode           text NOT NULL CHECK (mode IN ('transfer', 'licence')),
        price_fen      bigint NOT NULL CHECK (price_fen > 0),
        deposit_fen    bigint NOT NULL DEFAULT 0 CHECK (deposit_fen >= 0),
        terms          text NOT NULL CHECK (length(terms) <= 5000),
        change_note    text CHECK (length(change_note) <= 500),
        created_by     uuid NOT NULL REFERENCES app_user(id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (listing_id, version_no)
      )`);
    await q.query(`
      CREATE FUNCTION listed_sale_version_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'listed_sale_version is append-only: a change is a new version';
      END $$`);
    await q.query(`
      CREATE TRIGGER listed_sale_version_append_only BEFORE UPDATE OR DELETE ON listed_sale_version
        FOR EACH ROW EXECUTE FUNCTION listed_sale_version_append_only()`);
    await q.query(`
      CREATE TABLE listed_sale_intent (
        listing_id     uuid NOT NULL REFERENCES listed_sale(id),
        buyer_org_id   uuid NOT NULL REFERENCES organization(id),
        version_no     integer NOT NULL,
        terms          text NOT NULL CHECK (length(terms) BETWEEN 1 AND 2000),
        declared_by    uuid NOT NULL REFERENCES app_user(id),
        declared_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (listing_id, buyer_org_id),
        FOREIGN KEY (listing_id, version_no) REFERENCES listed_sale_version (listing_id, version_no)
      )`);
    await q.query(`
      CREATE TABLE sale_settlement (
        route          text NOT NULL CHECK (route IN ('listing', 'auction')),
        source_id      uuid NOT NULL,
        deal_id        uuid REFERENCES deal(id),
        contract_id    uuid REFERENCES tech_contract(id),
        settled_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (route, source_id)
      )`);
    await q.query(`
      CREATE TABLE sale_notice (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        route               text NOT NULL CHECK (route IN ('listing', 'auction')),
        source_id           uuid NOT NULL,
        outcome             text NOT NULL CHECK (outcome IN ('sold', 'unsold')),
        title               text NOT NULL,
        seller_org_id       uuid NOT NULL REFERENCES organization(id),
        seller_region_code  varchar(6) NOT NULL REFERENCES region(code),
        price_fen           bigint CHECK (price_fen > 0),
        winner_org_id       uuid REFERENCES organization(id),
        winner_shown        boolean NOT NULL,
        published_at        timestamptz NOT NULL DEFAULT now(),
        ends_at             timestamptz NOT NULL,
        UNIQUE (route, source_id),
        CHECK (outcome <> 'sold' OR (price_fen IS NOT NULL AND winner_org_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX sale_notice_current ON sale_notice (ends_at, published_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sale_notice`);
    await q.query(`DROP TABLE sale_settlement`);
    await q.query(`DROP TABLE listed_sale_intent`);
    await q.query(`DROP TRIGGER listed_sale_version_append_only ON listed_sale_version`);
    await q.query(`DROP FUNCTION listed_sale_version_append_only()`);
    await q.query(`DROP TABLE listed_sale_version`);
    await q.query(`DROP TABLE listed_sale`);
    await q.query(`DROP TABLE listing_period_setting`);
    await q.query(`ALTER TABLE auction_lot DROP COLUMN eligible_org_ids`); // winner_anonymous is AuctionResults1765400100000's
    await q.query(`ALTER TABLE deal DROP CONSTRAINT deal_has_source`);
    await q.query(`ALTER TABLE deal ADD CHECK (need_id IS NOT NULL OR achievement_id IS NOT NULL
      OR challenge_application_id IS NOT NULL OR match_ref IS NOT NULL)`);
    await q.query(`DROP INDEX deal_sale_ref`);
    await q.query(`ALTER TABLE deal DROP COLUMN sale_ref`);
    await q.query(`ALTER TABLE stats_ledger DROP COLUMN price_route`);
    await q.query(
      `ALTER TABLE tech_contract DROP COLUMN price_route, DROP CONSTRAINT tech_contract_complete_unless_draft`,
    );
  }
}
