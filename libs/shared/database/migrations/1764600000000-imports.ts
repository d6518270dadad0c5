import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk import (issue 10): import jobs with their per-row problems, the keys seen in a job's
 * file (duplicates within a file are found here, not in a growing in-memory set), and the
 * historical contracts loaded from a registry's spreadsheets (natural key: registration number).
 */
export class Imports1764600000000 implements MigrationInterface {
  name = 'Imports1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            text NOT NULL CHECK (kind IN ('achievements', 'needs', 'contracts')),
        format          text NOT NULL CHECK (format IN ('xlsx', 'csv')),
        encoding        text CHECK (encoding IN ('utf-8', 'gb18030')),
        file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        file_path       text NOT NULL,
        file_size       bigint NOT NULL,
        file_sha256     char(64) NOT NULL,
        status          text NOT NULL DEFAULT 'validation_queued' CHECK (status IN
                          ('validation_queued', 'validating', 'validated', 'commit_queued', 'committing', 'committed', 'failed', 'cancelled')),
        phase           text NOT NULL DEFAULT 'dry_run' CHECK (phase IN ('dry_run', 'commit')),
        org_id          uuid NOT NULL REFERENCES organization(id),
        created_by      uuid NOT NULL REFERENCES app_user(id),
        region_code     varchar(6) REFERENCES region(code),
        total_rows      int,
        rows_done       int NOT NULL DEFAULT 0,
        valid_rows      int NOT NULL DEFAULT 0,
        problem_rows    int NOT NULL DEFAULT 0,
        imported_rows   int NOT NULL DEFAULT 0,
        skipped_rows    int NOT NULL DEFAULT 0,
        cursor_row      int NOT NULL DEFAULT 0,
        cancel_requested boolean NOT NULL DEFAULT false,
        error_code      text,
        error_message   text,
        error_details   jsonb,
        heartbeat_at    timestamptz,
        started_at      timestamptz,
        finished_at     timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX import_job_queue_idx ON import_job (created_at) WHERE status IN ('validation_queued', 'commit_queued', 'validating', 'committing')`,
    );
    await q.query(`CREATE INDEX import_job_region_idx ON import_job (region_code, created_at)`);
    await q.query(`
      CREATE TABLE import_problem (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_id      uuid NOT NULL REFERENCES import_job(id) ON DELETE CASCADE,
        phase       text NOT NULL CHECK (phase IN ('dry_run', 'commit')),
        row_no      int NOT NULL,
        column_name text NOT NULL,
        code        text NOT NULL,
        message     text NOT NULL
      )`);
    await q.query(`CREATE INDEX import_problem_job_idx ON import_problem (job_id, phase, row_no, id)`);
    await q.query(`
      CREATE TABLE import_job_key (
        job_id  uuid NOT NULL REFERENCES import_job(id) ON DELETE CASCADE,
        key     text NOT NULL,
        row_no  int NOT NULL,
        PRIMARY KEY (job_id, key)
      )`);
    await q.query(`
      CREATE TABLE imported_contract (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_no       varchar(64) NOT NULL UNIQUE,
        import_job_id         uuid NOT NULL REFERENCES import_job(id),
        row_no                int NOT NULL,
        title                 text NOT NULL,
        contract_type_code    varchar(48) NOT NULL REFERENCES contract_type(code),
        contract_subtype_code varchar(48) NOT NULL REFERENCES contract_type(code),
        tech_field_code       varchar(16) NOT NULL REFERENCES tech_field(code),
        seller_name           text NOT NULL,
        seller_credit_code    varchar(18),
        seller_region_code    varchar(6) NOT NULL REFERENCES region(code),
        buyer_name            text NOT NULL,
        buyer_credit_code     varchar(18),
        buyer_region_code     varchar(6) NOT NULL REFERENCES region(code),
        registry_region_code  varchar(6) NOT NULL REFERENCES region(code),
        contract_amount_fen   bigint NOT NULL CHECK (contract_amount_fen >= 0),
        tech_amount_fen       bigint NOT NULL CHECK (tech_amount_fen >= 0 AND tech_amount_fen <= contract_amount_fen),
        signed_on             date,
        certified_on          date NOT NULL,
        created_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX imported_contract_job_idx ON imported_contract (import_job_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imported_contract, import_job_key, import_problem, import_job`);
  }
}
