import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online auctions (网络竞价, issue 19): lots a verified seller puts up, the organisations
 * registered to bid on each (terms accepted, deposit confirmed by a bureau with a bank
 * reference: the platform moves no money), and the bids, each a link of a hash chain
 * (libs/auctions/src/bid-chain.rules.ts). The lot row is what bids lock: it holds the current
 * price, the leader, the number of bids and the chain's head, so one row lock serialises bids.
 */
export class Auctions1765300200000 implements MigrationInterface {
  name = 'Auctions1765300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auction_lot (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seller_org_id         uuid NOT NULL REFERENCES organization(id),
        seller_region_code    varchar(6) NOT NULL REFERENCES region(code),
        achievement_id        uuid REFERENCES achievement(id),
        title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description           text NOT NULL CHECK (length(description) <= 5000),
        starting_price_fen    bigint NOT NULL CHECK (starting_price_fen > 0),
        reserve_price_fen     bigint CHECK (reserve_price_fen >= starting_price_fen),
        reserve_shown         boolean NOT NULL DEFAULT false,
        increment_fen         bigint NOT NULL CHECK (increment_fen > 0),
        deposit_fen           bigint NOT NULL CHECK (deposit_fen >= 0),
        starts_at             timestamptz NOT NULL,
        scheduled_ends_at     timestamptz NOT NULL,
        ends_at               timestamptz NOT NULL,
        anti_sniping_minutes  smallint NOT NULL DEFAULT 5 CHECK (anti_sniping_minutes BETWEEN 1 AND 60),
        status                text NOT NULL DEFAULT 'draft'
                                CHECK (status IN ('draft', 'published', 'sold', 'unsold', 'withdrawn')),
        withdraw_reason       text CHECK (length(withdraw_reason) <= 500),
        current_price_fen     bigint,
        leader_org_id         uuid REFERENCES organization(id),
        bid_count             integer NOT NULL DEFAULT 0,
        bidder_count          integer NOT NULL DEFAULT 0,
        head_hash             char(64),
        hammer_price_fen      bigint,
        winner_org_id         uuid REFERENCES organization(id),
        closed_at             timestamptz,
        version               integer NOT NULL DEFAULT 1,
        created_by            uuid NOT NULL REFERENCES app_user(id),
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CHECK (scheduled_ends_at > starts_at AND ends_at >= scheduled_ends_at),
        CHECK (status <> 'withdrawn' OR withdraw_reason IS NOT NULL),
        CHECK (status <> 'sold' OR (hammer_price_fen IS NOT NULL AND winner_org_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX auction_lot_due ON auction_lot (ends_at) WHERE status = 'published'`);
    await q.query(`CREATE INDEX auction_lot_public ON auction_lot (starts_at DESC) WHERE status <> 'draft'`);
    await q.query(`CREATE INDEX auction_lot_seller ON auction_lot (seller_org_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE auction_registration (
        lot_id                 uuid NOT NULL REFERENCES auction_lot(id),
        bidder_org_id          uuid NOT NULL REFERENCES organization(id),
        bidder_no              integer NOT NULL CHECK (bidder_no > 0),
        terms_text             text NOT NULL,
        terms_sha256           char(64) NOT NULL,
        accepted_by            uuid NOT NULL REFERENCES app_user(id),
        registered_at          timestamptz NOT NULL DEFAULT now(),
        deposit_reference      text CHECK (length(deposit_reference) BETWEEN 1 AND 100),
        deposit_confirmed_at   timestamptz,
        deposit_confirmed_by   uuid REFERENCES app_user(id),
        PRIMARY KEY (lot_id, bidder_org_id),
        UNIQUE (lot_id, bidder_no),
        CHECK ((deposit_confirmed_at IS NULL) = (deposit_reference IS NULL))
      )`);
    await q.query(`
      CREATE TABLE auction_bid (
        lot_id          uuid NOT NULL REFERENCES auction_lot(id),
        seq             integer NOT NULL CHECK (seq > 0),
        bidder_org_id   uuid NOT NULL REFERENCES organization(id),
        amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
        placed_at       timestamptz NOT NULL,
        placed_by       uuid NOT NULL REFERENCES app_user(id),
        prev_hash       char(64) NOT NULL,
        hash            char(64) NOT NULL,
        PRIMARY KEY (lot_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auction_bid`);
    await q.query(`DROP TABLE auction_registration`);
    await q.query(`DROP TABLE auction_lot`);
  }
}
