import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceData1763856000000 implements MigrationInterface {
  name = 'ReferenceData1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        code        varchar(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        name        text NOT NULL,
        level       text NOT NULL CHECK (level IN ('province', 'city', 'county')),
        parent_code varchar(6) REFERENCES region(code),
        valid_from  date,
        valid_to    date,
        CHECK ((level = 'province') = (parent_code IS NULL))
      )`);
    await q.query(`CREATE INDEX region_parent_idx ON region (parent_code)`);
    await q.query(`
      CREATE TABLE region_closure (
        ancestor_code   varchar(6) NOT NULL REFERENCES region(code),
        descendant_code varchar(6) NOT NULL REFERENCES region(code),
        depth           smallint NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_code, descendant_code)
      )`);
    await q.query(`CREATE INDEX region_closure_descendant_idx ON region_closure (descendant_code, depth)`);
    await q.query(`
      CREATE TABLE tech_field (
        code       varchar(16) PRIMARY KEY,
        name       text NOT NULL,
        sort_order int NOT NULL,
        valid_from date NOT NULL,
        valid_to   date,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`
      CREATE TABLE contract_type (
        code        varchar(48) PRIMARY KEY,
        name        text NOT NULL,
        parent_code varchar(48) REFERENCES contract_type(code),
        sort_order  int NOT NULL,
        valid_from  date NOT NULL,
        valid_to    date,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`
      CREATE TABLE rejection_reason (
        code        varchar(48) PRIMARY KEY,
        name        text NOT NULL,
        sort_order  int NOT NULL,
        valid_from  date NOT NULL,
        valid_to    date,
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`
      CREATE TABLE policy_target (
        id             serial PRIMARY KEY,
        region_code    varchar(6) NOT NULL REFERENCES region(code),
        indicator_code varchar(64) NOT NULL,
        indicator_name text NOT NULL,
        perspective    text CHECK (perspective IN ('absorption', 'output', 'registered')),
        target_year    int NOT NULL,
        value          numeric(20, 2) NOT NULL,
        unit           text NOT NULL CHECK (unit IN ('yuan', 'count', 'percent')),
        comparison     text NOT NULL CHECK (comparison IN ('gt', 'gte', 'eq')),
        source_doc     text NOT NULL,
        source_quote   text NOT NULL,
        UNIQUE (region_code, indicator_code, target_year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_target, rejection_reason, contract_type, tech_field, region_closure, region`);
  }
}
