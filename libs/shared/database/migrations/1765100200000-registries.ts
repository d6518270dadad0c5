import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registries the plans count (issue 16): enterprises recognised as 高新技术企业 or
 * 科技型中小企业 (certificate or registration number, date, validity), 中试基地, transfer
 * centres and parks, innovation platforms, 科技特派员 and teams dispatched (host). One table:
 * every kind is a dated entry of a region that bureaus enter; the kinds differ only in which
 * fields they require (libs/registries/src/registry-kinds.ts).
 */
export class Registries1765100200000 implements MigrationInterface {
  name = 'Registries1765100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry_entry (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            text NOT NULL CHECK (kind IN ('high_tech_enterprise', 'tech_sme', 'pilot_base', 'transfer_center',
                          'transfer_park', 'innovation_platform', 'common_rd_platform', 'tech_innovation_center',
                          'sci_tech_commissioner', 'commissioner_team')),
        region_code     varchar(6) NOT NULL REFERENCES region(code),
        name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        credit_code     varchar(18),
        certificate_no  varchar(40),
        recognised_on   date NOT NULL,
        valid_until     date,
        host            text CHECK (length(host) <= 200),
        entered_by      uuid NOT NULL REFERENCES app_user(id),
        entered_at      timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_until IS NULL OR valid_until >= recognised_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX registry_entry_certificate ON registry_entry (kind, certificate_no) WHERE certificate_no IS NOT NULL`,
    );
    await q.query(`CREATE INDEX registry_entry_region_kind ON registry_entry (kind, region_code, recognised_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry_entry`);
  }
}
