import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegionService } from '../../reference/src/index.js';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { benefitWarnings } from './benefit-rules.js';
import { ContractNotFoundError } from './contracts.errors.js';
import {
  CONTRACT_COLUMNS,
  toContractView,
  type AdjustmentTotals,
  type BuyerContractFigures,
  type ContractParties,
  type PartyContractRow,
  type ContractRecord,
  type ContractRow,
  type SaleDraftRow,
} from './contract.row.js';
import type { AdjustmentView, ContractView, PricePublicationSummary } from './contract.types.js';
import type { ValidContract } from './contract-input.validator.js';
import { WRITE_COLUMNS, writeValues } from './contract-write.js';

/** One page of a list: how many rows, after how many. */
type PageSlice = { limit: number; offset: number };

/** SQL for tech_contract and its adjustments; every query takes the caller's EntityManager. */
@Injectable()
export class ContractRepository {
  constructor(private readonly regions: RegionService) {}

  async find(em: EntityManager, id: string, lock = false): Promise<ContractRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row]: ContractRow[] = await em.query(
      `SELECT c.*, c.signed_on::text AS signed_on, c.term_start::text AS term_start, c.term_end::text AS term_end,
              c.deadline_on::text AS deadline_on, c.certified_on::text AS certified_on
         FROM tech_contract c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  async get(em: EntityManager, id: string, lock = false): Promise<ContractRow> {
    const row = await this.find(em, id, lock);
    if (!row) throw new ContractNotFoundError(id);
    return row;
  }

  /** Parties, the author's organisation, bureaus above the seller's or buyer's region, platform admins. */
  async canRead(principal: Principal, c: ContractRow): Promise<boolean> {
    if (isPlatformAdmin(principal)) return true;
    if ([c.seller_org_id, c.buyer_org_id, c.intermediary_org_id, c.created_by_org_id].includes(principal.orgId))
      return true;
    if (isBureau(principal)) {
      return (
        (await this.regions.isWithin(c.seller_region_code, principal.regionCode)) ||
        (await this.regions.isWithin(c.buyer_region_code, principal.regionCode))
      );
    }
    return false;
  }

  async view(em: EntityManager, id: string, today: string, detail = true): Promise<ContractView> {
    const [row]: (ContractRow & AdjustmentTotals)[] = await em.query(
      `SELECT ${CONTRACT_COLUMNS} FROM tech_contract c WHERE c.id = $1`,
      [id],
    );
    if (!row) throw new ContractNotFoundError(id);
    const v = toContractView(row, today);
    if (detail) {
      const region = await this.regions.get(row.seller_region_code);
      v.warnings = benefitWarnings([region.code, ...region.ancestors.map((a) => a.code)], v.benefit);
      v.adjustments = await this.adjustments(em, id);
      v.pricePublication = await this.pricePublication(em, id);
    }
    return v;
  }

  async pricePublication(em: EntityManager, contractId: string): Promise<PricePublicationSummary | null> {
    const [p]: { id: string; start_on: string; end_on: string; objection_count: number }[] = await em.query(
      `SELECT p.id, p.start_on::text AS start_on, p.end_on::text AS end_on,
              (SELECT count(*)::int FROM price_publication_objection o WHERE o.publication_id = p.id) AS objection_count
         FROM price_publication p WHERE p.contract_id = $1`,
      [contractId],
    );
    return p ? { id: p.id, startOn: p.start_on, endOn: p.end_on, objectionCount: p.objection_count } : null;
  }

  /** The organisation's contracts (as seller, buyer, intermediary or author), latest change first. */
  ofOrganisation(em: EntityManager, orgId: string, status: string | undefined, page: PageSlice, today: string) {
    const where = `(c.seller_org_id = $1 OR c.buyer_org_id = $1 OR c.intermediary_org_id = $1 OR c.created_by_org_id = $1)`;
    return status
      ? this.views(em, `${where} AND c.status = $2`, [orgId, status], 'c.updated_at DESC, c.id', page, today)
      : this.views(em, where, [orgId], 'c.updated_at DESC, c.id', page, today);
  }

  /** Submitted contracts of sellers in the regions, earliest deadline first; with `overdue`, those past it. */
  submittedIn(em: EntityManager, regionCodes: string[], overdue: boolean, page: PageSlice, today: string) {
    const where = `c.status = 'submitted' AND c.seller_region_code = ANY($1)`;
    const order = 'c.deadline_on ASC, c.submitted_at ASC, c.id';
    return overdue
      ? this.views(em, `${where} AND c.deadline_on < $2`, [regionCodes, today], order, page, today)
      : this.views(em, where, [regionCodes], order, page, today);
  }

  /** Certified contracts registered or sold in the regions (in a year, if given), newest first. */
  certifiedIn(em: EntityManager, regionCodes: string[], year: number | undefined, page: PageSlice, today: string) {
    const where = `c.status = 'certified' AND (c.registry_region_code = ANY($1) OR c.seller_region_code = ANY($1))`;
    const order = 'c.certified_on DESC, c.registration_no DESC';
    return year === undefined
      ? this.views(em, where, [regionCodes], order, page, today)
      : this.views(
          em,
          `${where} AND c.certified_on >= $2 AND c.certified_on < $3`,
          [regionCodes, `${year}-01-01`, `${year + 1}-01-01`],
          order,
          page,
          today,
        );
  }

  private async views(
    em: EntityManager,
    where: string,
    params: unknown[],
    order: string,
    page: PageSlice,
    today: string,
  ) {
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM tech_contract c WHERE ${where}`,
      params,
    );
    const rows: (ContractRow & AdjustmentTotals)[] = await em.query(
      `SELECT ${CONTRACT_COLUMNS} FROM tech_contract c WHERE ${where} ORDER BY ${order} LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`,
      params,
    );
    return { total: n, items: rows.map((r) => toContractView(r, today)) };
  }

  async adjustments(em: EntityManager, contractId: string): Promise<AdjustmentView[]> {
    const rows: Record<string, unknown>[] = await em.query(
      `SELECT a.*, a.effective_date::text AS effective_date FROM contract_adjustment a WHERE a.contract_id = $1 ORDER BY a.recorded_at, a.id`,
      [contractId],
    );
    return rows.map((a) => ({
      id: a.id as string,
      kind: a.kind as AdjustmentView['kind'],
      effectiveDate: a.effective_date as string,
      contractAmountDeltaFen: a.contract_amount_delta_fen as string,
      techAmountDeltaFen: a.tech_amount_delta_fen as string,
      countDelta: a.count_delta as number,
      contractAmountAfterFen: a.contract_amount_after_fen as string,
      techAmountAfterFen: a.tech_amount_after_fen as string,
      reason: a.reason as string,
      recordedBy: a.recorded_by as string,
      recordedAt: (a.recorded_at as Date).toISOString(),
    }));
  }

  async insert(em: EntityManager, v: ValidContract, principal: Principal): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO tech_contract (${WRITE_COLUMNS.join(', ')}, created_by, created_by_org_id)
       VALUES (${WRITE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${WRITE_COLUMNS.length + 1}, $${WRITE_COLUMNS.length + 2})
       RETURNING id`,
      [...writeValues(v), principal.userId, principal.orgId],
    );
    return row!.id;
  }

  /**
   * A sale's draft (挂牌 or auction), written by the server: the seller's organisation is its
   * author (`createdBy` one of its people), and what a sale does not know stays NULL.
   */
  async insertSaleDraft(em: EntityManager, d: SaleDraftRow): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO tech_contract (title, contract_type_code, tech_field_code, seller_org_id, seller_name, seller_credit_code,
         seller_region_code, buyer_org_id, buyer_name, buyer_credit_code, buyer_region_code, contract_amount_fen,
         tech_amount_fen, deal_id, achievement_id, price_route, created_by, created_by_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $4) RETURNING id`,
      [
        d.title,
        d.typeCode,
        d.fieldCode,
        d.seller.orgId,
        d.seller.name,
        d.seller.creditCode,
        d.seller.regionCode,
        d.buyer.orgId,
        d.buyer.name,
        d.buyer.creditCode,
        d.buyer.regionCode,
        d.amountFen.toString(),
        d.dealId,
        d.achievementId,
        d.route,
        d.createdBy,
      ],
    );
    return row!.id;
  }

  /**
   * Copies the current name, credit code and region of every registered party onto the contract
   * (from identity's org_summary): what the registry certifies is the organisations' record at
   * submission, not what was typed.
   */
  async snapshotParties(em: EntityManager, id: string): Promise<void> {
    for (const party of ['seller', 'buyer', 'intermediary'] as const) {
      await em.query(
        `UPDATE tech_contract c SET ${party}_name = o.name, ${party}_credit_code = o.credit_code, ${party}_region_code = o.region_code
           FROM org_summary o WHERE c.id = $1 AND o.id = c.${party}_org_id`,
        [id],
      );
    }
  }

  /** Optimistic: false when the version moved (or the status left `allowed`). */
  async update(em: EntityManager, id: string, version: number, v: ValidContract): Promise<boolean> {
    const sets = WRITE_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const n = await affectedRows(
      em,
      `UPDATE tech_contract SET ${sets}, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status IN ('draft', 'rejected')`,
      [id, version, ...writeValues(v)],
    );
    return n === 1;
  }

  async markSubmitted(db: Queryable, id: string, s: { at: Date; by: string; deadlineOn: string }): Promise<void> {
    await db.query(
      `UPDATE tech_contract SET status = 'submitted', submitted_at = $2, submitted_by = $3, deadline_on = $4, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, s.at, s.by, s.deadlineOn],
    );
  }

  async markCertified(
    db: Queryable,
    id: string,
    c: {
      at: Date;
      on: string;
      by: string;
      registry: string;
      registrationNo: string;
      contractFen: bigint;
      techFen: bigint;
    },
  ): Promise<void> {
    await db.query(
      `UPDATE tech_contract SET status = 'certified', certified_at = $2, certified_on = $3, certified_by = $4, registry_region_code = $5,
              registration_no = $6, approved_contract_amount_fen = $7, approved_tech_amount_fen = $8, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, c.at, c.on, c.by, c.registry, c.registrationNo, c.contractFen.toString(), c.techFen.toString()],
    );
  }

  async markRejected(db: Queryable, id: string, reasonCode: string, comment: string | null): Promise<void> {
    await db.query(
      `UPDATE tech_contract SET status = 'rejected', rejection_reason_code = $2, rejection_comment = $3, rejected_at = now(),
              version = version + 1, updated_at = now() WHERE id = $1`,
      [id, reasonCode, comment],
    );
  }

  /** The sum of recorded deltas, and whether a cancellation is among them. */
  async adjustmentTotals(
    db: Queryable,
    contractId: string,
  ): Promise<{ contract_delta: string | null; tech_delta: string | null; cancelled: boolean | null }> {
    const [totals]: { contract_delta: string | null; tech_delta: string | null; cancelled: boolean | null }[] =
      await db.query(
        `SELECT sum(contract_amount_delta_fen)::text AS contract_delta, sum(tech_amount_delta_fen)::text AS tech_delta,
                bool_or(kind = 'cancellation') AS cancelled
           FROM contract_adjustment WHERE contract_id = $1`,
        [contractId],
      );
    return totals!;
  }

  async insertAdjustment(
    db: Queryable,
    a: {
      contractId: string;
      kind: 'amendment' | 'cancellation';
      effectiveDate: string;
      contractDelta: bigint;
      techDelta: bigint;
      countDelta: number;
      contractAfter: bigint;
      techAfter: bigint;
      reason: string;
      recordedBy: string;
    },
  ): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO contract_adjustment (contract_id, kind, effective_date, contract_amount_delta_fen, tech_amount_delta_fen, count_delta,
                                        contract_amount_after_fen, tech_amount_after_fen, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        a.contractId,
        a.kind,
        a.effectiveDate,
        a.contractDelta.toString(),
        a.techDelta.toString(),
        a.countDelta,
        a.contractAfter.toString(),
        a.techAfter.toString(),
        a.reason,
        a.recordedBy,
      ],
    );
    return id!;
  }

  /** The parties and regions of a contract, for the authorisation guard. */
  /** What another context may rely on of a contract: its parties, registration status, amount as certified, and cancellation. */
  async record(db: Queryable, id: string): Promise<ContractRecord | undefined> {
    const [row]: ContractRecord[] = await db.query(
      `SELECT c.id, c.title, c.status, c.seller_org_id, c.buyer_org_id, c.registration_no,
              coalesce(c.approved_contract_amount_fen, c.contract_amount_fen)::text AS contract_amount_fen,
              EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation') AS cancelled
         FROM tech_contract c WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /**
   * An organisation's certified contracts as buyer (cancelled ones excluded): how many, their
   * amount as certified, and how many are 技术开发 (R&D cooperation) — inputs of its innovation score.
   */
  async buyerFigures(db: Queryable, orgId: string): Promise<BuyerContractFigures> {
    const [row]: BuyerContractFigures[] = await db.query(
      `SELECT count(*)::int AS certified_count,
              coalesce(sum(coalesce(c.approved_contract_amount_fen, c.contract_amount_fen)), 0)::text AS certified_fen,
              (count(*) FILTER (WHERE c.contract_type_code = 'development'))::int AS development_count
         FROM tech_contract c
        WHERE c.buyer_org_id = $1 AND c.status = 'certified'
          AND NOT EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation')`,
      [orgId],
    );
    return row!;
  }

  /** An organisation's certified, uncancelled contracts as buyer or seller, newest first (at most 200). */
  async certifiedOfParty(db: Queryable, orgId: string): Promise<PartyContractRow[]> {
    return db.query(
      `SELECT c.id, c.title, c.registration_no, c.certified_on::text AS certified_on,
              coalesce(c.approved_contract_amount_fen, c.contract_amount_fen)::text AS contract_amount_fen
         FROM tech_contract c
        WHERE (c.buyer_org_id = $1 OR c.seller_org_id = $1) AND c.status = 'certified'
          AND NOT EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation')
        ORDER BY c.certified_at DESC, c.id LIMIT 200`,
      [orgId],
    );
  }

  async parties(db: Queryable, id: string): Promise<ContractParties | undefined> {
    const [row]: ContractParties[] = await db.query(
      `SELECT c.seller_org_id, c.buyer_org_id, c.intermediary_org_id, c.created_by_org_id, c.seller_region_code, c.buyer_region_code
         FROM tech_contract c WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /**
   * Achievements behind certified, uncancelled contracts with a party (seller or buyer) in the
   * subtree of `root`, each counted once, in the month its first such contract was certified:
   * rows of 'YYYY-MM' and count for months [fromMonth, toMonth] ('YYYY-MM').
   */
  achievementsConvertedByMonth(
    db: Queryable,
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; n: number }[]> {
    return db.query(
      `SELECT to_char(x.first_on, 'YYYY-MM') AS month, count(*)::int AS n
         FROM (SELECT c.achievement_id, min(c.certified_on) AS first_on
                 FROM tech_contract c
                WHERE c.status = 'certified' AND c.achievement_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation')
                  AND (c.seller_region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $1)
                    OR c.buyer_region_code IN (SELECT region_code FROM region_subtree WHERE root_code = $1))
                GROUP BY c.achievement_id) x
        WHERE x.first_on >= $2::date AND x.first_on < $3::date + interval '1 month'
        GROUP BY 1`,
      [root, `${fromMonth}-01`, `${toMonth}-01`],
    );
  }
}
