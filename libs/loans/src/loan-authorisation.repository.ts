import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';

export interface AuthorisationRow {
  id: string;
  enterprise_org_id: string;
  enterprise_name: string;
  enterprise_region_code: string;
  bank_org_id: string;
  bank_name: string;
  bank_region_code: string;
  granted_at: Date;
  revoked_at: Date | null;
}

/** An organisation as identity's read model exports it. */
export interface OrgSummaryRow {
  id: string;
  type: string;
  name: string;
  credit_code: string | null;
  region_code: string;
  verified: boolean;
}

const COLUMNS = `a.id, a.enterprise_org_id, e.name AS enterprise_name, e.region_code AS enterprise_region_code,
  a.bank_org_id, b.name AS bank_name, b.region_code AS bank_region_code, a.granted_at, a.revoked_at`;
const FROM = `loan_authorisation a JOIN org_summary e ON e.id = a.enterprise_org_id JOIN org_summary b ON b.id = a.bank_org_id`;

/** SQL for loan_authorisation (an enterprise's authorisations of banks) and the organisations they name. */
@Injectable()
export class LoanAuthorisationRepository {
  async org(db: Queryable, id: string): Promise<OrgSummaryRow | null> {
    const [row]: OrgSummaryRow[] = await db.query(
      `SELECT id, type, name, credit_code, region_code, verified FROM org_summary WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Verified financial institutions an enterprise may authorise, by name. */
  async banks(db: Queryable): Promise<OrgSummaryRow[]> {
    return db.query(
      `SELECT id, type, name, credit_code, region_code, verified FROM org_summary
        WHERE type = 'financial_institution' AND verified ORDER BY name, id LIMIT 500`,
    );
  }

  async insert(em: EntityManager, enterpriseOrgId: string, bankOrgId: string, userId: string): Promise<string> {
    const [row] = await returningRows<{ id: string }>(
      em,
      `INSERT INTO loan_authorisation (enterprise_org_id, bank_org_id, granted_by) VALUES ($1, $2, $3) RETURNING id`,
      [enterpriseOrgId, bankOrgId, userId],
    );
    return row!.id;
  }

  async find(db: Queryable, id: string): Promise<AuthorisationRow | null> {
    const [row]: AuthorisationRow[] = await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  /** The pair's active authorisation, share-locked so that a revocation waits for the filing that relies on it. */
  async lockActive(em: EntityManager, enterpriseOrgId: string, bankOrgId: string): Promise<{ id: string } | null> {
    const [row]: { id: string }[] = await em.query(
      `SELECT id FROM loan_authorisation WHERE enterprise_org_id = $1 AND bank_org_id = $2 AND revoked_at IS NULL FOR SHARE`,
      [enterpriseOrgId, bankOrgId],
    );
    return row ?? null;
  }

  async revoke(em: EntityManager, id: string, userId: string): Promise<number> {
    return affectedRows(
      em,
      `UPDATE loan_authorisation SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [id, userId],
    );
  }

  /** Every authorisation an enterprise granted, or a bank received (revoked ones too, newest first). */
  async list(db: Queryable, by: { enterpriseOrgId?: string; bankOrgId?: string }): Promise<AuthorisationRow[]> {
    const [col, id] = by.enterpriseOrgId
      ? ['a.enterprise_org_id', by.enterpriseOrgId]
      : ['a.bank_org_id', by.bankOrgId];
    return db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${col} = $1 ORDER BY a.revoked_at IS NOT NULL, a.granted_at DESC LIMIT 500`,
      [id],
    );
  }

  /** The banks an enterprise authorises now. */
  async activeBanks(db: Queryable, enterpriseOrgId: string): Promise<string[]> {
    const rows: { bank_org_id: string }[] = await db.query(
      `SELECT bank_org_id FROM loan_authorisation WHERE enterprise_org_id = $1 AND revoked_at IS NULL`,
      [enterpriseOrgId],
    );
    return rows.map((r) => r.bank_org_id);
  }
}
