import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { Collateral, LoanEntryKind, RateType } from './loan.rules.js';

/** A record the filing links to, as it stood when filed. */
export interface LoanLink {
  kind: 'achievement' | 'contract';
  id: string;
  title: string;
  registrationNo?: string | null;
}

export interface LoanRow {
  id: string;
  bank_org_id: string;
  bank_name: string;
  enterprise_org_id: string;
  enterprise_name: string;
  enterprise_region_code: string;
  amount_fen: string;
  term_months: number;
  rate_type: RateType;
  collateral: Collateral;
  links: LoanLink[];
  purpose: string;
  filed_at: Date;
  /** Repayments so far (fen). */
  repaid_fen: string;
  defaulted_fen: string | null;
  settled: boolean;
}

export interface LoanEntryRow {
  id: string;
  loan_id: string;
  kind: LoanEntryKind;
  amount_fen: string | null;
  occurred_on: string;
  note: string | null;
  at: Date;
}

export interface LoanFigureRow {
  filed_count: number;
  filed_fen: string;
  filed_enterprises: number;
  repaid_fen: string;
  defaulted_count: number;
  defaulted_fen: string;
  settled_count: number;
}

export interface NewLoan {
  bankOrgId: string;
  enterpriseOrgId: string;
  enterpriseRegionCode: string;
  authorisationId: string;
  amountFen: bigint;
  termMonths: number;
  rateType: RateType;
  collateral: Collateral;
  achievementIds: string[];
  contractIds: string[];
  links: LoanLink[];
  purpose: string;
  userId: string;
}

const COLUMNS = `l.id, l.bank_org_id, b.name AS bank_name, l.enterprise_org_id, e.name AS enterprise_name,
  l.enterprise_region_code, l.amount_fen::text AS amount_fen, l.term_months, l.rate_type, l.collateral, l.links,
  l.purpose, l.filed_at,
  (SELECT coalesce(sum(amount_fen), 0)::text FROM loan_entry x WHERE x.loan_id = l.id AND x.kind = 'repayment') AS repaid_fen,
  (SELECT amount_fen::text FROM loan_entry x WHERE x.loan_id = l.id AND x.kind = 'default') AS defaulted_fen,
  EXISTS (SELECT 1 FROM loan_entry x WHERE x.loan_id = l.id AND x.kind = 'settled') AS settled`;
const FROM = `loan l JOIN org_summary b ON b.id = l.bank_org_id JOIN org_summary e ON e.id = l.enterprise_org_id`;
const IN_SUBTREE = (col: string, p: string) =>
  `${col} IN (SELECT region_code FROM region_subtree WHERE root_code = ${p})`;
/** The start of a China calendar day (figures are by China dates). */
const DAY = (p: string) => `(${p}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;

export interface LoanScope {
  bankOrgId?: string;
  enterpriseOrgId?: string;
  /** A bureau's subtree: loans to enterprises of its regions. */
  root?: string;
}

/** SQL for loan filings and their append-only entries. */
@Injectable()
export class LoanRepository {
  async insert(em: EntityManager, l: NewLoan): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO loan (bank_org_id, enterprise_org_id, enterprise_region_code, authorisation_id, amount_fen, term_months,
                         rate_type, collateral, achievement_ids, contract_ids, links, purpose, filed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        l.bankOrgId,
        l.enterpriseOrgId,
        l.enterpriseRegionCode,
        l.authorisationId,
        l.amountFen.toString(),
        l.termMonths,
        l.rateType,
        l.collateral,
        l.achievementIds,
        l.contractIds,
        JSON.stringify(l.links),
        l.purpose,
        l.userId,
      ],
    );
    return row!.id;
  }

  async find(db: Queryable, id: string): Promise<LoanRow | null> {
    const [row]: LoanRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE l.id = $1`, [id]);
    return row ?? null;
  }

  /** Takes the loan's row lock (entries are judged against the ones before them); the filing itself never changes. */
  async lock(em: EntityManager, id: string): Promise<{ id: string; amount_fen: string } | null> {
    const [row]: { id: string; amount_fen: string }[] = await em.query(
      `SELECT id, amount_fen::text AS amount_fen FROM loan WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async facts(
    db: Queryable,
    id: string,
  ): Promise<{ bank_org_id: string; enterprise_org_id: string; enterprise_region_code: string } | null> {
    const [row] = (await db.query(
      `SELECT bank_org_id, enterprise_org_id, enterprise_region_code FROM loan WHERE id = $1`,
      [id],
    )) as { bank_org_id: string; enterprise_org_id: string; enterprise_region_code: string }[];
    return row ?? null;
  }

  async entries(db: Queryable, loanIds: string[]): Promise<LoanEntryRow[]> {
    if (loanIds.length === 0) return [];
    return db.query(
      `SELECT id::text AS id, loan_id, kind, amount_fen::text AS amount_fen, occurred_on::text AS occurred_on, note, at
         FROM loan_entry WHERE loan_id = ANY($1::uuid[]) ORDER BY id`,
      [loanIds],
    );
  }

  async appendEntry(
    em: EntityManager,
    e: {
      loanId: string;
      kind: LoanEntryKind;
      amountFen: bigint | null;
      occurredOn: string;
      note: string | null;
      userId: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO loan_entry (loan_id, kind, amount_fen, occurred_on, note, by_user) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.loanId, e.kind, e.amountFen?.toString() ?? null, e.occurredOn, e.note, e.userId],
    );
  }

  async list(db: Queryable, s: LoanScope, offset: number, limit: number): Promise<[LoanRow[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (s.bankOrgId) where.push(`l.bank_org_id = $${params.push(s.bankOrgId)}`);
    if (s.enterpriseOrgId) where.push(`l.enterprise_org_id = $${params.push(s.enterpriseOrgId)}`);
    if (s.root) where.push(IN_SUBTREE('l.enterprise_region_code', `$${params.push(s.root)}`));
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM loan l ${cond}`, params);
    const rows: LoanRow[] = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${cond} ORDER BY l.filed_at DESC, l.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return [rows, n];
  }

  /**
   * A region's loan figures for [from, to) (China dates), by the enterprise's region: filings by
   * their filing date, repayments and defaults by the dates the bank recorded for them.
   */
  async figures(db: Queryable, root: string, from: string, to: string): Promise<LoanFigureRow> {
    const [row]: LoanFigureRow[] = await db.query(
      `WITH here AS (SELECT * FROM loan WHERE ${IN_SUBTREE('enterprise_region_code', '$1')}),
            filed AS (SELECT * FROM here WHERE filed_at >= ${DAY('$2')} AND filed_at < ${DAY('$3')}),
            entries AS (SELECT x.* FROM loan_entry x JOIN here ON here.id = x.loan_id
                         WHERE x.occurred_on >= $2::date AND x.occurred_on < $3::date)
       SELECT (SELECT count(*)::int FROM filed) AS filed_count,
              (SELECT coalesce(sum(amount_fen), 0)::text FROM filed) AS filed_fen,
              (SELECT count(DISTINCT enterprise_org_id)::int FROM filed) AS filed_enterprises,
              (SELECT coalesce(sum(amount_fen), 0)::text FROM entries WHERE kind = 'repayment') AS repaid_fen,
              (SELECT count(*)::int FROM entries WHERE kind = 'default') AS defaulted_count,
              (SELECT coalesce(sum(amount_fen), 0)::text FROM entries WHERE kind = 'default') AS defaulted_fen,
              (SELECT count(*)::int FROM entries WHERE kind = 'settled') AS settled_count`,
      [root, from, to],
    );
    return row!;
  }

  /** Monthly series of a region's filings for the plan indicators ('YYYY-MM' → count, or fen). */
  async monthly(
    db: Queryable,
    measure: 'count' | 'fen',
    root: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<{ month: string; value: string }[]> {
    return db.query(
      `SELECT to_char(filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
              ${measure === 'fen' ? 'sum(amount_fen)' : 'count(*)'}::text AS value
         FROM loan WHERE ${IN_SUBTREE('enterprise_region_code', '$1')}
          AND filed_at >= ${DAY('$2')} AND filed_at < (($3::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
        GROUP BY 1`,
      [root, `${fromMonth}-01`, `${toMonth}-01`],
    );
  }
}
