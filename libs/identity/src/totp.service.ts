import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { AuditService } from '../../audit/src/index.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { TOTP_ORG_TYPES } from './org-rules.js';
import { SecretBox } from '../../shared/crypto/index.js';
import { UserRepository } from './user.repository.js';

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

/** Second factor (RFC 6238 TOTP) for bureau and platform accounts. */
@Injectable()
export class TotpService {
  private readonly box: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly users: UserRepository,
    cfg: AuthConfig,
  ) {
    this.box = new SecretBox(cfg.jwtSecret, 'totp');
  }

  /** Whether `code` is valid now (±30 s) for the sealed secret. */
  async check(sealedSecret: string, code: string): Promise<boolean> {
    if (!/^\d{6}$/.test(code)) return false;
    const result = await verify({ secret: this.box.open(sealedSecret), token: code, epochTolerance: 30 });
    return result.valid;
  }

  /** Starts enrolment: a new secret, stored sealed, not yet required at login. */
  async setup(principal: Principal, email: string): Promise<TotpSetup> {
    if (!TOTP_ORG_TYPES.includes(principal.orgType)) {
      throw new IdentityError(IdentityErrorCode.TOTP_NOT_ALLOWED, '仅科技局和平台账号可启用动态口令');
    }
    const secret = generateSecret();
    if (!(await this.users.setTotpSecret(this.ds.manager, principal.userId, this.box.seal(secret))))
      throw new IdentityError(IdentityErrorCode.TOTP_ALREADY_ENABLED, '动态口令已启用');
    return { secret, otpauthUri: generateURI({ issuer: '网上技术市场', label: email, secret }) };
  }

  async enable(principal: Principal, code: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const row = await this.users.lockTotp(em, principal.userId);
      if (!row?.totp_secret) throw new IdentityError(IdentityErrorCode.TOTP_NOT_SET_UP, '请先生成动态口令密钥');
      if (row.totp_enabled) throw new IdentityError(IdentityErrorCode.TOTP_ALREADY_ENABLED, '动态口令已启用');
      if (!(await this.check(row.totp_secret, code)))
        throw new IdentityError(IdentityErrorCode.TOTP_INVALID, '动态口令不正确');
      await this.users.setTotpEnabled(em, principal.userId, true);
      await this.audit.record(em, {
        actor: principal,
        action: 'user.totp_enable',
        targetType: 'user',
        targetId: principal.userId,
        after: { totpEnabled: true },
      });
    });
  }

  async disable(principal: Principal, code: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const row = await this.users.lockTotp(em, principal.userId);
      if (!row?.totp_enabled) throw new IdentityError(IdentityErrorCode.TOTP_NOT_SET_UP, '动态口令未启用');
      if (!(await this.check(row.totp_secret!, code)))
        throw new IdentityError(IdentityErrorCode.TOTP_INVALID, '动态口令不正确');
      await this.users.setTotpEnabled(em, principal.userId, false);
      await this.audit.record(em, {
        actor: principal,
        action: 'user.totp_disable',
        targetType: 'user',
        targetId: principal.userId,
        before: { totpEnabled: true },
        after: { totpEnabled: false },
      });
    });
  }
}
