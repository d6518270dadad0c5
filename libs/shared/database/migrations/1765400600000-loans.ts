import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'enterprise', 'university', 'research_institute', 'broker_agency', 'bureau', 'platform'`;

/**
 * 成果转化贷款备案 and 企业创新积分 (issue 20, points 3 and 4).
 *
 * - Financial institutions (金融机构) become an organisation type, registered and verified like the others.
 * - An enterprise authorises a bank (loan_authorisation); revoking stamps the row, so the history
 *   of who was authorised when stays, and one active authorisation per pair is a partial unique index.
 * - A loan filing is never rewritten: UPDATE and DELETE on `loan` raise. Repayments, a default and
 *   the settlement are later `loan_entry` rows, append-only the same way (like the voucher ledger).
 * - The innovation score's formula is published in versions that never change (append-only too),
 *   so a score shown under version N is the same whenever it is computed from the same inputs.
 */
export class Loans1765400600000 implements MigrationInterface {
  name = 'Loans1765400600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization DROP CONSTRAINT organization_type_check`);
    await q.query(
      `ALTER TABLE organization ADD CONSTRAINT organization_type_check CHECK (type IN (${TYPES_BEFORE}, 'financial_institution'))`,
    );
    await q.query(`
      CREATE TABLE loan_authorisation (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_org_id  uuid NOT NULL REFERENCES organization(id),
        bank_org_id        uuid NOT NULL REFERENCES organization(id),
        granted_by         uuid NOT NULL REFERENCES app_user(id),
        granted_at         timestamptz NOT NULL DEFAULT now(),
        revoked_by         uuid REFERENCES app_user(id),
        revoked_at         timestamptz,
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
        CHECK (enterprise_org_id <> bank_org_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX loan_authorisation_active ON loan_authorisation (enterprise_org_id, bank_org_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX loan_authorisation_bank ON loan_authorisation (bank_org_id, granted_at DESC)`);
    await q.query(`
      CREATE TABLE loan (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_org_id             uuid NOT NULL REFERENCES organization(id),
        enterprise_org_id       uuid NOT NULL REFERENCES organization(id),
        enterprise_region_code  varchar(6) NOT NULL REFERENCES region(code),
        authorisation_id        uuid NOT NULL REFERENCES loan_authorisation(id),
        amount_fen              bigint NOT NULL CHECK (amount_fen > 0),
        term_months             smallint NOT NULL CHECK (term_months BETWEEN 1 AND 360),
        rate_type               text NOT NULL CHECK (rate_type IN ('fixed', 'floating')),
        collateral              text NOT NULL CHECK (collateral IN ('patent_pledge', 'achievement', 'credit')),
        achievement_ids         uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(achievement_ids) <= 20),
        contract_ids            uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(contract_ids) <= 20),
        -- The linked records as they stood when filed (titles, registration numbers): part of the filing.
        links                   jsonb NOT NULL DEFAULT '[]',
        purpose                 text NOT NULL CHECK (length(purpose) BETWEEN 2 AND 1000),
        filed_by                uuid NOT NULL REFERENCES app_user(id),
        filed_at                timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX loan_bank ON loan (bank_org_id, filed_at DESC)`);
    await q.query(`CREATE INDEX loan_enterprise ON loan (enterprise_org_id, filed_at DESC)`);
    await q.query(`CREATE INDEX loan_region ON loan (enterprise_region_code, filed_at)`);
    await q.query(`
      CREATE TABLE loan_entry (
        id           bigserial PRIMARY KEY,
        loan_id      uuid NOT NULL REFERENCES loan(id),
        kind         text NOT NULL CHECK (kind IN ('repayment', 'default', 'settled')),
        amount_fen   bigint CHECK (amount_fen > 0),
        occurred_on  date NOT NULL,
        note         text CHECK (length(note) <= 500),
        by_user      uuid NOT NULL REFERENCES app_user(id),
        at           timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'repayment' OR amount_fen IS NOT NULL),
        CHECK (kind <> 'settled' OR amount_fen IS NULL)
      )`);
    await q.query(`CREATE INDEX loan_entry_loan ON loan_entry (loan_id, id)`);
    // One default and one settlement at most per loan; the service refuses them in words first.
    await q.query(
      `CREATE UNIQUE INDEX loan_entry_once ON loan_entry (loan_id, kind) WHERE kind IN ('default', 'settled')`,
    );
    await q.query(`
      CREATE TABLE innovation_score_formula (
        version       integer PRIMARY KEY CHECK (version > 0),
        weights       jsonb NOT NULL,
        note          text NOT NULL CHECK (length(note) BETWEEN 2 AND 500),
        published_by  uuid REFERENCES app_user(id),
        published_at  timestamptz NOT NULL DEFAULT now()
      )`);
    // Filings, their entries and published formulas are never rewritten.
    await q.query(`
      CREATE FUNCTION loans_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    for (const table of ['loan', 'loan_entry', 'innovation_score_formula']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION loans_append_only()`);
    }
    // Version 1: what the platform has facts for (libs/loans/README.md explains each weight).
    await q.query(
      `INSERT INTO innovation_score_formula (version, weights, note) VALUES (1, $1, '首版：按平台已认定登记的技术合同与企业名录计算')`,
      [
        JSON.stringify({
          buyer_contracts: { points: 5, cap: 40 },
          buyer_amount_wan: { points: 1, per: 10, cap: 30 },
          rd_contracts: { points: 10, cap: 30 },
          high_tech_enterprise: { points: 20, cap: 20 },
          tech_sme: { points: 10, cap: 10 },
          awards: { points: 0, cap: 0 },
        }),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE innovation_score_formula`);
    await q.query(`DROP TABLE loan_entry`);
    await q.query(`DROP TABLE loan`);
    await q.query(`DROP TABLE loan_authorisation`);
    await q.query(`DROP FUNCTION loans_append_only()`);
    await q.query(`ALTER TABLE organization DROP CONSTRAINT organization_type_check`);
    await q.query(`ALTER TABLE organization ADD CONSTRAINT organization_type_check CHECK (type IN (${TYPES_BEFORE}))`);
  }
}
