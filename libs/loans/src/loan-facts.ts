import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { isUuid } from '../../shared/validation/index.js';
import { LoanAuthorisationRepository } from './loan-authorisation.repository.js';
import { LoanRepository } from './loan.repository.js';

/**
 * Loans, authorisations and enterprises' scores as the policy table names them. A loan: its bank
 * and enterprise, and the enterprise's region. An authorisation: the enterprise that granted it and
 * the bank. An enterprise's score: the enterprise itself, the banks it authorises now, its region.
 */
@Injectable()
export class LoanFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly loans: LoanRepository,
    private readonly authorisations: LoanAuthorisationRepository,
  ) {}

  async loan(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.loans.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { bank: row.bank_org_id, enterprise: row.enterprise_org_id },
      regions: { enterprise: row.enterprise_region_code },
    };
  }

  async authorisation(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.authorisations.find(this.ds.manager, id);
    if (!row) return null;
    return { orgs: { enterprise: row.enterprise_org_id, bank: row.bank_org_id } };
  }

  /** Only enterprises have a score: any other organisation id is not found. */
  async scoredEnterprise(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const org = await this.authorisations.org(this.ds.manager, id);
    if (!org || org.type !== 'enterprise') return null;
    return {
      orgs: { self: org.id, authorised: await this.authorisations.activeBanks(this.ds.manager, org.id) },
      regions: { home: org.region_code },
    };
  }
}
