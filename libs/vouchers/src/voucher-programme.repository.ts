import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { LedgerKind } from './voucher.rules.js';

export interface ProgrammeRow {
  id: string;
  issuer_org_id: string;
  issuer_name: string;
  region_code: string;
  name: string;
  budget_fen: string;
  reserved_fen: string;
  redeemed_fen: string;
  opens_on: string;
  closes_on: string;
  eligible_kinds: string[];
  categories: string[];
  subsidy_percent: number;
  cap_per_enterprise_fen: string;
  reservation_days: number;
  outside_providers: boolean;
  accepted_region_codes: string[];
  created_at: Date;
}

export interface ProviderRow {
  programme_id: string;
  org_id: string;
  name: string;
  type: string;
  region_code: string;
}

export interface OrgSummary {
  id: string;
  name: string;
  type: string;
  credit_code: string | null;
  region_code: string;
  verified: boolean;
}

export interface LedgerRow {
  id: string;
  programme_id: string;
  voucher_id: string;
  kind: LedgerKind;
  amount_fen: string;
  reason: string;
  enterprise_name: string;
  at: Date;
}

export type NewProgramme = Omit<
  ProgrammeRow,
  'id' | 'issuer_name' | 'reserved_fen' | 'redeemed_fen' | 'created_at' | 'budget_fen' | 'cap_per_enterprise_fen'
> & { budget_fen: bigint; cap_per_enterprise_fen: bigint; created_by: string };

const COLUMNS = `p.id, p.issuer_org_id, o.name AS issuer_name, p.region_code, p.name, p.budget_fen::text AS budget_fen,
  p.reserved_fen::text AS reserved_fen, p.redeemed_fen::text AS redeemed_fen, p.opens_on::text AS opens_on,
  p.closes_on::text AS closes_on, p.eligible_kinds, p.categories, p.subsidy_percent, p.cap_per_enterprise_fen::text AS cap_per_enterprise_fen,
  p.reservation_days, p.outside_providers, p.accepted_region_codes::text[] AS accepted_region_codes, p.created_at`;
const FROM = `voucher_programme p JOIN org_summary o ON o.id = p.issuer_org_id`;
const IN_SUBTREE = (col: string, p: string) =>
  `${col} IN (SELECT region_code FROM region_subtree WHERE root_code = ${p})`;

/** SQL for voucher_programme, its approved providers and its budget ledger (voucher_budget_entry). */
@Injectable()
export class VoucherProgrammeRepository {
  async find(db: Queryable, id: string): Promise<ProgrammeRow | null> {
    const rows: ProgrammeRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * The programme, locked for the rest of the transaction: approvals, redemptions and expiries
   * of its vouchers take turns on this row (within the pool's lock_timeout, else 409 RESOURCE_BUSY).
   */
  async lock(em: EntityManager, id: string): Promise<ProgrammeRow | null> {
    const rows: ProgrammeRow[] = await em.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = $1 FOR NO KEY UPDATE OF p`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insert(em: EntityManager, r: NewProgramme): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO voucher_programme (issuer_org_id, region_code, name, budget_fen, opens_on, closes_on, eligible_kinds,
         categories, subsidy_percent, cap_per_enterprise_fen, reservation_days, outside_providers, accepted_region_codes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        r.issuer_org_id,
        r.region_code,
        r.name,
        String(r.budget_fen),
        r.opens_on,
        r.closes_on,
        r.eligible_kinds,
        r.categories,
        r.subsidy_percent,
        String(r.cap_per_enterprise_fen),
        r.reservation_days,
        r.outside_providers,
        r.accepted_region_codes,
        r.created_by,
      ],
    );
    return row!.id;
  }

  /** Programmes issued in `root`'s subtree or accepting vouchers of it; all with root null. */
  async listForRegion(
    db: Queryable,
    root: string | null,
    offset: number,
    limit: number,
  ): Promise<[ProgrammeRow[], number]> {
    const where =
      root === null
        ? 'TRUE'
        : `(${IN_SUBTREE('p.region_code', '$1')} OR EXISTS (
              SELECT 1 FROM unnest(p.accepted_region_codes) a WHERE ${IN_SUBTREE('a', '$1')}))`;
    return this.page(db, where, root === null ? [] : [root], offset, limit);
  }

  /** Programmes an enterprise of `regionCode` may apply to: issued for a region it lies in. */
  async listForEnterprise(
    db: Queryable,
    regionCode: string,
    offset: number,
    limit: number,
  ): Promise<[ProgrammeRow[], number]> {
    const where = `p.region_code IN (SELECT root_code FROM region_subtree WHERE region_code = $1)`;
    return this.page(db, where, [regionCode], offset, limit);
  }

  /** Programmes that approved `orgId` as a provider. */
  async listForProvider(
    db: Queryable,
    orgId: string,
    offset: number,
    limit: number,
  ): Promise<[ProgrammeRow[], number]> {
    const where = `EXISTS (SELECT 1 FROM voucher_provider v WHERE v.programme_id = p.id AND v.org_id = $1)`;
    return this.page(db, where, [orgId], offset, limit);
  }

  private async page(
    db: Queryable,
    where: string,
    params: unknown[],
    offset: number,
    limit: number,
  ): Promise<[ProgrammeRow[], number]> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM voucher_programme p WHERE ${where}`,
      params,
    );
    const rows: ProgrammeRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where}
        ORDER BY p.closes_on DESC, p.created_at DESC, p.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /** An organisation as identity's read model tells it (name, type, credit code, region, verified). */
  async org(db: Queryable, id: string): Promise<OrgSummary | null> {
    const rows: OrgSummary[] = await db.query(
      `SELECT id, name, type, credit_code, region_code, verified FROM org_summary WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async providers(db: Queryable, programmeIds: string[]): Promise<ProviderRow[]> {
    if (programmeIds.length === 0) return [];
    return db.query(
      `SELECT v.programme_id, v.org_id, o.name, o.type, o.region_code FROM voucher_provider v
         JOIN org_summary o ON o.id = v.org_id WHERE v.programme_id = ANY($1::uuid[]) ORDER BY v.approved_at, o.name`,
      [programmeIds],
    );
  }

  /** Adds a provider; false when it was already approved. */
  async addProvider(em: EntityManager, programmeId: string, orgId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(
      em,
      `INSERT INTO voucher_provider (programme_id, org_id, approved_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING org_id`,
      [programmeId, orgId, userId],
    );
    return rows.length > 0;
  }

  async isProvider(db: Queryable, programmeId: string, orgId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM voucher_provider WHERE programme_id = $1 AND org_id = $2`, [
      programmeId,
      orgId,
    ]);
    return rows.length > 0;
  }

  /**
   * A programme of another region that approved `providerOrgId` and accepts vouchers issued in
   * `issuerRegion` (通用通兑): its region lists a region that `issuerRegion` lies in.
   */
  async hostAccepting(
    db: Queryable,
    providerOrgId: string,
    issuerRegion: string,
    excludeId: string,
  ): Promise<string | null> {
    const rows: { id: string }[] = await db.query(
      `SELECT p.id FROM voucher_programme p JOIN voucher_provider v ON v.programme_id = p.id AND v.org_id = $1
        WHERE p.id <> $3 AND EXISTS (
          SELECT 1 FROM unnest(p.accepted_region_codes) a
           WHERE a IN (SELECT root_code FROM region_subtree WHERE region_code = $2))
        ORDER BY p.created_at LIMIT 1`,
      [providerOrgId, issuerRegion, excludeId],
    );
    return rows[0]?.id ?? null;
  }

  /** Moves the running totals by the deltas (the CHECKs keep them within the budget). */
  async moveTotals(em: EntityManager, id: string, reservedDelta: bigint, redeemedDelta: bigint): Promise<void> {
    await em.query(
      `UPDATE voucher_programme SET reserved_fen = reserved_fen + $2::bigint, redeemed_fen = redeemed_fen + $3::bigint WHERE id = $1`,
      [id, String(reservedDelta), String(redeemedDelta)],
    );
  }

  async appendLedger(
    em: EntityManager,
    e: {
      programmeId: string;
      voucherId: string;
      kind: LedgerKind;
      amountFen: bigint;
      reason: string;
      userId: string | null;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO voucher_budget_entry (programme_id, voucher_id, kind, amount_fen, reason, by_user) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.programmeId, e.voucherId, e.kind, String(e.amountFen), e.reason, e.userId],
    );
  }

  async ledger(db: Queryable, programmeId: string, offset: number, limit: number): Promise<[LedgerRow[], number]> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM voucher_budget_entry WHERE programme_id = $1`,
      [programmeId],
    );
    const rows: LedgerRow[] = await db.query(
      `SELECT e.id::text AS id, e.programme_id, e.voucher_id, e.kind, e.amount_fen::text AS amount_fen, e.reason,
              o.name AS enterprise_name, e.at
         FROM voucher_budget_entry e JOIN voucher v ON v.id = e.voucher_id JOIN org_summary o ON o.id = v.enterprise_org_id
        WHERE e.programme_id = $1 ORDER BY e.id DESC LIMIT $2 OFFSET $3`,
      [programmeId, limit, offset],
    );
    return [rows, n];
  }

  /** The ledger's sums by kind, to set beside the running totals. */
  async ledgerSums(db: Queryable, programmeId: string): Promise<{ kind: LedgerKind; amount_fen: string }[]> {
    return db.query(
      `SELECT kind, sum(amount_fen)::text AS amount_fen FROM voucher_budget_entry WHERE programme_id = $1 GROUP BY kind`,
      [programmeId],
    );
  }
}
