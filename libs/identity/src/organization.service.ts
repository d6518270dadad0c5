import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isBureau, isPlatformAdmin, Permission, type OrgType, type Principal } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditService } from '../../audit/src/index.js';
import {
  IdentityError,
  IdentityErrorCode,
  OrgNotFoundError,
  OrgNotVerifiedError,
  PermissionDeniedError,
} from './identity.errors.js';
import { orgView, type OrgView } from './identity.views.js';
import type { Organization, VerificationStatus } from './organization.entity.js';
import { ORGANIZATION_VERIFICATION_DECIDED, verificationDecided } from './organization.events.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';

export interface OrgListQuery extends PageRequest {
  status?: VerificationStatus;
  type?: OrgType;
  /** Restrict to this region's subtree (must lie in the caller's own for bureau staff). */
  regionCode?: string;
  q?: string;
}

/**
 * Organisations: reading them within scope, verification by the bureau of their region, and the
 * check other libs call (`assertVerified`; summaries come from OrgDirectoryService).
 */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** Refuses (403 ORG_NOT_VERIFIED) unless the caller's organisation has been verified. */
  assertVerified(principal: Principal): void {
    if (!principal.orgVerified) throw new OrgNotVerifiedError();
  }

  /** Whether the caller may see `org`: its own, a bureau's subtree, or the platform. */
  private async canSee(principal: Principal, org: Organization): Promise<boolean> {
    if (org.id === principal.orgId || isPlatformAdmin(principal)) return true;
    return (
      isBureau(principal) &&
      principal.permissions.has(Permission.ORG_READ_REGION) &&
      (await this.regions.isWithin(org.regionCode, principal.regionCode))
    );
  }

  /** One organisation; another's outside the caller's scope answers 404 (its existence is not revealed). */
  async get(principal: Principal, id: string): Promise<OrgView> {
    const org = await this.orgs.find(this.ds.manager, id);
    if (!org || !(await this.canSee(principal, org))) throw new OrgNotFoundError(id);
    return orgView(org);
  }

  async list(principal: Principal, q: OrgListQuery): Promise<Page<OrgView>> {
    if (!principal.permissions.has(Permission.ORG_READ_REGION)) throw new PermissionDeniedError();
    const within: string[] = [];
    if (!isPlatformAdmin(principal)) {
      if (!isBureau(principal)) throw new PermissionDeniedError();
      if (q.regionCode !== undefined && !(await this.regions.isWithin(q.regionCode, principal.regionCode))) {
        throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '只能查看本辖区的机构', {
          regionCode: q.regionCode,
        });
      }
      within.push(principal.regionCode);
    }
    if (q.regionCode !== undefined) within.push(q.regionCode);
    const [items, total] = await this.orgs.page(
      this.ds.manager,
      { within, status: q.status, type: q.type, nameLike: q.q },
      pageOffset(q),
      q.pageSize,
    );
    return toPage(items.map(orgView), total, q);
  }

  /**
   * Loads an organisation the caller (bureau staff or platform admin) may decide on. Outside the
   * bureau's region → 403 ORG_OUT_OF_REGION; a bureau never decides on itself or a peer bureau.
   */
  private async decidable(principal: Principal, id: string): Promise<Organization> {
    if (!principal.permissions.has(Permission.ORG_VERIFY)) throw new PermissionDeniedError();
    const org = await this.orgs.find(this.ds.manager, id);
    if (!org) throw new OrgNotFoundError(id);
    if (isPlatformAdmin(principal)) return org;
    if (!isBureau(principal) || !(await this.regions.isWithin(org.regionCode, principal.regionCode))) {
      throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '该机构不在本辖区，无权审核', {
        regionCode: org.regionCode,
      });
    }
    if (org.id === principal.orgId || (org.type === 'bureau' && org.regionCode === principal.regionCode)) {
      throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '不能审核本机构或同级科技局', {
        regionCode: org.regionCode,
      });
    }
    return org;
  }

  async verify(principal: Principal, id: string, version?: number): Promise<OrgView> {
    return this.decide(principal, id, 'verified', null, version);
  }

  async reject(principal: Principal, id: string, reason: string, version?: number): Promise<OrgView> {
    return this.decide(principal, id, 'rejected', reason, version);
  }

  private async decide(
    principal: Principal,
    id: string,
    status: 'verified' | 'rejected',
    reason: string | null,
    version?: number,
  ): Promise<OrgView> {
    const org = await this.decidable(principal, id);
    if (org.verificationStatus !== 'pending') {
      throw new IdentityError(IdentityErrorCode.ORG_ALREADY_DECIDED, '该机构已审核过', {
        verificationStatus: org.verificationStatus,
      });
    }
    // An invited bureau is verified on its completed registration: not before its first admin has taken the invitation.
    if (
      status === 'verified' &&
      org.type === 'bureau' &&
      !(await this.users.hasActiveRole(this.ds.manager, org.id, 'bureau_admin'))
    ) {
      throw new IdentityError(
        IdentityErrorCode.ORG_REGISTRATION_INCOMPLETE,
        '该科技局的管理员尚未接受邀请、完善登记信息，暂不能审核',
      );
    }
    const expected = version ?? org.version;
    await this.ds.transaction(async (em) => {
      if (!(await this.orgs.decide(em, id, expected, status, reason, principal.userId)))
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '机构信息已被他人修改，请刷新后重试', {
          expectedVersion: expected,
        });
      await this.audit.record(em, {
        actor: principal,
        action: status === 'verified' ? 'org.verify' : 'org.reject',
        targetType: 'organization',
        targetId: id,
        regionCode: org.regionCode,
        before: { verificationStatus: org.verificationStatus },
        after:
          status === 'verified'
            ? { verificationStatus: status }
            : { verificationStatus: status, rejectionReason: reason },
      });
      await this.events.publish(
        em,
        ORGANIZATION_VERIFICATION_DECIDED,
        verificationDecided({ organizationId: id, status, version: expected + 1 }),
      );
    });
    return orgView(await this.orgs.get(this.ds.manager, id));
  }

  /** A bureau admin switches listing review for its region on or off. */
  async setReviewListings(principal: Principal, reviewListings: boolean, version?: number): Promise<OrgView> {
    if (principal.orgType !== 'bureau' || !principal.roles.includes('bureau_admin')) {
      throw new PermissionDeniedError('只有科技局管理员可以设置本辖区是否审核发布信息');
    }
    const org = await this.orgs.get(this.ds.manager, principal.orgId);
    const expected = version ?? org.version;
    await this.ds.transaction(async (em) => {
      if (!(await this.orgs.setReviewListings(em, org.id, expected, reviewListings)))
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '机构信息已被他人修改，请刷新后重试', {
          expectedVersion: expected,
        });
      await this.audit.record(em, {
        actor: principal,
        action: 'org.settings',
        targetType: 'organization',
        targetId: org.id,
        regionCode: org.regionCode,
        before: { reviewListings: org.reviewListings },
        after: { reviewListings },
      });
    });
    return orgView(await this.orgs.get(this.ds.manager, org.id));
  }
}
