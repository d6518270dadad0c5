import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, type Queryable } from '../../shared/database/index.js';
import type { AttachmentMediaType } from './attachment.rules.js';

/** A contract attachment as the parties and the registry see it. */
export interface AttachmentView {
  id: string;
  name: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: { userId: string; name: string; orgName: string };
}

/** What a download needs: the stored file's key and how to name and label it. */
export interface AttachmentFile {
  id: string;
  fileKey: string;
  name: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
}

interface AttachmentRow {
  id: string;
  name: string;
  media_type: AttachmentMediaType;
  size_bytes: string;
  uploaded_at: Date;
  uploaded_by: string;
  uploader_name: string | null;
  uploader_org_name: string | null;
}

// Names of the uploader and their organisation come from identity's read models.
const VIEW_SQL = `
  SELECT a.id, a.name, a.media_type, a.size_bytes, a.uploaded_at, a.uploaded_by,
         u.display_name AS uploader_name, o.name AS uploader_org_name
    FROM contract_attachment a
    LEFT JOIN user_summary u ON u.id = a.uploaded_by
    LEFT JOIN org_summary o ON o.id = a.uploaded_by_org_id`;

const toView = (r: AttachmentRow): AttachmentView => ({
  id: r.id,
  name: r.name,
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  uploadedAt: r.uploaded_at.toISOString(),
  uploadedBy: { userId: r.uploaded_by, name: r.uploader_name ?? '', orgName: r.uploader_org_name ?? '' },
});

/** SQL for contract_attachment; every call takes the caller's EntityManager. */
@Injectable()
export class AttachmentRepository {
  async count(em: EntityManager, contractId: string): Promise<number> {
    const [row]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM contract_attachment WHERE contract_id = $1`,
      [contractId],
    );
    return row!.n;
  }

  async insert(
    em: EntityManager,
    a: {
      contractId: string;
      fileKey: string;
      name: string;
      mediaType: AttachmentMediaType;
      sizeBytes: number;
      sha256: string;
      userId: string;
      orgId: string;
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO contract_attachment (contract_id, file_key, name, media_type, size_bytes, sha256, uploaded_by, uploaded_by_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [a.contractId, a.fileKey, a.name, a.mediaType, a.sizeBytes, a.sha256, a.userId, a.orgId],
    );
    return row!.id;
  }

  async view(db: Queryable, id: string): Promise<AttachmentView | undefined> {
    const [row]: AttachmentRow[] = await db.query(`${VIEW_SQL} WHERE a.id = $1`, [id]);
    return row ? toView(row) : undefined;
  }

  /** A contract's attachments in the order they were added. */
  async list(db: Queryable, contractId: string): Promise<AttachmentView[]> {
    const rows: AttachmentRow[] = await db.query(`${VIEW_SQL} WHERE a.contract_id = $1 ORDER BY a.uploaded_at, a.id`, [
      contractId,
    ]);
    return rows.map(toView);
  }

  async file(db: Queryable, contractId: string, id: string): Promise<AttachmentFile | undefined> {
    const [row]: { id: string; file_key: string; name: string; media_type: AttachmentMediaType; size_bytes: string }[] =
      await db.query(
        `SELECT id, file_key, name, media_type, size_bytes FROM contract_attachment WHERE id = $1 AND contract_id = $2`,
        [id, contractId],
      );
    return row
      ? {
          id: row.id,
          fileKey: row.file_key,
          name: row.name,
          mediaType: row.media_type,
          sizeBytes: Number(row.size_bytes),
        }
      : undefined;
  }

  /** Deletes the row; answers whether one was there. */
  async delete(em: EntityManager, contractId: string, id: string): Promise<boolean> {
    const n = await affectedRows(em, `DELETE FROM contract_attachment WHERE id = $1 AND contract_id = $2`, [
      id,
      contractId,
    ]);
    return n === 1;
  }
}
