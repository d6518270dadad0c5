import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { IndicatorUnit } from './indicator-catalogue.js';

export type ReportedStatus = 'pending' | 'approved' | 'superseded';

export interface ReportedFigureRow {
  id: string;
  region_code: string;
  indicator_code: string;
  year: number;
  version: number;
  value: string;
  unit: IndicatorUnit;
  source_document: string;
  source_department: string;
  reason: string | null;
  attachment_name: string | null;
  status: ReportedStatus;
  entered_by: string;
  entered_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
}

/** Every column but the attachment's bytes. */
const COLUMNS = `id, region_code, indicator_code, year, version, value::text AS value, unit, source_document,
  source_department, reason, attachment_name, status, entered_by, entered_at, approved_by, approved_at`;

export interface ReportedListFilter {
  root: string | null;
  indicatorCode?: string;
  year?: number;
  status?: ReportedStatus;
}

/** SQL for reported_figure; every query takes the caller's EntityManager. */
@Injectable()
export class ReportedFigureRepository {
  async find(db: Queryable, id: string): Promise<ReportedFigureRow | undefined> {
    const [row]: ReportedFigureRow[] = await db.query(`SELECT ${COLUMNS} FROM reported_figure WHERE id = $1`, [id]);
    return row;
  }

  /**
   * The versions of one (region, indicator, year), newest first. With `lock`, the rows are
   * locked so that two entries of the same figure take their version numbers in turn.
   */
  async versions(
    em: EntityManager,
    regionCode: string,
    indicatorCode: string,
    year: number,
    lock = false,
  ): Promise<ReportedFigureRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM reported_figure WHERE region_code = $1 AND indicator_code = $2 AND year = $3
        ORDER BY version DESC ${lock ? 'FOR UPDATE' : ''}`,
      [regionCode, indicatorCode, year],
    );
  }

  async insert(
    em: EntityManager,
    r: Omit<ReportedFigureRow, 'id' | 'status' | 'entered_at' | 'approved_by' | 'approved_at'> & {
      attachment: Buffer | null;
    },
  ): Promise<ReportedFigureRow> {
    const rows = await returningRows<ReportedFigureRow>(
      em,
      `INSERT INTO reported_figure (region_code, indicator_code, year, version, value, unit, source_document,
         source_department, reason, attachment_name, attachment, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`,
      [
        r.region_code,
        r.indicator_code,
        r.year,
        r.version,
        r.value,
        r.unit,
        r.source_document,
        r.source_department,
        r.reason,
        r.attachment_name,
        r.attachment,
        r.entered_by,
      ],
    );
    return rows[0]!;
  }

  /** Marks `status` versions of the figure other than `keep` superseded. */
  async supersede(em: EntityManager, row: ReportedFigureRow, status: ReportedStatus, keep: string): Promise<void> {
    await affectedRows(
      em,
      `UPDATE reported_figure SET status = 'superseded'
        WHERE region_code = $1 AND indicator_code = $2 AND year = $3 AND status = $4 AND id <> $5`,
      [row.region_code, row.indicator_code, row.year, status, keep],
    );
  }

  /** Approves a pending version; undefined when it is no longer pending. */
  async approve(em: EntityManager, id: string, userId: string): Promise<ReportedFigureRow | undefined> {
    const rows = await returningRows<ReportedFigureRow>(
      em,
      `UPDATE reported_figure SET status = 'approved', approved_by = $2, approved_at = now()
        WHERE id = $1 AND status = 'pending' RETURNING ${COLUMNS}`,
      [id, userId],
    );
    return rows[0];
  }

  async list(
    db: Queryable,
    f: ReportedListFilter,
    offset: number,
    limit: number,
  ): Promise<[ReportedFigureRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.root !== null)
      where.push(`region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $${params.push(f.root)})`);
    if (f.indicatorCode !== undefined) where.push(`indicator_code = $${params.push(f.indicatorCode)}`);
    if (f.year !== undefined) where.push(`year = $${params.push(f.year)}`);
    if (f.status !== undefined) where.push(`status = $${params.push(f.status)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM reported_figure ${cond}`, params);
    const rows: ReportedFigureRow[] = await db.query(
      `SELECT ${COLUMNS} FROM reported_figure ${cond}
        ORDER BY entered_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /** The approved value of each year of one region's indicator. */
  async approvedByYear(
    db: Queryable,
    regionCode: string,
    indicatorCode: string,
  ): Promise<{ year: number; value: string; version: number; source_document: string; source_department: string }[]> {
    return db.query(
      `SELECT year, value::text AS value, version, source_document, source_department FROM reported_figure
        WHERE region_code = $1 AND indicator_code = $2 AND status = 'approved' ORDER BY year`,
      [regionCode, indicatorCode],
    );
  }

  async attachment(db: Queryable, id: string): Promise<{ name: string; bytes: Buffer } | undefined> {
    const [row]: { name: string | null; bytes: Buffer | null }[] = await db.query(
      `SELECT attachment_name AS name, attachment AS bytes FROM reported_figure WHERE id = $1`,
      [id],
    );
    return row?.name && row.bytes ? { name: row.name, bytes: row.bytes } : undefined;
  }
}
