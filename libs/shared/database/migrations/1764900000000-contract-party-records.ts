import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract parties as records: each party's 统一社会信用代码 beside its name and region. For a
 * registered organisation they are copied from the organisation record (at creation, and again
 * at submission, when the registry takes the contract); an unregistered counterpart is entered
 * with its own checked code. Existing contracts take the codes of their registered parties.
 */
export class ContractPartyRecords1764900000000 implements MigrationInterface {
  name = 'ContractPartyRecords1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tech_contract ADD COLUMN seller_credit_code text, ADD COLUMN buyer_credit_code text, ADD COLUMN intermediary_credit_code text`,
    );
    await q.query(
      `UPDATE tech_contract c SET seller_credit_code = o.credit_code FROM organization o WHERE o.id = c.seller_org_id`,
    );
    await q.query(
      `UPDATE tech_contract c SET buyer_credit_code = o.credit_code FROM organization o WHERE o.id = c.buyer_org_id`,
    );
    await q.query(
      `UPDATE tech_contract c SET intermediary_credit_code = o.credit_code FROM organization o WHERE o.id = c.intermediary_org_id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tech_contract DROP COLUMN seller_credit_code, DROP COLUMN buyer_credit_code, DROP COLUMN intermediary_credit_code`,
    );
  }
}
