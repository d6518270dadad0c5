import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { isValidCreditCode, isValidInternalCode, normalizeCreditCode } from './credit-code.js';
import { IdentityError, IdentityErrorCode, takenError } from './identity.errors.js';
import { orgView, type OrgView } from './identity.views.js';
import { INTERNAL_CODE_ORG_TYPES } from './org-rules.js';
import { OrganizationRepository } from './organization.repository.js';
import { mapViolation } from '../../shared/database/index.js';

export interface RegistrationPatch {
  name?: string;
  creditCode?: string;
  regionCode?: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  address?: string | null;
  version?: number;
}

/**
 * What an unverified organisation may do besides waiting: correct its registration. A rejected
 * one goes back to pending with the correction (a resubmission the bureau sees in its queue).
 * Once verified, the registration is the bureau's record and is not edited here. A bureau's
 * region is the one it was opened for.
 */
@Injectable()
export class OrgRegistrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationRepository,
  ) {}

  async update(principal: Principal, patch: RegistrationPatch): Promise<OrgView> {
    return this.ds.transaction(async (em) => {
      const org = await this.orgs.lock(em, principal.orgId);
      if (org.verificationStatus === 'verified') {
        throw new IdentityError(
          IdentityErrorCode.ORG_ALREADY_VERIFIED,
          '机构已通过认证，登记信息如需变更请联系所在地科技局',
        );
      }
      const expected = patch.version ?? org.version;
      if (expected !== org.version)
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '机构信息已被他人修改，请刷新后重试', {
          expectedVersion: expected,
        });
      const next = {
        name: patch.name?.trim() ?? org.name,
        creditCode: patch.creditCode !== undefined ? normalizeCreditCode(patch.creditCode) : org.creditCode,
        regionCode: patch.regionCode ?? org.regionCode,
        contactName: patch.contactName !== undefined ? patch.contactName : org.contactName,
        contactPhone: patch.contactPhone !== undefined ? patch.contactPhone : org.contactPhone,
        contactEmail: patch.contactEmail !== undefined ? patch.contactEmail : org.contactEmail,
        address: patch.address !== undefined ? patch.address : org.address,
      };
      const codeOk =
        isValidCreditCode(next.creditCode) ||
        (INTERNAL_CODE_ORG_TYPES.includes(org.type) && isValidInternalCode(next.creditCode));
      if (!codeOk)
        throw new IdentityError(
          IdentityErrorCode.INVALID_CREDIT_CODE,
          '统一社会信用代码不正确（应为 18 位，末位校验码按 GB 32100-2015 计算）',
          { creditCode: next.creditCode },
        );
      if (next.regionCode !== org.regionCode) {
        if (org.type === 'bureau') {
          throw new AppError(CommonErrorCode.VALIDATION_FAILED, '登记信息不合法', [
            { field: 'regionCode', messages: ['科技局的所在地区由开通方确定，不能修改'] },
          ]);
        }
        if (!this.regions.find(next.regionCode))
          throw new IdentityError(IdentityErrorCode.UNKNOWN_REGION, `行政区划代码 ${next.regionCode} 不存在`, {
            regionCode: next.regionCode,
          });
      }
      try {
        await this.orgs.updateRegistration(em, org.id, org.version, next);
      } catch (err) {
        throw mapViolation(err, {
          unique: (v) =>
            v.constraint === 'organization_credit_code_key'
              ? takenError(v.constraint, { creditCode: next.creditCode })
              : undefined,
        });
      }
      await this.audit.record(em, {
        actor: principal,
        action: org.verificationStatus === 'rejected' ? 'org.resubmit' : 'org.registration_update',
        targetType: 'organization',
        targetId: org.id,
        regionCode: next.regionCode,
        before: {
          name: org.name,
          creditCode: org.creditCode,
          regionCode: org.regionCode,
          verificationStatus: org.verificationStatus,
        },
        after: {
          name: next.name,
          creditCode: next.creditCode,
          regionCode: next.regionCode,
          verificationStatus: 'pending',
        },
      });
      return orgView(await this.orgs.get(em, org.id));
    });
  }
}
