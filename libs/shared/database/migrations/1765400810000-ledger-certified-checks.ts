import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two rules of a ledger entry that only validateLedgerEntries (JavaScript) enforced become
 * CHECKs, because a bulk import now appends from a query (StatisticsLedger.appendCertifiedFrom)
 * and no entry of it passes through JavaScript: a subtype belongs to its type, and a certified
 * contract's 技术交易额 is not above its 合同成交额. NOT VALID: rows already in the ledger were
 * written through the JavaScript check; new rows are held to both.
 */
export class LedgerCertifiedChecks1765400810000 implements MigrationInterface {
  name = 'LedgerCertifiedChecks1765400810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE stats_ledger ADD CONSTRAINT stats_ledger_subtype_of_type
         CHECK (left(contract_subtype_code, length(contract_type_code) + 1) = contract_type_code || '.') NOT VALID`,
    );
    await q.query(
      `ALTER TABLE stats_ledger ADD CONSTRAINT stats_ledger_certified_tech_within_contract
         CHECK (entry_kind <> 'certified' OR tech_amount_fen <= contract_amount_fen) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stats_ledger DROP CONSTRAINT stats_ledger_certified_tech_within_contract`);
    await q.query(`ALTER TABLE stats_ledger DROP CONSTRAINT stats_ledger_subtype_of_type`);
  }
}
