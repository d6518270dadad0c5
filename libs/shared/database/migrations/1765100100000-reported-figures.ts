import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures a bureau reports for a plan indicator it cannot measure on the platform (issue 16):
 * one row per version of (region, indicator, year). A revision is a new version, never an
 * overwrite; a version counts once a second bureau user approves it, and the approved version
 * it replaces becomes `superseded` (as does a pending one a newer entry replaces).
 */
export class ReportedFigures1765100100000 implements MigrationInterface {
  name = 'ReportedFigures1765100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reported_figure (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code       varchar(6) NOT NULL REFERENCES region(code),
        indicator_code    varchar(64) NOT NULL,
        year              int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        version           int NOT NULL CHECK (version >= 1),
        value             numeric(20, 2) NOT NULL,
        unit              text NOT NULL CHECK (unit IN ('yuan', 'count', 'percent')),
        source_document   text NOT NULL CHECK (length(source_document) BETWEEN 1 AND 300),
        source_department text NOT NULL CHECK (length(source_department) BETWEEN 1 AND 100),
        reason            text CHECK (length(reason) <= 500),
        attachment_name   text CHECK (length(attachment_name) <= 200),
        attachment        bytea,
        status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'superseded')),
        entered_by        uuid NOT NULL REFERENCES app_user(id),
        entered_at        timestamptz NOT NULL DEFAULT now(),
        approved_by       uuid REFERENCES app_user(id),
        approved_at       timestamptz,
        UNIQUE (region_code, indicator_code, year, version),
        CHECK ((attachment IS NULL) = (attachment_name IS NULL)),
        CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND approved_by <> entered_by))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX reported_figure_one_approved ON reported_figure (region_code, indicator_code, year) WHERE status = 'approved'`,
    );
    await q.query(`CREATE INDEX reported_figure_pending ON reported_figure (region_code) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reported_figure`);
  }
}
