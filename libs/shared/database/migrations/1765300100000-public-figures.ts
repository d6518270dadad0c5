import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public figures (issue 16, libs/statistics): whether a region's bureau publishes its technology
 * transfer figures on the page anyone can open (淮北's plan: "动态发布我市科技成果转化各项指标").
 * One row per region that has decided; no row = not published.
 */
export class PublicFigures1765300100000 implements MigrationInterface {
  name = 'PublicFigures1765300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_figures_setting (
        region_code  varchar(6) PRIMARY KEY REFERENCES region(code),
        published    boolean NOT NULL,
        updated_by   uuid REFERENCES app_user(id),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_figures_setting`);
  }
}
