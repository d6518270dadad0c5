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

  /**
   * Inserts many entries in one statement; a certificate already counting (the partial unique
   * index) is skipped, not an error. Answers the inserted rows with their position in `rows`.
   */
  async insertMany(
    em: EntityManager,
    rows: Omit<RegistryEntryRow, 'id' | 'entered_at' | 'withdrawn_at' | 'withdraw_reason'>[],
  ): Promise<{ ord: number; id: string }[]> {
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const inserted: { ord: string; id: string }[] = await returningRows(
      em,
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[], $9::uuid[])
           WITH ORDINALITY AS u(kind, region_code, name, credit_code, certificate_no, recognised_on, valid_until, host, entered_by, ord)
       ), ins AS (
         INSERT INTO registry_entry (kind, region_code, name, credit_code, certificate_no, recognised_on, valid_until, host, entered_by)
         SELECT kind, region_code, name, credit_code, certificate_no, recognised_on, valid_until, host, entered_by FROM input ORDER BY ord
         ON CONFLICT DO NOTHING
         RETURNING id, kind, region_code, name, certificate_no, recognised_on
       )
       SELECT DISTINCT ON (ins.id) i.ord, ins.id FROM ins JOIN input i
         ON i.kind = ins.kind AND i.region_code = ins.region_code AND i.name = ins.name
        AND i.certificate_no IS NOT DISTINCT FROM ins.certificate_no AND i.recognised_on = ins.recognised_on
        ORDER BY ins.id, i.ord`,
      [
        col('kind'),
        col('region_code'),
        col('name'),
        col('credit_code'),
        col('certificate_no'),
        col('recognised_on'),
        col('valid_until'),
        col('host'),
        col('entered_by'),
      ],
    );
    return inserted.map((r) => ({ ord: Number(r.ord) - 1, id: r.id }));
  }

  /**
   * Which of `keys` already count: by kind and certificate number where there is one, else by
   * kind, region, name and date (an import's natural keys).
   */
  async counting(
    db: Queryable,
    keys: { kind: string; certificateNo: string | null; regionCode: string; name: string; recognisedOn: string }[],
  ): Promise<{ ord: number }[]> {
    const col = <K extends keyof (typeof keys)[number]>(k: K) => keys.map((r) => r[k]);
    const rows: { ord: string }[] = await db.query(
      `SELECT k.ord FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[])
         WITH ORDINALITY AS k(kind, certificate_no, region_code, name, recognised_on, ord)
        WHERE EXISTS (
          SELECT 1 FROM registry_entry e
           WHERE e.kind = k.kind AND e.${COUNTING}
             AND (CASE WHEN k.certificate_no IS NOT NULL THEN e.certificate_no = k.certificate_no
                  ELSE e.region_code = k.region_code AND e.name = k.name AND e.recognised_on = k.recognised_on END))`,
      [col('kind'), col('certificateNo'), col('regionCode'), col('name'), col('recognisedOn')],
    );
    return rows.map((r) => ({ ord: Number(r.ord) - 1 }));
  }

  /** Serialises imports of registry entries, so two cannot both insert an entry without a certificate. */
  async lockForImport(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('import:registries'))`);
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

  /** The kinds of entry naming `creditCode` that are in force on `date` (a 科小 or 高企 certificate still valid). */
  async kindsInForceFor(db: Queryable, creditCode: string, date: string): Promise<RegistryKind[]> {
    const rows: { kind: RegistryKind }[] = await db.query(
      `SELECT DISTINCT kind FROM registry_entry
        WHERE credit_code = $1 AND ${COUNTING} AND recognised_on <= $2::date
          AND (valid_until IS NULL OR valid_until >= $2::date)`,
      [creditCode, date],
    );
    return rows.map((r) => r.kind);
  }
}
