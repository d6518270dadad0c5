import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { mapViolation } from '../../shared/database/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import { LoanAuthorisationRepository } from './loan-authorisation.repository.js';
import { authorisationView, type AuthorisationView } from './loan-views.js';
import { LoanAuthorisationNotFoundError, LoansError, LoansErrorCode } from './loans.errors.js';

export interface BankView {
  orgId: string;
  name: string;
  regionName: string;
}

/**
 * An enterprise authorises verified financial institutions to file loans for it and to read its
 * innovation score; it may revoke an authorisation at any time (the row keeps when). A bank
 * sees who authorised it.
 */
@Injectable()
export class LoanAuthorisationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: LoanAuthorisationRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async banks(): Promise<BankView[]> {
    const rows = await this.repo.banks(this.ds.manager);
    return rows.map((r) => ({
      orgId: r.id,
      name: r.name,
      regionName: this.regions.find(r.region_code)?.name ?? r.region_code,
    }));
  }

  /** The enterprise's grants (as enterprise), or who authorised the bank (as bank). */
  async list(principal: Principal): Promise<AuthorisationView[]> {
    const by =
      principal.orgType === 'financial_institution'
        ? { bankOrgId: principal.orgId }
        : { enterpriseOrgId: principal.orgId };
    const rows = await this.repo.list(this.ds.manager, by);
    return rows.map((r) => authorisationView(r, this.regions));
  }

  async grant(principal: Principal, bankOrgId: string, key: string | undefined): Promise<AuthorisationView> {
    const bank = await this.repo.org(this.ds.manager, bankOrgId);
    if (!bank || bank.type !== 'financial_institution' || !bank.verified)
      throw new LoansError(LoansErrorCode.LOAN_BANK_INVALID, '只能授权已通过审核的金融机构', { bankOrgId });
    return this.idempotency.once(
      { scope: `loan-authorisation.grant:${principal.orgId}`, key, request: { bankOrgId } },
      async (em) => {
        const id = await this.repo.insert(em, principal.orgId, bankOrgId, principal.userId).catch((err: unknown) => {
          throw mapViolation(err, {
            unique: () =>
              new LoansError(LoansErrorCode.LOAN_ALREADY_AUTHORISED, `已授权${bank.name}，无需重复授权`, { bankOrgId }),
          });
        });
        await this.audit.record(em, {
          actor: principal,
          action: 'loan.authorise',
          targetType: 'loan_authorisation',
          targetId: id,
          after: { bankOrgId, bankName: bank.name },
        });
        return authorisationView((await this.repo.find(em, id))!, this.regions);
      },
    );
  }

  async revoke(principal: Principal, id: string): Promise<AuthorisationView> {
    return this.ds.transaction(async (em) => {
      const row = await this.repo.find(em, id);
      if (!row) throw new LoanAuthorisationNotFoundError(id);
      if ((await this.repo.revoke(em, id, principal.userId)) === 0)
        throw new LoansError(LoansErrorCode.LOAN_AUTHORISATION_REVOKED, '该授权已撤销', { id });
      await this.audit.record(em, {
        actor: principal,
        action: 'loan.revoke',
        targetType: 'loan_authorisation',
        targetId: id,
        after: { bankOrgId: row.bank_org_id, bankName: row.bank_name },
      });
      return authorisationView((await this.repo.find(em, id))!, this.regions);
    });
  }
}
