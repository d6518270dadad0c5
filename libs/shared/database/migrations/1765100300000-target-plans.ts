import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets as data the bureaus manage (issue 16): a bureau admin adds a plan (title, document,
 * years) and its targets, and revises a target (seeded ones too) with a reason. A revision
 * bumps the target's version and keeps the values it replaced in policy_target_revision, so
 * the history is never lost; the reference loader leaves revised targets (version > 1) alone.
 */
export class TargetPlans1765100300000 implements MigrationInterface {
  name = 'TargetPlans1765100300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE target_plan (
        id          serial PRIMARY KEY,
        region_code varchar(6) NOT NULL REFERENCES region(code),
        title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        document    text NOT NULL CHECK (length(document) BETWEEN 1 AND 200),
        from_year   int NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
        to_year     int NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
        created_by  uuid NOT NULL REFERENCES app_user(id),
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (from_year <= to_year)
      )`);
    await q.query(`
      ALTER TABLE policy_target
        ADD COLUMN plan_id int REFERENCES target_plan(id),
        ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE policy_target_revision (
        id           serial PRIMARY KEY,
        target_id    int NOT NULL REFERENCES policy_target(id),
        version      int NOT NULL,
        value        numeric(20, 2) NOT NULL,
        comparison   text NOT NULL,
        from_year    int NOT NULL,
        target_year  int NOT NULL,
        accumulation text NOT NULL,
        base_year    int,
        reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        revised_by   uuid NOT NULL REFERENCES app_user(id),
        revised_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (target_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_target_revision`);
    await q.query(`ALTER TABLE policy_target DROP COLUMN version, DROP COLUMN plan_id`);
    await q.query(`DROP TABLE target_plan`);
  }
}
