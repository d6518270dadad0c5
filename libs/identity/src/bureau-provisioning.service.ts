import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import { decide, isPlatformAdmin, POLICY_TABLE, type Principal } from '../../shared/auth/index.js';
import { isValidCreditCode, isValidInternalCode, normalizeCreditCode } from './credit-code.js';
import { IdentityError, IdentityErrorCode, takenError } from './identity.errors.js';
import { orgView, userView, type OrgView, type UserView } from './identity.views.js';
import { MemberService } from './member.service.js';
import { OrganizationRepository } from './organization.repository.js';
import { inTransaction, mapViolation } from '../../shared/database/index.js';

export interface ProvisionBureauInput {
  name: string;
  /** 统一社会信用代码 of the 机关, or the platform's internal code for it. */
  creditCode: string;
  regionCode: string;
  contactName?: string;
  contactPhone?: string;
  address?: string;
  admin: { email: string; phone?: string; displayName: string };
}

export interface ProvisionedBureau {
  org: OrgView;
  admin: UserView;
  /** One-time token of the administrator's invitation (also mailed). */
  inviteToken: string;
  inviteExpiresAt: string;
}

/**
 * How a bureau comes to exist: never by sign-up. The platform admin opens one (verified at
 * once: the platform is the root of trust), or a verified bureau admin invites the bureau of a
 * region below its own: that one stays pending until the bureau above verifies it, after its
 * invited administrator has completed the registration. A region has one bureau.
 */
@Injectable()
export class BureauProvisioningService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionService,
    private readonly members: MemberService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationRepository,
  ) {}

  async provision(
    principal: Principal,
    input: ProvisionBureauInput,
    outer?: EntityManager,
  ): Promise<ProvisionedBureau> {
    const region = await this.regions.assertExists(input.regionCode);
    // The guard checked this row already; the service does not rely on being called through HTTP.
    if (
      !decide(POLICY_TABLE['org.bureau.create'], principal, { regions: { target: region.code } }, this.regions).allow
    ) {
      throw new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '只能为本辖区的下级地区开通科技局账号', {
        regionCode: region.code,
      });
    }
    const creditCode = normalizeCreditCode(input.creditCode);
    if (!isValidCreditCode(creditCode) && !isValidInternalCode(creditCode)) {
      throw new IdentityError(
        IdentityErrorCode.INVALID_CREDIT_CODE,
        '统一社会信用代码不正确（应为 18 位，末位校验码按 GB 32100-2015 计算），或填写平台内部编码',
        { creditCode },
      );
    }
    const byPlatform = isPlatformAdmin(principal);
    try {
      return await inTransaction(
        this.ds,
        async (em) => {
          // Serialises two provisionings of one region: the second sees the first's bureau.
          await this.orgs.lockBureauRegion(em, region.code);
          const existing = await this.orgs.bureauAt(em, region.code);
          if (existing !== undefined)
            throw new IdentityError(IdentityErrorCode.BUREAU_EXISTS, `${region.name}已有科技局账号（${existing}）`, {
              regionCode: region.code,
            });
          const id = await this.orgs.insert(em, {
            type: 'bureau',
            name: input.name.trim(),
            creditCode,
            regionCode: region.code,
            contactName: input.contactName ?? null,
            contactPhone: input.contactPhone ?? null,
            address: input.address ?? null,
            verificationStatus: byPlatform ? 'verified' : 'pending',
            verifiedBy: byPlatform ? principal.userId : null,
            reviewListings: true,
          });
          await this.audit.record(em, {
            actor: principal,
            action: 'org.provision_bureau',
            targetType: 'organization',
            targetId: id,
            regionCode: region.code,
            after: {
              name: input.name.trim(),
              creditCode,
              regionCode: region.code,
              verificationStatus: byPlatform ? 'verified' : 'pending',
              adminEmail: input.admin.email,
            },
          });
          const invitation = await this.members.createInvitation(em, id, principal, {
            ...input.admin,
            roles: ['bureau_admin'],
          });
          const org = await this.orgs.get(em, id);
          return {
            org: orgView(org),
            admin: userView(invitation.user),
            inviteToken: invitation.token,
            inviteExpiresAt: invitation.user.inviteExpiresAt!.toISOString(),
          };
        },
        outer,
      );
    } catch (err) {
      throw mapViolation(err, {
        unique: (v) =>
          v.constraint === 'organization_credit_code_key' ? takenError(v.constraint, { creditCode }) : undefined,
      });
    }
  }
}
