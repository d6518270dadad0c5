import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { copyRows, returningRows, type CopyValue } from '../../shared/database/index.js';
import type { CertifiedSource } from '../../statistics/src/index.js';

const STAGE = 'pg_temp.import_contract_stage';

/** What the set-based checks of a staged batch found, by row number. */
export interface StagedSortOut {
  /** A row whose registration number an earlier row of the file has: that row's number. */
  lost: Map<number, number>;
  /** Rows whose registration number is already a contract (imported or registered here). */
  inDb: number[];
}

/**
 * Historical contracts of a commit batch (issue 21, imports near COPY): the batch's valid rows
 * are copied into a temporary staging table on the transaction's own connection, checked
 * against the file's earlier rows and the contracts already known in one statement, and
 * inserted with the ledger and its rollups in one more (StatisticsLedger.appendCertifiedFrom).
 * The staging table lives in the session (temporary tables need no WAL) and empties at commit.
 */
@Injectable()
export class ImportedContractRepository {
  /**
   * Copies the rows into the staging table. It is created by the first batch of each pooled
   * connection; `IF NOT EXISTS` every time (a catalog look-up) rather than remembering it, because
   * a batch that rolls back takes the table's creation with it.
   */
  async stage(em: EntityManager, rows: Iterable<readonly CopyValue[]>): Promise<number> {
    await em.query(`CREATE TEMP TABLE IF NOT EXISTS import_contract_stage (
        row_no int NOT NULL, registration_no text NOT NULL, title text NOT NULL, type text NOT NULL, subtype text NOT NULL,
        field text NOT NULL, seller text NOT NULL, seller_cc text, seller_region text NOT NULL, buyer text NOT NULL,
        buyer_cc text, buyer_region text NOT NULL, registry text NOT NULL, cfen bigint NOT NULL, tfen bigint NOT NULL,
        signed date, certified date NOT NULL
      ) ON COMMIT DELETE ROWS`);
    return copyRows(em, STAGE, rows);
  }

  /**
   * Within the file, the first valid row with a registration number wins (import_job_key, kept
   * across batches so a pass taken over after a crash still knows the earlier rows); a winner
   * whose number is already a contract is a duplicate in the database. Both kinds leave the
   * staging table, so what stays is what will be inserted.
   */
  async sortOut(em: EntityManager, jobId: string): Promise<StagedSortOut> {
    const rows = await returningRows<{ row_no: number; first: number | null; in_db: boolean }>(
      em,
      `WITH won AS (
         INSERT INTO import_job_key (job_id, key, row_no)
         SELECT $1, registration_no, row_no FROM ${STAGE} ORDER BY row_no
         ON CONFLICT DO NOTHING RETURNING row_no
       ),
       s AS (
         SELECT row_no, registration_no, min(row_no) OVER (PARTITION BY registration_no) AS batch_first FROM ${STAGE}
       ),
       sorted AS (
         -- Scalar subqueries, evaluated per row and only when needed: each is one index probe,
         -- whatever the planner thinks of the sizes of the key table and the contracts.
         SELECT s.row_no,
                -- The key table as the statement found it (earlier batches), else this batch's first row.
                CASE WHEN w.row_no IS NULL THEN coalesce(
                  (SELECT k.row_no FROM import_job_key k WHERE k.job_id = $1 AND k.key = s.registration_no), s.batch_first)
                END AS first,
                w.row_no IS NOT NULL AND (
                  (SELECT true FROM imported_contract c WHERE c.registration_no = s.registration_no LIMIT 1)
                  OR (SELECT true FROM contract_registration_no t WHERE t.registration_no = s.registration_no LIMIT 1)) IS TRUE AS in_db
         FROM s LEFT JOIN won w ON w.row_no = s.row_no
       ),
       gone AS (
         DELETE FROM ${STAGE} st USING sorted x WHERE x.row_no = st.row_no AND (x.first IS NOT NULL OR x.in_db)
       )
       SELECT row_no, first, in_db FROM sorted WHERE first IS NOT NULL OR in_db`,
      [jobId],
    );
    return {
      lost: new Map(rows.filter((r) => r.first !== null).map((r) => [r.row_no, r.first!])),
      inDb: rows.filter((r) => r.in_db).map((r) => r.row_no),
    };
  }

  /**
   * The staged rows into imported_contract, as the ledger's source of certified entries: a
   * number another job inserted meanwhile is skipped by the unique index (see conflicts).
   */
  insertSource(jobId: string): CertifiedSource {
    return {
      sql: `INSERT INTO imported_contract (registration_no, import_job_id, row_no, title, contract_type_code, contract_subtype_code,
              tech_field_code, seller_name, seller_credit_code, seller_region_code, buyer_name, buyer_credit_code, buyer_region_code,
              registry_region_code, contract_amount_fen, tech_amount_fen, signed_on, certified_on)
            SELECT registration_no, $1, row_no, title, type, subtype, field, seller, seller_cc, seller_region, buyer, buyer_cc,
                   buyer_region, registry, cfen, tfen, signed, certified
              FROM ${STAGE} ORDER BY row_no
            ON CONFLICT (registration_no) DO NOTHING
            RETURNING id AS contract_id, registration_no, certified_on AS effective_date, seller_region_code, buyer_region_code,
                      registry_region_code, contract_type_code, contract_subtype_code, tech_field_code, contract_amount_fen,
                      tech_amount_fen, title AS contract_name, seller_name, buyer_name`,
      params: [jobId],
    };
  }

  /** Staged rows that insertSource skipped because a concurrent import took their number first. */
  async conflicts(em: EntityManager, jobId: string): Promise<number[]> {
    const rows: { row_no: number }[] = await em.query(
      `SELECT s.row_no FROM ${STAGE} s
        WHERE NOT EXISTS (SELECT 1 FROM imported_contract c WHERE c.registration_no = s.registration_no AND c.import_job_id = $1)`,
      [jobId],
    );
    return rows.map((r) => r.row_no);
  }
}
