import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditService } from '../../audit/src/index.js';
import { IdentityError, IdentityErrorCode, OrgNotFoundError, PermissionDeniedError } from './identity.errors.js';
import { orgView, type OrgView } from './identity.views.js';
import type { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

export interface OrgDetailsPatch {
  name?: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  address?: string | null;
  version: number;
}

const conflict = (expected: number) =>
  new AppError(CommonErrorCode.VERSION_CONFLICT, '机构信息已被他人修改，请刷新后重试', { expectedVersion: expected });

/**
 * Oversight of organisations after verification. Who may (policy table, re-checked here):
 * - suspend and reinstate: the platform admin (any organisation but the platform itself), and a
 *   bureau admin for organisations of its region subtree — never itself or a bureau of its own
 *   level, only bureaus strictly below (bureau staff only review);
 * - edit the details (name, contacts, address): the platform admin alone. The credit code and
 *   the region are what the verification was about: they change through the organisation's own
 *   re-registration, which goes back to review.
 * A suspended organisation keeps signing in and reading but acts as an unverified one (no
 * publishing, contracts or deals) until reinstated; its verification decision stands.
 */
@Injectable()
export class OrgAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
  ) {}

  private async overseeable(principal: Principal, id: string): Promise<Organization> {
    const org = await this.orgs.find(this.ds.manager, id);
    if (!org) throw new OrgNotFoundError(id);
    if (isPlatformAdmin(principal)) {
      if (org.id === principal.orgId) throw new PermissionDeniedError('不能暂停平台运营机构');
      return org;
    }
    if (!isBureau(principal) || !principal.roles.includes('bureau_admin')) throw new PermissionDeniedError();
    const inScope = await this.regions.isWithin(org.regionCode, principal.regionCode);
    const peerOrSelf = org.id === principal.orgId || (org.type === 'bureau' && org.regionCode === principal.regionCode);
    if (!inScope || peerOrSelf) {
      throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '该机构不在本辖区，或为本局、同级科技局', {
        regionCode: org.regionCode,
      });
    }
    return org;
  }

  async suspend(principal: Principal, id: string, reason: string, version?: number): Promise<OrgView> {
    const org = await this.overseeable(principal, id);
    if (org.verificationStatus !== 'verified' || org.suspendedAt) {
      throw new IdentityError(
        IdentityErrorCode.ORG_NOT_SUSPENDABLE,
        org.suspendedAt ? '该机构已被暂停' : '只能暂停已通过认证的机构',
      );
    }
    return this.setSuspended(principal, org, reason.trim(), version ?? org.version);
  }

  async reinstate(principal: Principal, id: string, version?: number): Promise<OrgView> {
    const org = await this.overseeable(principal, id);
    if (!org.suspendedAt) throw new IdentityError(IdentityErrorCode.ORG_NOT_SUSPENDED, '该机构未被暂停');
    return this.setSuspended(principal, org, null, version ?? org.version);
  }

  private async setSuspended(
    principal: Principal,
    org: Organization,
    reason: string | null,
    version: number,
  ): Promise<OrgView> {
    await this.ds.transaction(async (em) => {
      if (!(await this.orgs.setSuspended(em, org.id, version, reason))) throw conflict(version);
      await this.audit.record(em, {
        actor: principal,
        action: reason === null ? 'org.reinstate' : 'org.suspend',
        targetType: 'organization',
        targetId: org.id,
        regionCode: org.regionCode,
        before: { suspended: org.suspendedAt !== null },
        after: reason === null ? { suspended: false } : { suspended: true, reason },
      });
    });
    return orgView(await this.orgs.get(this.ds.manager, org.id));
  }

  /** The platform admin corrects an organisation's name or contacts; its verification stands. */
  async updateDetails(principal: Principal, id: string, patch: OrgDetailsPatch): Promise<OrgView> {
    if (!isPlatformAdmin(principal)) throw new PermissionDeniedError('只有平台管理员可以修改机构信息');
    return this.ds.transaction(async (em) => {
      const org = await this.orgs.find(em, id);
      if (!org) throw new OrgNotFoundError(id);
      const next = {
        name: patch.name?.trim() ?? org.name,
        creditCode: org.creditCode,
        regionCode: org.regionCode,
        contactName: patch.contactName !== undefined ? patch.contactName : org.contactName,
        contactPhone: patch.contactPhone !== undefined ? patch.contactPhone : org.contactPhone,
        contactEmail: patch.contactEmail !== undefined ? patch.contactEmail : org.contactEmail,
        address: patch.address !== undefined ? patch.address : org.address,
      };
      if (!(await this.orgs.updateDetails(em, id, patch.version, next))) throw conflict(patch.version);
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== org[k]);
      await this.audit.record(em, {
        actor: principal,
        action: 'org.update',
        targetType: 'organization',
        targetId: id,
        regionCode: org.regionCode,
        before: Object.fromEntries(changed.map((k) => [k, org[k]])),
        after: Object.fromEntries(changed.map((k) => [k, next[k]])),
      });
      return orgView(await this.orgs.get(em, id));
    });
  }
}
