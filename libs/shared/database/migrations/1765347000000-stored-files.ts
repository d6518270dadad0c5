import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files outside the database go through one storage port (libs/shared/storage, FileStore):
 * an import job records its file's key in the import store (IMPORT_DIR), not a path. Files
 * stored before were `<IMPORT_DIR>/<uuid>.<format>`, so their key is the path's last part.
 *
 * Contract attachments (issue 18): the contract text and its annexes, PDF or image, kept in the
 * attachment store under `file_key`; the row holds what the file is (type told from its magic
 * bytes, size, SHA-256) and who put it there. `name` is the uploader's file name, shown and
 * used for downloads only.
 */
export class StoredFiles1765347000000 implements MigrationInterface {
  name = 'StoredFiles1765347000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job RENAME COLUMN file_path TO file_key`);
    await q.query(`UPDATE import_job SET file_key = regexp_replace(file_key, '^.*/', '')`);
    await q.query(`
      CREATE TABLE contract_attachment (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id   uuid NOT NULL REFERENCES tech_contract(id),
        file_key      text NOT NULL UNIQUE,
        name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        media_type    text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
        sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by   uuid NOT NULL REFERENCES app_user(id),
        uploaded_by_org_id uuid NOT NULL REFERENCES organization(id),
        uploaded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX contract_attachment_contract_idx ON contract_attachment (contract_id, uploaded_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_attachment`);
    await q.query(`ALTER TABLE import_job RENAME COLUMN file_key TO file_path`);
  }
}
