import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Technology-contract statistics (issue 8): the append-only ledger of signed deltas and the
 * three rollups kept current by StatisticsLedger.append in the certifying transaction (see
 * libs/statistics/src/statistics-ledger.service.ts for why these keys).
 */
export class StatisticsLedger1764300000000 implements MigrationInterface {
  name = 'StatisticsLedger1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_ledger (
        id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        contract_id           uuid NOT NULL,
        registration_no       varchar(64) NOT NULL,
        entry_kind            text NOT NULL CHECK (entry_kind IN ('certified', 'amendment', 'cancellation')),
        source                text NOT NULL CHECK (source IN ('platform', 'import')),
        effective_date        date NOT NULL,
        seller_region_code    varchar(6) NOT NULL REFERENCES region(code),
        buyer_region_code     varchar(6) NOT NULL REFERENCES region(code),
        registry_region_code  varchar(6) NOT NULL REFERENCES region(code),
        contract_type_code    varchar(48) NOT NULL REFERENCES contract_type(code),
        contract_subtype_code varchar(48) NOT NULL REFERENCES contract_type(code),
        tech_field_code       varchar(16) NOT NULL REFERENCES tech_field(code),
        count_delta           smallint NOT NULL,
        contract_amount_fen   bigint NOT NULL,
        tech_amount_fen       bigint NOT NULL,
        contract_name         text NOT NULL,
        seller_name           text NOT NULL,
        buyer_name            text NOT NULL,
        recorded_at           timestamptz NOT NULL DEFAULT now(),
        CHECK (
          (entry_kind = 'certified' AND count_delta = 1 AND contract_amount_fen >= 0 AND tech_amount_fen >= 0)
          OR (entry_kind = 'amendment' AND count_delta BETWEEN -1 AND 1)
          OR (entry_kind = 'cancellation' AND count_delta = -1 AND contract_amount_fen <= 0 AND tech_amount_fen <= 0)
        )
      )`);
    await q.query(
      `CREATE UNIQUE INDEX stats_ledger_certified_once ON stats_ledger (contract_id) WHERE entry_kind = 'certified'`,
    );
    await q.query(`CREATE INDEX stats_ledger_effective_idx ON stats_ledger (effective_date)`);
    await q.query(`
      CREATE FUNCTION stats_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stats_ledger is append-only: record an amendment instead';
      END $$`);
    await q.query(`
      CREATE TRIGGER stats_ledger_no_change BEFORE UPDATE OR DELETE ON stats_ledger
      FOR EACH ROW EXECUTE FUNCTION stats_ledger_append_only()`);

    const sums = `
        contract_count      bigint NOT NULL,
        contract_amount_fen bigint NOT NULL,
        tech_amount_fen     bigint NOT NULL`;
    await q.query(`
      CREATE TABLE stats_rollup_month (
        perspective text NOT NULL CHECK (perspective IN ('absorption', 'output', 'registered')),
        region_code varchar(6) NOT NULL,
        month       date NOT NULL,${sums},
        PRIMARY KEY (perspective, region_code, month)
      )`);
    await q.query(`
      CREATE TABLE stats_rollup_detail (
        perspective           text NOT NULL CHECK (perspective IN ('absorption', 'output', 'registered')),
        region_code           varchar(6) NOT NULL,
        month                 date NOT NULL,
        contract_type_code    varchar(48) NOT NULL,
        contract_subtype_code varchar(48) NOT NULL,
        tech_field_code       varchar(16) NOT NULL,${sums},
        PRIMARY KEY (perspective, region_code, month, contract_type_code, contract_subtype_code, tech_field_code)
      )`);
    await q.query(`
      CREATE TABLE stats_flow_month (
        seller_region_code varchar(6) NOT NULL,
        buyer_region_code  varchar(6) NOT NULL,
        month              date NOT NULL,${sums},
        PRIMARY KEY (seller_region_code, buyer_region_code, month)
      )`);
    await q.query(`CREATE INDEX stats_flow_month_buyer_idx ON stats_flow_month (buyer_region_code, month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stats_flow_month, stats_rollup_detail, stats_rollup_month, stats_ledger`);
    await q.query(`DROP FUNCTION stats_ledger_append_only()`);
  }
}
