import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A target's period and how it accumulates (issue 16): `annual` counts within the target year,
 * `cumulative` is a running total from `from_year` (the plan's first year) to the target year,
 * `level` is a state at the time (a count of valid certificates, a percentage) judged over the
 * same span. `base_year` is the year a "翻番" target compares with. Existing rows become
 * annual targets of their own year until the reference loader sets their plan periods.
 */
export class TargetPeriods1765100000000 implements MigrationInterface {
  name = 'TargetPeriods1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE policy_target
        ADD COLUMN from_year int,
        ADD COLUMN accumulation text NOT NULL DEFAULT 'annual' CHECK (accumulation IN ('annual', 'cumulative', 'level')),
        ADD COLUMN base_year int`);
    await q.query(`UPDATE policy_target SET from_year = target_year`);
    await q.query(`ALTER TABLE policy_target ALTER COLUMN from_year SET NOT NULL`);
    await q.query(`
      ALTER TABLE policy_target
        ADD CONSTRAINT policy_target_years CHECK (from_year <= target_year AND (base_year IS NULL OR base_year < from_year)),
        ADD CONSTRAINT policy_target_annual_one_year CHECK (accumulation <> 'annual' OR from_year = target_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_target DROP COLUMN base_year, DROP COLUMN accumulation, DROP COLUMN from_year`);
  }
}
