import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Innovation vouchers (创新券, issue 20). A bureau's programme holds the budget; its row carries
 * the running totals reserved and redeemed, which approvals, redemptions and expiries change
 * under the row's lock, and CHECKs keep them within the budget, so no interleaving can spend
 * more than it. Every change is also an append-only ledger entry (reserved / released /
 * redeemed), from which the totals can be recomputed to the fen. A certified contract backs at
 * most one redemption across all programmes: a unique index on the voucher's contract.
 */
export class Vouchers1765400300000 implements MigrationInterface {
  name = 'Vouchers1765400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voucher_programme (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer_org_id              uuid NOT NULL REFERENCES organization(id),
        region_code                varchar(6) NOT NULL REFERENCES region(code),
        name                       text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        budget_fen                 bigint NOT NULL CHECK (budget_fen > 0),
        reserved_fen               bigint NOT NULL DEFAULT 0 CHECK (reserved_fen >= 0),
        redeemed_fen               bigint NOT NULL DEFAULT 0 CHECK (redeemed_fen >= 0),
        opens_on                   date NOT NULL,
        closes_on                  date NOT NULL,
        eligible_kinds             text[] NOT NULL DEFAULT '{}',
        categories                 text[] NOT NULL CHECK (cardinality(categories) > 0),
        subsidy_percent            smallint NOT NULL CHECK (subsidy_percent BETWEEN 1 AND 100),
        cap_per_enterprise_fen     bigint NOT NULL CHECK (cap_per_enterprise_fen > 0),
        reservation_days           smallint NOT NULL CHECK (reservation_days BETWEEN 1 AND 730),
        outside_providers          boolean NOT NULL DEFAULT false,
        accepted_region_codes      varchar(6)[] NOT NULL DEFAULT '{}',
        created_by                 uuid NOT NULL REFERENCES app_user(id),
        created_at                 timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_on >= opens_on),
        CHECK (reserved_fen + redeemed_fen <= budget_fen)
      )`);
    await q.query(`CREATE INDEX voucher_programme_region ON voucher_programme (region_code, closes_on DESC)`);
    await q.query(`
      CREATE TABLE voucher_provider (
        programme_id   uuid NOT NULL REFERENCES voucher_programme(id),
        org_id         uuid NOT NULL REFERENCES organization(id),
        approved_by    uuid NOT NULL REFERENCES app_user(id),
        approved_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, org_id)
      )`);
    await q.query(`CREATE INDEX voucher_provider_org ON voucher_provider (org_id)`);
    await q.query(`
      CREATE TABLE voucher (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id             uuid NOT NULL REFERENCES voucher_programme(id),
        enterprise_org_id        uuid NOT NULL REFERENCES organization(id),
        enterprise_region_code   varchar(6) NOT NULL REFERENCES region(code),
        provider_org_id          uuid NOT NULL REFERENCES organization(id),
        host_programme_id        uuid REFERENCES voucher_programme(id),
        category                 text NOT NULL,
        purpose                  text NOT NULL CHECK (length(purpose) BETWEEN 2 AND 1000),
        planned_fen              bigint NOT NULL CHECK (planned_fen > 0),
        requested_fen            bigint NOT NULL CHECK (requested_fen > 0),
        year                     smallint NOT NULL,
        status                   text NOT NULL DEFAULT 'applied' CHECK (status IN
                                   ('applied', 'rejected', 'approved', 'redemption_requested', 'redeemed', 'expired')),
        applied_by               uuid NOT NULL REFERENCES app_user(id),
        applied_at               timestamptz NOT NULL DEFAULT now(),
        approved_fen             bigint CHECK (approved_fen > 0 AND approved_fen <= requested_fen),
        decided_by               uuid REFERENCES app_user(id),
        decided_at               timestamptz,
        decision_note            text CHECK (length(decision_note) <= 500),
        expires_on               date,
        contract_id              uuid UNIQUE REFERENCES tech_contract(id),
        service_fen              bigint CHECK (service_fen > 0),
        evidence                 text CHECK (length(evidence) <= 1000),
        redemption_requested_at  timestamptz,
        redemption_note          text CHECK (length(redemption_note) <= 500),
        redeemed_fen             bigint CHECK (redeemed_fen > 0 AND redeemed_fen <= approved_fen),
        redeemed_by              uuid REFERENCES app_user(id),
        redeemed_at              timestamptz,
        expired_at               timestamptz,
        CHECK (status IN ('applied', 'rejected') OR (approved_fen IS NOT NULL AND expires_on IS NOT NULL)),
        CHECK ((status = 'redeemed') = (redeemed_fen IS NOT NULL)),
        CHECK (status NOT IN ('redemption_requested', 'redeemed') OR service_fen IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX voucher_programme_status ON voucher (programme_id, status)`);
    await q.query(`CREATE INDEX voucher_enterprise ON voucher (enterprise_org_id, applied_at DESC)`);
    await q.query(`CREATE INDEX voucher_by_provider ON voucher (provider_org_id, applied_at DESC)`);
    await q.query(`CREATE INDEX voucher_due ON voucher (expires_on) WHERE status = 'approved'`);
    await q.query(`
      CREATE TABLE voucher_budget_entry (
        id            bigserial PRIMARY KEY,
        programme_id  uuid NOT NULL REFERENCES voucher_programme(id),
        voucher_id    uuid NOT NULL REFERENCES voucher(id),
        kind          text NOT NULL CHECK (kind IN ('reserved', 'released', 'redeemed')),
        amount_fen    bigint NOT NULL CHECK (amount_fen > 0),
        reason        text NOT NULL,
        by_user       uuid REFERENCES app_user(id),
        at            timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX voucher_budget_entry_programme ON voucher_budget_entry (programme_id, id)`);
    // Append-only: the ledger is what the totals are checked against.
    await q.query(`
      CREATE FUNCTION voucher_budget_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'voucher_budget_entry is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER voucher_budget_entry_append_only BEFORE UPDATE OR DELETE ON voucher_budget_entry
        FOR EACH ROW EXECUTE FUNCTION voucher_budget_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE voucher_budget_entry`);
    await q.query(`DROP FUNCTION voucher_budget_entry_append_only()`);
    await q.query(`DROP TABLE voucher`);
    await q.query(`DROP TABLE voucher_provider`);
    await q.query(`DROP TABLE voucher_programme`);
  }
}
