import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';

export type VoucherStatus = 'applied' | 'rejected' | 'approved' | 'redemption_requested' | 'redeemed' | 'expired';
export const VOUCHER_STATUSES: readonly VoucherStatus[] = [
  'applied',
  'rejected',
  'approved',
  'redemption_requested',
  'redeemed',
  'expired',
];

export interface VoucherRow {
  id: string;
  programme_id: string;
  programme_name: string;
  issuer_org_id: string;
  issuer_region_code: string;
  subsidy_percent: number;
  host_programme_id: string | null;
  host_region_code: string | null;
  enterprise_org_id: string;
  enterprise_name: string;
  enterprise_region_code: string;
  provider_org_id: string;
  provider_name: string;
  category: string;
  purpose: string;
  planned_fen: string;
  requested_fen: string;
  year: number;
  status: VoucherStatus;
  applied_at: Date;
  approved_fen: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  expires_on: string | null;
  contract_id: string | null;
  service_fen: string | null;
  evidence: string | null;
  redemption_requested_at: Date | null;
  redemption_note: string | null;
  redeemed_fen: string | null;
  redeemed_at: Date | null;
  expired_at: Date | null;
}

const COLUMNS = `v.id, v.programme_id, p.name AS programme_name, p.issuer_org_id, p.region_code AS issuer_region_code,
  p.subsidy_percent, v.host_programme_id, h.region_code AS host_region_code, v.enterprise_org_id, e.name AS enterprise_name,
  v.enterprise_region_code, v.provider_org_id, s.name AS provider_name, v.category, v.purpose, v.planned_fen::text AS planned_fen,
  v.requested_fen::text AS requested_fen, v.year, v.status, v.applied_at, v.approved_fen::text AS approved_fen, v.decided_at,
  v.decision_note, v.expires_on::text AS expires_on, v.contract_id, v.service_fen::text AS service_fen, v.evidence,
  v.redemption_requested_at, v.redemption_note, v.redeemed_fen::text AS redeemed_fen, v.redeemed_at, v.expired_at`;
const FROM = `voucher v JOIN voucher_programme p ON p.id = v.programme_id
  LEFT JOIN voucher_programme h ON h.id = v.host_programme_id
  JOIN org_summary e ON e.id = v.enterprise_org_id JOIN org_summary s ON s.id = v.provider_org_id`;
/** The start of a China calendar day (figures are by China dates). */
const DAY = (p: string) => `(${p}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const IN_SUBTREE = (col: string, p: string) =>
  `${col} IN (SELECT region_code FROM region_subtree WHERE root_code = ${p})`;

export interface VoucherScope {
  /** A bureau's subtree: vouchers its programmes issued or its programmes' providers serve. */
  root?: string | null;
  enterpriseOrgId?: string;
  providerOrgId?: string;
  programmeId?: string;
  statuses?: readonly VoucherStatus[];
}

/** One region's voucher figures for a period, amounts in fen. */
export interface VoucherFigureRow {
  approved_count: number;
  approved_fen: string;
  redeemed_count: number;
  redeemed_fen: string;
  redeemed_enterprises: number;
  served_count: number;
  served_fen: string;
}

/** SQL for voucher (applications to redemption). */
@Injectable()
export class VoucherRepository {
  async find(db: Queryable, id: string): Promise<VoucherRow | null> {
    const rows: VoucherRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE v.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The voucher, locked (taken after its programme's lock: every writer takes them in that order). */
  async lock(em: EntityManager, id: string): Promise<VoucherRow | null> {
    const rows: VoucherRow[] = await em.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE v.id = $1 FOR NO KEY UPDATE OF v`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async facts(
    db: Queryable,
    id: string,
  ): Promise<Pick<
    VoucherRow,
    'issuer_org_id' | 'issuer_region_code' | 'host_region_code' | 'enterprise_org_id' | 'provider_org_id' | 'status'
  > | null> {
    const rows = await db.query(
      `SELECT p.issuer_org_id, p.region_code AS issuer_region_code, h.region_code AS host_region_code,
              v.enterprise_org_id, v.provider_org_id, v.status
         FROM voucher v JOIN voucher_programme p ON p.id = v.programme_id
         LEFT JOIN voucher_programme h ON h.id = v.host_programme_id WHERE v.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insert(
    em: EntityManager,
    r: {
      programmeId: string;
      enterpriseOrgId: string;
      enterpriseRegionCode: string;
      providerOrgId: string;
      hostProgrammeId: string | null;
      category: string;
      purpose: string;
      plannedFen: bigint;
      requestedFen: bigint;
      year: number;
      userId: string;
    },
  ): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO voucher (programme_id, enterprise_org_id, enterprise_region_code, provider_org_id, host_programme_id,
         category, purpose, planned_fen, requested_fen, year, applied_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        r.programmeId,
        r.enterpriseOrgId,
        r.enterpriseRegionCode,
        r.providerOrgId,
        r.hostProgrammeId,
        r.category,
        r.purpose,
        String(r.plannedFen),
        String(r.requestedFen),
        r.year,
        r.userId,
      ],
    );
    return row!.id;
  }

  /**
   * What an enterprise holds of a programme's yearly cap, other vouchers than `exceptId`: the
   * amount redeemed, reserved, or (pending) requested.
   */
  async usedThisYear(
    db: Queryable,
    programmeId: string,
    enterpriseOrgId: string,
    year: number,
    exceptId: string | null,
  ) {
    const [{ fen }]: { fen: string }[] = await db.query(
      `SELECT coalesce(sum(CASE status WHEN 'redeemed' THEN redeemed_fen WHEN 'applied' THEN requested_fen ELSE approved_fen END), 0)::text AS fen
         FROM voucher WHERE programme_id = $1 AND enterprise_org_id = $2 AND year = $3
          AND status IN ('applied', 'approved', 'redemption_requested', 'redeemed') AND id IS DISTINCT FROM $4`,
      [programmeId, enterpriseOrgId, year, exceptId],
    );
    return BigInt(fen);
  }

  /** Same, counting only what a bureau decided (reserved or redeemed): the cap an approval is checked against. */
  async decidedThisYear(db: Queryable, programmeId: string, enterpriseOrgId: string, year: number, exceptId: string) {
    const [{ fen }]: { fen: string }[] = await db.query(
      `SELECT coalesce(sum(CASE status WHEN 'redeemed' THEN redeemed_fen ELSE approved_fen END), 0)::text AS fen
         FROM voucher WHERE programme_id = $1 AND enterprise_org_id = $2 AND year = $3
          AND status IN ('approved', 'redemption_requested', 'redeemed') AND id <> $4`,
      [programmeId, enterpriseOrgId, year, exceptId],
    );
    return BigInt(fen);
  }

  async approve(
    em: EntityManager,
    id: string,
    amountFen: bigint,
    expiresOn: string,
    userId: string,
    note: string | null,
  ) {
    await em.query(
      `UPDATE voucher SET status = 'approved', approved_fen = $2, expires_on = $3, decided_by = $4, decided_at = now(), decision_note = $5
        WHERE id = $1 AND status = 'applied'`,
      [id, String(amountFen), expiresOn, userId, note],
    );
  }

  async reject(em: EntityManager, id: string, userId: string, note: string) {
    await em.query(
      `UPDATE voucher SET status = 'rejected', decided_by = $2, decided_at = now(), decision_note = $3 WHERE id = $1 AND status = 'applied'`,
      [id, userId, note],
    );
  }

  /** Records the redemption request; the unique contract_id refuses a contract backing another voucher. */
  async requestRedemption(
    em: EntityManager,
    id: string,
    r: { contractId: string | null; serviceFen: bigint; evidence: string | null },
  ) {
    await em.query(
      `UPDATE voucher SET status = 'redemption_requested', contract_id = $2, service_fen = $3, evidence = $4,
              redemption_requested_at = now(), redemption_note = NULL
        WHERE id = $1 AND status = 'approved'`,
      [id, r.contractId, String(r.serviceFen), r.evidence],
    );
  }

  async redeem(em: EntityManager, id: string, redeemedFen: bigint, userId: string) {
    await em.query(
      `UPDATE voucher SET status = 'redeemed', redeemed_fen = $2, redeemed_by = $3, redeemed_at = now()
        WHERE id = $1 AND status = 'redemption_requested'`,
      [id, String(redeemedFen), userId],
    );
  }

  /** Returns a redemption request: the contract is free to back another (or this one, corrected). */
  async returnRedemption(em: EntityManager, id: string, note: string) {
    await em.query(
      `UPDATE voucher SET status = 'approved', contract_id = NULL, service_fen = NULL, evidence = NULL,
              redemption_requested_at = NULL, redemption_note = $2
        WHERE id = $1 AND status = 'redemption_requested'`,
      [id, note],
    );
  }

  async expire(em: EntityManager, id: string) {
    await em.query(`UPDATE voucher SET status = 'expired', expired_at = now() WHERE id = $1 AND status = 'approved'`, [
      id,
    ]);
  }

  /** Approved vouchers whose reservation ended before `today`, by programme (the expiry locks each programme in turn). */
  async due(db: Queryable, today: string, limit: number): Promise<{ id: string; programme_id: string }[]> {
    return db.query(
      `SELECT id, programme_id FROM voucher WHERE status = 'approved' AND expires_on < $1::date
        ORDER BY programme_id, expires_on, id LIMIT $2`,
      [today, limit],
    );
  }

  async list(db: Queryable, s: VoucherScope, offset: number, limit: number): Promise<[VoucherRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (s.root !== undefined && s.root !== null) {
      const p = `$${params.push(s.root)}`;
      where.push(`(${IN_SUBTREE('p.region_code', p)} OR ${IN_SUBTREE('h.region_code', p)})`);
    }
    if (s.enterpriseOrgId) where.push(`v.enterprise_org_id = $${params.push(s.enterpriseOrgId)}`);
    if (s.providerOrgId) where.push(`v.provider_org_id = $${params.push(s.providerOrgId)}`);
    if (s.programmeId) where.push(`v.programme_id = $${params.push(s.programmeId)}`);
    if (s.statuses?.length) where.push(`v.status = ANY($${params.push(s.statuses)}::text[])`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ${FROM} ${cond}`, params);
    const rows: VoucherRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${cond}
        ORDER BY v.applied_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /**
   * A region's figures for [from, to) (dates): vouchers its programmes approved and redeemed
   * (charged to the issuing programme), and vouchers of other regions' programmes its
   * providers served under 通用通兑 (redeemed through a programme of the subtree as host).
   */
  async figures(db: Queryable, root: string, from: string, to: string): Promise<VoucherFigureRow> {
    const [row]: VoucherFigureRow[] = await db.query(
      `WITH issued AS (
         SELECT v.* FROM voucher v JOIN voucher_programme p ON p.id = v.programme_id WHERE ${IN_SUBTREE('p.region_code', '$1')}
       ), served AS (
         SELECT v.* FROM voucher v JOIN voucher_programme p ON p.id = v.programme_id JOIN voucher_programme h ON h.id = v.host_programme_id
          WHERE ${IN_SUBTREE('h.region_code', '$1')} AND NOT ${IN_SUBTREE('p.region_code', '$1')}
       )
       SELECT
         (SELECT count(*)::int FROM issued WHERE approved_fen IS NOT NULL AND decided_at >= ${DAY('$2')} AND decided_at < ${DAY('$3')}) AS approved_count,
         (SELECT coalesce(sum(approved_fen), 0)::text FROM issued WHERE approved_fen IS NOT NULL AND decided_at >= ${DAY('$2')} AND decided_at < ${DAY('$3')}) AS approved_fen,
         (SELECT count(*)::int FROM issued WHERE status = 'redeemed' AND redeemed_at >= ${DAY('$2')} AND redeemed_at < ${DAY('$3')}) AS redeemed_count,
         (SELECT coalesce(sum(redeemed_fen), 0)::text FROM issued WHERE status = 'redeemed' AND redeemed_at >= ${DAY('$2')} AND redeemed_at < ${DAY('$3')}) AS redeemed_fen,
         (SELECT count(DISTINCT enterprise_org_id)::int FROM issued WHERE status = 'redeemed' AND redeemed_at >= ${DAY('$2')} AND redeemed_at < ${DAY('$3')}) AS redeemed_enterprises,
         (SELECT count(*)::int FROM served WHERE status = 'redeemed' AND redeemed_at >= ${DAY('$2')} AND redeemed_at < ${DAY('$3')}) AS served_count,
         (SELECT coalesce(sum(redeemed_fen), 0)::text FROM served WHERE status = 'redeemed' AND redeemed_at >= ${DAY('$2')} AND redeemed_at < ${DAY('$3')}) AS served_fen`,
      [root, from, to],
    );
    return row!;
  }

  /**
   * Monthly series of a region's issued vouchers for the plan indicators ('YYYY-MM' → value):
   * approvals counted, redemptions counted or summed in fen, in China months.
   */
  async monthly(
    db: Queryable,
    measure: 'approved' | 'redeemed' | 'redeemed_fen',
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; value: string }[]> {
    const at = measure === 'approved' ? 'v.decided_at' : 'v.redeemed_at';
    const cond = measure === 'approved' ? 'v.approved_fen IS NOT NULL' : `v.status = 'redeemed'`;
    const value = measure === 'redeemed_fen' ? 'sum(v.redeemed_fen)' : 'count(*)';
    return db.query(
      `SELECT to_char(${at} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${value}::text AS value
         FROM voucher v JOIN voucher_programme p ON p.id = v.programme_id
        WHERE ${cond} AND ${IN_SUBTREE('p.region_code', '$1')}
          AND ${at} >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ${at} < (($3::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
        GROUP BY 1`,
      [root, `${fromMonth}-01`, `${toMonth}-01`],
    );
  }
}
