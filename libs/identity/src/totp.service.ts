import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource, type EntityManager } from 'typeorm';
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

export interface RecoveryCodes {
  /** Shown once: only their hashes are kept. */
  recoveryCodes: string[];
}

/** Ten codes of 10 characters from 31 without look-alikes (no i, l, o, 0, 1): about 49.5 bits each. */
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Codes are typed by hand: case, spaces and the dash do not matter. */
const normalizeRecovery = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
// SHA-256 suffices: the codes are random with about 49.5 bits each, not passwords a person chose.
const recoveryHash = (code: string) =>
  createHash('sha256')
    .update(`totp-recovery:${normalizeRecovery(code)}`)
    .digest('hex');

function newRecoveryCode(): string {
  let c = '';
  for (let i = 0; i < 10; i++) c += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${c.slice(0, 5)}-${c.slice(5)}`;
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

  /** Turns TOTP on and answers the recovery codes (each logs in once instead of a TOTP code). */
  async enable(principal: Principal, code: string): Promise<RecoveryCodes> {
    return this.ds.transaction(async (em) => {
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
      return this.newRecoveryCodes(em, principal.userId);
    });
  }

  /** New recovery codes (the earlier ones stop working), for a user who proves the second factor. */
  async regenerateRecoveryCodes(principal: Principal, code: string): Promise<RecoveryCodes> {
    return this.ds.transaction(async (em) => {
      const row = await this.users.lockTotp(em, principal.userId);
      if (!row?.totp_enabled) throw new IdentityError(IdentityErrorCode.TOTP_NOT_SET_UP, '动态口令未启用');
      if (!(await this.check(row.totp_secret!, code)))
        throw new IdentityError(IdentityErrorCode.TOTP_INVALID, '动态口令不正确');
      await this.audit.record(em, {
        actor: principal,
        action: 'user.recovery_codes',
        targetType: 'user',
        targetId: principal.userId,
      });
      return this.newRecoveryCodes(em, principal.userId);
    });
  }

  /** How many unused recovery codes the user has. */
  recoveryCodesLeft(principal: Principal): Promise<number> {
    return this.users.recoveryCodesLeft(this.ds.manager, principal.userId);
  }

  /** Spends a recovery code at login (at most once, even for two logins at the same moment). */
  spendRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.users.spendRecoveryCode(this.ds.manager, userId, recoveryHash(code));
  }

  private async newRecoveryCodes(em: EntityManager, userId: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.users.replaceRecoveryCodes(em, userId, codes.map(recoveryHash));
    return { recoveryCodes: codes };
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
