import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrgType } from '../../shared/auth/index.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';

/** What other libs need to show about an organisation. */
export interface OrgSummary {
  id: string;
  type: OrgType;
  name: string;
  creditCode: string;
  regionCode: string;
  verified: boolean;
}

const summary = (o: Organization): OrgSummary => ({
  id: o.id,
  type: o.type,
  name: o.name,
  creditCode: o.creditCode,
  regionCode: o.regionCode,
  verified: o.verificationStatus === 'verified',
});

/**
 * Identity's read model for other contexts: organisations as summaries, never their tables.
 * (For a join inside another lib's query, identity exports the SQL view `org_summary` with the
 * same fields: id, type, name, credit_code, region_code, verification_status, verified.)
 * `em`: the caller's transaction, when there is one — never a second pool connection inside it.
 */
@Injectable()
export class OrgDirectoryService {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
  ) {}

  async summaries(ids: string[], em?: EntityManager): Promise<Map<string, OrgSummary>> {
    const rows = await this.orgs.findMany(em ?? this.ds.manager, ids);
    return new Map(rows.map((o) => [o.id, summary(o)]));
  }

  async summary(id: string, em?: EntityManager): Promise<OrgSummary | undefined> {
    return (await this.summaries([id], em)).get(id);
  }

  /** By 统一社会信用代码 (as stored: normalised). */
  async summariesByCreditCode(codes: string[], em?: EntityManager): Promise<Map<string, OrgSummary>> {
    const rows = await this.orgs.findByCreditCodes(em ?? this.ds.manager, codes);
    return new Map(rows.map((o) => [o.creditCode, summary(o)]));
  }

  /**
   * Whether listings submitted in `regionCode` wait for a bureau's review: the nearest bureau
   * above (or at) the region decides; with no bureau at all, review stays on (a bureau higher
   * up or the platform admin reviews).
   */
  async listingReviewRequired(regionCode: string, em?: EntityManager): Promise<boolean> {
    return (await this.orgs.nearestBureausReviewListings(em ?? this.ds.manager, regionCode)) ?? true;
  }

  /**
   * The bureaus a notice about `regionCode` goes to: the verified bureaus of the nearest level at
   * or above it that has any (a contract's registry, the reviewer of a listing).
   */
  nearestBureaus(regionCode: string, em?: EntityManager): Promise<string[]> {
    return this.orgs.nearestBureaus(em ?? this.ds.manager, regionCode);
  }

  /** The platform operator's organisations (notices for the platform admin). */
  platformOrgs(em?: EntityManager): Promise<string[]> {
    return this.orgs.platformIds(em ?? this.ds.manager);
  }

  /** The active administrators of an organisation (org_admin, bureau_admin or platform_admin). */
  activeAdmins(orgId: string, em?: EntityManager): Promise<string[]> {
    return this.users.activeAdmins(em ?? this.ds.manager, orgId);
  }

  /** The user who acts for the organisation in machine-to-machine calls: its first active admin. */
  actingAdmin(orgId: string, em?: EntityManager): Promise<string | undefined> {
    return this.users.firstActiveAdmin(em ?? this.ds.manager, orgId);
  }
}
