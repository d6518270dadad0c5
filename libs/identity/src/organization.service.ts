import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { isBureau, isPlatformAdmin, Permission, type OrgType, type Principal } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
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
import { Organization, type VerificationStatus } from './organization.entity.js';
import { updateReturning } from './update-returning.js';

export interface OrgListQuery extends PageRequest {
  status?: VerificationStatus;
  type?: OrgType;
  /** Restrict to this region's subtree (must lie in the caller's own for bureau staff). */
  regionCode?: string;
  q?: string;
}

/** What other libs need to show about an organisation. */
export interface OrgSummary {
  id: string;
  type: OrgType;
  name: string;
  creditCode: string;
  regionCode: string;
  verified: boolean;
}

/**
 * Organisations: reading them within scope, verification by the bureau of their region, and the
 * checks other libs call (`assertVerified`, `reviewRequired`, `summaries`).
 */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
  ) {}

  /** Refuses (403 ORG_NOT_VERIFIED) unless the caller's organisation has been verified. */
  assertVerified(principal: Principal): void {
    if (!principal.orgVerified) throw new OrgNotVerifiedError();
  }

  /** Whether listings in `regionCode` wait for review: the nearest bureau above decides (default yes). */
  async reviewRequired(regionCode: string): Promise<boolean> {
    const rows: { review_listings: boolean }[] = await this.ds.query(
      `SELECT o.review_listings
         FROM organization o JOIN region_closure c ON c.ancestor_code = o.region_code
        WHERE c.descendant_code = $1 AND o.type = 'bureau' AND o.verification_status = 'verified'
        ORDER BY c.depth ASC, o.created_at ASC
        LIMIT 1`,
      [regionCode],
    );
    return rows[0]?.review_listings ?? true;
  }

  /** `em`: the caller's transaction, when there is one (never a second pool connection inside it). */
  /** Registered organisations by 统一社会信用代码 (normalised), for recognising a counterpart typed in by hand. */
  async summariesByCreditCode(codes: string[], em?: EntityManager): Promise<Map<string, OrgSummary>> {
    if (codes.length === 0) return new Map();
    const repo = em ? em.getRepository(Organization) : this.orgs;
    const rows = await repo.findBy({ creditCode: In([...new Set(codes)]) });
    const byId = await this.summaries(
      rows.map((o) => o.id),
      em,
    );
    return new Map(rows.map((o) => [o.creditCode, byId.get(o.id)!]));
  }

  async summaries(ids: string[], em?: EntityManager): Promise<Map<string, OrgSummary>> {
    if (ids.length === 0) return new Map();
    const repo = em ? em.getRepository(Organization) : this.orgs;
    const rows = await repo.findBy({ id: In([...new Set(ids)]) });
    return new Map(
      rows.map((o) => [
        o.id,
        {
          id: o.id,
          type: o.type,
          name: o.name,
          creditCode: o.creditCode,
          regionCode: o.regionCode,
          verified: o.verificationStatus === 'verified',
        },
      ]),
    );
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
    const org = await this.orgs.findOneBy({ id });
    if (!org || !(await this.canSee(principal, org))) throw new OrgNotFoundError(id);
    return orgView(org);
  }

  async list(principal: Principal, q: OrgListQuery): Promise<Page<OrgView>> {
    if (!principal.permissions.has(Permission.ORG_READ_REGION)) throw new PermissionDeniedError();
    const qb = this.orgs.createQueryBuilder('o');
    if (!isPlatformAdmin(principal)) {
      if (!isBureau(principal)) throw new PermissionDeniedError();
      if (q.regionCode !== undefined && !(await this.regions.isWithin(q.regionCode, principal.regionCode))) {
        throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '只能查看本辖区的机构', {
          regionCode: q.regionCode,
        });
      }
      qb.andWhere('o.region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = :root)', {
        root: principal.regionCode,
      });
    }
    if (q.regionCode !== undefined) {
      qb.andWhere('o.region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = :sub)', {
        sub: q.regionCode,
      });
    }
    if (q.status !== undefined) qb.andWhere('o.verification_status = :status', { status: q.status });
    if (q.type !== undefined) qb.andWhere('o.type = :type', { type: q.type });
    if (q.q !== undefined)
      qb.andWhere(`o.name ILIKE :q ESCAPE '\\'`, { q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, total] = await qb
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip(pageOffset(q))
      .take(q.pageSize)
      .getManyAndCount();
    return toPage(items.map(orgView), total, q);
  }

  /**
   * Loads an organisation the caller (bureau staff or platform admin) may decide on. Outside the
   * bureau's region → 403 ORG_OUT_OF_REGION; a bureau never decides on itself or a peer bureau.
   */
  private async decidable(principal: Principal, id: string): Promise<Organization> {
    if (!principal.permissions.has(Permission.ORG_VERIFY)) throw new PermissionDeniedError();
    const org = await this.orgs.findOneBy({ id });
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
    if (status === 'verified' && org.type === 'bureau') {
      // An invited bureau is verified on its completed registration: not before its first admin has taken the invitation.
      const [active]: unknown[] = await this.ds.query(
        `SELECT 1 FROM app_user WHERE org_id = $1 AND status = 'active' AND 'bureau_admin' = ANY(roles) LIMIT 1`,
        [org.id],
      );
      if (!active) {
        throw new IdentityError(
          IdentityErrorCode.ORG_REGISTRATION_INCOMPLETE,
          '该科技局的管理员尚未接受邀请、完善登记信息，暂不能审核',
        );
      }
    }
    const expected = version ?? org.version;
    await this.ds.transaction(async (em) => {
      const rows = await updateReturning(
        em,
        `UPDATE organization
            SET verification_status = $3, rejection_reason = $4, verified_by = $5, verified_at = now(),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND verification_status = 'pending'
          RETURNING id`,
        [id, expected, status, reason, principal.userId],
      );
      if (rows.length === 0)
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
    });
    return orgView(await this.orgs.findOneByOrFail({ id }));
  }

  /** A bureau admin switches listing review for its region on or off. */
  async setReviewListings(principal: Principal, reviewListings: boolean, version?: number): Promise<OrgView> {
    if (principal.orgType !== 'bureau' || !principal.roles.includes('bureau_admin')) {
      throw new PermissionDeniedError('只有科技局管理员可以设置本辖区是否审核发布信息');
    }
    const org = await this.orgs.findOneByOrFail({ id: principal.orgId });
    const expected = version ?? org.version;
    await this.ds.transaction(async (em) => {
      const rows = await updateReturning(
        em,
        `UPDATE organization SET review_listings = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
        [org.id, expected, reviewListings],
      );
      if (rows.length === 0)
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
    return orgView(await this.orgs.findOneByOrFail({ id: org.id }));
  }
}
