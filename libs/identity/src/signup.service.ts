import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FIRST_ADMIN_ROLE, type OrgType } from '../../shared/auth/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditService } from '../../audit/src/index.js';
import { isValidCreditCode, isValidInternalCode, normalizeCreditCode } from './credit-code.js';
import { IdentityError, IdentityErrorCode, takenError } from './identity.errors.js';
import { orgView, userView, type OrgView, type UserView } from './identity.views.js';
import { INTERNAL_CODE_ORG_TYPES } from './org-rules.js';
import { OrganizationRepository } from './organization.repository.js';
import { hashPassword } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { RequestMeta } from './request-meta.js';
import { UserRepository } from './user.repository.js';
import { inTransaction, mapViolation } from '../../shared/database/index.js';

export interface SignUpInput {
  org: {
    type: OrgType;
    name: string;
    creditCode: string;
    regionCode: string;
    contactName?: string;
    contactPhone?: string;
    contactEmail?: string;
    address?: string;
  };
  admin: { email: string; phone?: string; displayName: string; password: string };
}

/** Public sign-up: an organisation (pending verification) and its first administrator. */
@Injectable()
export class SignupService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
  ) {}

  async signUp(
    input: SignUpInput,
    meta: RequestMeta,
    outer?: EntityManager,
  ): Promise<{ org: OrgView; user: UserView }> {
    const { org, admin } = input;
    if (org.type === 'platform') {
      throw new IdentityError(IdentityErrorCode.ORG_TYPE_NOT_ALLOWED, '平台运营机构不能自行注册', { type: org.type });
    }
    // A bureau certifies contracts and verifies organisations: it is opened by the platform or
    // invited by the bureau above it (BureauProvisioningService), never self-registered.
    if (org.type === 'bureau') {
      throw new IdentityError(
        IdentityErrorCode.ORG_TYPE_NOT_ALLOWED,
        '科技局账号由平台或上级科技局开通，不能自行注册',
        { type: org.type },
      );
    }
    const creditCode = normalizeCreditCode(org.creditCode);
    const codeOk = INTERNAL_CODE_ORG_TYPES.includes(org.type)
      ? isValidCreditCode(creditCode) || isValidInternalCode(creditCode)
      : isValidCreditCode(creditCode);
    if (!codeOk) {
      throw new IdentityError(
        IdentityErrorCode.INVALID_CREDIT_CODE,
        '统一社会信用代码不正确（应为 18 位，末位校验码按 GB 32100-2015 计算）',
        { creditCode },
      );
    }
    if (!(await this.regions.isWithin(org.regionCode, org.regionCode))) {
      throw new IdentityError(IdentityErrorCode.UNKNOWN_REGION, `行政区划代码 ${org.regionCode} 不存在`, {
        regionCode: org.regionCode,
      });
    }
    const problems = passwordProblems(admin.password);
    if (problems.length) throw new IdentityError(IdentityErrorCode.WEAK_PASSWORD, problems.join('；'), { problems });
    const passwordHash = await hashPassword(admin.password);
    try {
      return await inTransaction(
        this.ds,
        async (em) => {
          const orgId = await this.orgs.insert(em, {
            type: org.type,
            name: org.name.trim(),
            creditCode,
            regionCode: org.regionCode,
            contactName: org.contactName ?? null,
            contactPhone: org.contactPhone ?? null,
            contactEmail: org.contactEmail ?? null,
            address: org.address ?? null,
            verificationStatus: 'pending',
            reviewListings: true,
          });
          const userId = await this.users.insertActive(em, {
            orgId,
            email: admin.email.trim().toLowerCase(),
            phone: admin.phone ?? null,
            displayName: admin.displayName.trim(),
            passwordHash,
            roles: [FIRST_ADMIN_ROLE[org.type]],
          });
          const saved = await this.orgs.get(em, orgId);
          const savedUser = await this.users.get(em, userId);
          await this.audit.record(em, {
            actor: {
              userId: savedUser.id,
              orgId: saved.id,
              regionCode: saved.regionCode,
              ip: meta.ip,
              requestId: meta.requestId,
            },
            action: 'org.signup',
            targetType: 'organization',
            targetId: saved.id,
            after: {
              type: saved.type,
              name: saved.name,
              creditCode,
              regionCode: saved.regionCode,
              adminUserId: savedUser.id,
              adminEmail: savedUser.email,
            },
          });
          return { org: orgView(saved), user: userView(savedUser) };
        },
        outer,
      );
    } catch (err) {
      throw mapViolation(err, {
        unique: (v) => takenError(v.constraint, { creditCode, email: admin.email, phone: admin.phone }),
      });
    }
  }
}
