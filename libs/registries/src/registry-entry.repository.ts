import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { RegistryKind } from './registry-kinds.js';

export interface RegistryEntryRow {
  id: string;
  kind: RegistryKind;
  region_code: string;
  name: string;
  credit_code: string | null;
  certificate_no: string | null;
  recognised_on: string;
  valid_until: string | null;
  host: string | null;
  entered_by: string;
  entered_at: Date;
  withdrawn_at: Date | null;
  withdraw_reason: string | null;
}

const COLUMNS = `id, kind, region_code, name, credit_code, certificate_no, recognised_on::text AS recognised_on,
  valid_until::text AS valid_until, host, entered_by, entered_at, withdrawn_at, withdraw_reason`;
/** Entries that count: a withdrawn entry was entered in error. */
const COUNTING = 'withdrawn_at IS NULL';
const IN_SUBTREE = (p: string) => `region_code IN (SELECT region_code FROM region_subtree WHERE root_code = ${p})`;

/** SQL for registry_entry; every query takes the caller's EntityManager (or the DataSource's, outside a transaction). */
@Injectable()
export class RegistryEntryRepository {
  async find(db: Queryable, id: string): Promise<RegistryEntryRow | null> {
    const rows: RegistryEntryRow[] = await db.query(`SELECT ${COLUMNS} FROM registry_entry WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Withdraws an entry still counting; null when it was already withdrawn (or is gone). */
  async withdraw(em: EntityManager, id: string, userId: string, reason: string): Promise<RegistryEntryRow | null> {
    const [row] = await returningRows<RegistryEntryRow>(
      em,
      `UPDATE registry_entry SET withdrawn_at = now(), withdrawn_by = $2, withdraw_reason = $3
        WHERE id = $1 AND ${COUNTING} RETURNING ${COLUMNS}`,
      [id, userId, reason],
    );
    return row ?? null;
  }

  async insert(
    em: EntityManager,
    r: Omit<RegistryEntryRow, 'id' | 'entered_at' | 'withdrawn_at' | 'withdraw_reason'>,
  ): Promise<RegistryEntryRow> {
    const [row] = await returningRows<RegistryEntryRow>(
      em,
      `INSERT INTO registry_entry (kind, region_code, name, credit_code, certificate_no, recognised_on, valid_until, host, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        r.kind,
        r.region_code,
        r.name,
        r.credit_code,
        r.certificate_no,
        r.recognised_on,
        r.valid_until,
        r.host,
        r.entered_by,
      ],
    );
    return row!;
  }

  async list(
    db: Queryable,
    f: { root: string | null; kind?: RegistryKind },
    offset: number,
    limit: number,
  ): Promise<[RegistryEntryRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.root !== null) where.push(IN_SUBTREE(`$${params.push(f.root)}`));
    if (f.kind !== undefined) where.push(`kind = $${params.push(f.kind)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM registry_entry ${cond}`, params);
    const rows: RegistryEntryRow[] = await db.query(
      `SELECT ${COLUMNS} FROM registry_entry ${cond}
        ORDER BY withdrawn_at IS NOT NULL, recognised_on DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /** Entries of `kind` in the subtree recognised in months [fromMonth, toMonth] ('YYYY-MM'), by month. */
  async newByMonth(
    db: Queryable,
    kind: RegistryKind,
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; n: number }[]> {
    return db.query(
      `SELECT to_char(recognised_on, 'YYYY-MM') AS month, count(*)::int AS n FROM registry_entry
        WHERE kind = $1 AND ${IN_SUBTREE('$2')} AND ${COUNTING}
          AND recognised_on >= $3::date AND recognised_on < $4::date + interval '1 month'
        GROUP BY 1`,
      [kind, root, `${fromMonth}-01`, `${toMonth}-01`],
    );
  }

  /** Entries of `kind` in the subtree in force on `date`: recognised by then, validity not yet over. */
  async inForce(db: Queryable, kind: RegistryKind, root: string, date: string): Promise<number> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM registry_entry
        WHERE kind = $1 AND ${IN_SUBTREE('$2')} AND ${COUNTING} AND recognised_on <= $3::date
          AND (valid_until IS NULL OR valid_until >= $3::date)`,
      [kind, root, date],
    );
    return n;
  }
}
