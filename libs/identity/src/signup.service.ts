import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrgType } from '../../shared/auth/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditService } from '../../audit/src/index.js';
import { isValidCreditCode, isValidInternalCode, normalizeCreditCode } from './credit-code.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { orgView, userView, type OrgView, type UserView } from './identity.views.js';
import { FIRST_ADMIN_ROLE, INTERNAL_CODE_ORG_TYPES } from './org-rules.js';
import { Organization } from './organization.entity.js';
import { hashPassword } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import { uniqueViolation } from './pg-errors.js';
import type { RequestMeta } from './request-meta.js';
import { User } from './user.entity.js';
import { inTransaction } from '../../shared/database/index.js';

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
          const o = await em.getRepository(Organization).save(
            em.getRepository(Organization).create({
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
              version: 1,
            }),
          );
          const u = await em.getRepository(User).save(
            em.getRepository(User).create({
              orgId: o.id,
              email: admin.email.trim().toLowerCase(),
              phone: admin.phone ?? null,
              displayName: admin.displayName.trim(),
              passwordHash,
              roles: [FIRST_ADMIN_ROLE[org.type]],
              status: 'active',
              totpEnabled: false,
              failedLoginCount: 0,
              version: 1,
            }),
          );
          const saved = await em.getRepository(Organization).findOneByOrFail({ id: o.id });
          const savedUser = await em.getRepository(User).findOneByOrFail({ id: u.id });
          await this.audit.record(em, {
            actor: { userId: u.id, orgId: o.id, regionCode: o.regionCode, ip: meta.ip, requestId: meta.requestId },
            action: 'org.signup',
            targetType: 'organization',
            targetId: o.id,
            after: {
              type: o.type,
              name: o.name,
              creditCode,
              regionCode: o.regionCode,
              adminUserId: u.id,
              adminEmail: savedUser.email,
            },
          });
          return { org: orgView(saved), user: userView(savedUser) };
        },
        outer,
      );
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'organization_credit_code_key') {
        throw new IdentityError(IdentityErrorCode.CREDIT_CODE_TAKEN, '该统一社会信用代码已注册', { creditCode });
      }
      if (constraint === 'app_user_email_key')
        throw new IdentityError(IdentityErrorCode.EMAIL_TAKEN, '该邮箱已注册', { email: admin.email });
      if (constraint === 'app_user_phone_key')
        throw new IdentityError(IdentityErrorCode.PHONE_TAKEN, '该手机号已注册', { phone: admin.phone });
      throw err;
    }
  }
}
