import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager } from 'typeorm';
import { permissionsOf, type OrgType, type Principal, type Role } from '../../shared/auth/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { AuditService } from '../../audit/src/index.js';
import { IdentityError, IdentityErrorCode, InvalidCredentialsError } from './identity.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { primeDummyHash, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import type { RequestMeta } from './request-meta.js';
import { TotpService } from './totp.service.js';
import { SessionRepository } from './session.repository.js';
import { UserRepository } from './user.repository.js';
import { isUuid } from '../../shared/validation/index.js';

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}

export interface LoginInput {
  /** E-mail address or mobile number. */
  login: string;
  password: string;
  totpCode?: string;
  /** One of the user's one-time recovery codes, instead of a TOTP code. */
  recoveryCode?: string;
}

/** Claims of an access token: `sub` user id, `sid` session id. */
export interface AccessClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

export const JWT_ISSUER = 'techmarket';
export const JWT_AUDIENCE = 'techmarket-api';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Only bump a session's idle deadline this often, not on every request. */
const TOUCH_EVERY_MS = 30_000;

/**
 * Login, token issue and rotation, logout, and turning an access token back into a Principal.
 * Refresh tokens are random, stored as SHA-256, single use; presenting a spent one revokes every
 * session of its user (it was stolen or replayed).
 */
@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly cfg: AuthConfig,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    private readonly totp: TotpService,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
  ) {}

  onModuleInit(): void {
    primeDummyHash();
  }

  async login(input: LoginInput, meta: RequestMeta): Promise<TokenPair> {
    const ip = meta.ip ?? 'unknown';
    await this.throttle.assertIpAllowed(ip);
    const login = input.login.trim();
    const loginKey = this.throttle.loginKey(login);
    const user = await this.sessions.loginCandidate(this.ds.manager, login, loginKey);
    if (user.locked_for !== null && user.locked_for > 0) {
      throw new IdentityError(IdentityErrorCode.ACCOUNT_LOCKED, '密码错误次数过多，账号已临时锁定，请稍后再试', {
        retryAfterSeconds: user.locked_for,
      });
    }
    if (!user.password_hash) {
      await verifyAgainstDummy(input.password);
      await this.recordUnknownLoginFailure(loginKey, meta);
      throw new InvalidCredentialsError();
    }
    const account = { id: user.id!, org_id: user.org_id!, region_code: user.region_code! };
    if (!(await verifyPassword(user.password_hash, input.password))) {
      await this.recordFailure(account, meta);
      throw new InvalidCredentialsError();
    }
    if (user.status !== 'active') throw new IdentityError(IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用');
    if (user.password_reset_required) {
      throw new IdentityError(
        IdentityErrorCode.PASSWORD_RESET_REQUIRED,
        '管理员已重置您的密码，请打开邮件中的链接设置新密码',
      );
    }
    if (user.totp_enabled) {
      if (input.recoveryCode) {
        // A spent or unknown recovery code counts as a wrong password: it is a guess like one.
        if (!(await this.totp.spendRecoveryCode(account.id, input.recoveryCode))) {
          await this.recordFailure(account, meta);
          throw new IdentityError(IdentityErrorCode.RECOVERY_CODE_INVALID, '恢复码不正确或已使用');
        }
      } else {
        if (!input.totpCode) throw new IdentityError(IdentityErrorCode.TOTP_REQUIRED, '请输入动态口令');
        if (!(await this.totp.check(user.totp_secret!, input.totpCode))) {
          await this.recordFailure(account, meta);
          throw new IdentityError(IdentityErrorCode.TOTP_INVALID, '动态口令不正确');
        }
      }
    }
    return this.ds.transaction(async (em) => {
      await this.users.resetLoginFailures(em, account.id);
      const sessionId = await this.openSession(em, account.id, meta);
      await this.audit.record(em, {
        actor: {
          userId: account.id,
          orgId: account.org_id,
          regionCode: account.region_code,
          ip: meta.ip,
          requestId: meta.requestId,
        },
        action: 'auth.login',
        targetType: 'session',
        targetId: sessionId,
      });
      return this.issue(em, account.id, sessionId);
    });
  }

  private async recordFailure(
    user: { id: string; org_id: string; region_code: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.throttle.recordIpFailure(meta.ip ?? 'unknown');
    await this.ds.transaction(async (em) => {
      const locked = await this.users.recordLoginFailure(em, user.id, this.cfg.loginMaxFailures, this.cfg.loginLockout);
      if (locked) {
        await this.audit.record(em, {
          actor: { userId: null, orgId: null, regionCode: user.region_code, ip: meta.ip, requestId: meta.requestId },
          action: 'auth.lockout',
          targetType: 'user',
          targetId: user.id,
          after: { lockedForSeconds: this.cfg.loginLockout },
        });
      }
    });
  }

  /** The unknown-login twin of recordFailure: the same statements against login_throttle. */
  private async recordUnknownLoginFailure(loginKey: string, meta: RequestMeta): Promise<void> {
    await this.throttle.recordIpFailure(meta.ip ?? 'unknown');
    await this.ds.transaction(async (em) => {
      if (await this.throttle.recordLoginFailure(em, loginKey)) {
        await this.audit.record(em, {
          actor: { userId: null, orgId: null, regionCode: null, ip: meta.ip, requestId: meta.requestId },
          action: 'auth.lockout',
          targetType: 'login',
          targetId: loginKey,
          after: { lockedForSeconds: this.cfg.loginLockout },
        });
      }
    });
  }

  private async openSession(em: EntityManager, userId: string, meta: RequestMeta): Promise<string> {
    const id = await this.sessions.open(em, {
      userId,
      idleSecs: this.cfg.sessionIdleTimeout,
      absoluteSecs: this.cfg.refreshTokenTtl,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return id;
  }

  private async issue(em: EntityManager, userId: string, sessionId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.addRefreshToken(em, sessionId, sha256(refreshToken));
    const claims: Omit<AccessClaims, 'sub'> = { sid: sessionId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, { subject: userId });
    return { tokenType: 'Bearer', accessToken, expiresIn: this.cfg.accessTokenTtl, refreshToken };
  }

  /** Exchanges a refresh token for a new pair; the old one is spent. */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<TokenPair> {
    const outcome = await this.ds.transaction(
      async (em): Promise<{ pair: TokenPair } | { error: IdentityErrorCode }> => {
        const row = await this.sessions.lockRefreshToken(em, sha256(refreshToken));
        if (!row) return { error: IdentityErrorCode.REFRESH_TOKEN_INVALID };
        const actor = {
          userId: row.user_id,
          orgId: row.org_id,
          regionCode: row.region_code,
          ip: meta.ip,
          requestId: meta.requestId,
        };
        if (row.used_at !== null) {
          // A spent token came back: someone holds a copy. End every session of this user.
          await this.sessions.revokeAll(em, row.user_id, 'refresh_token_reuse');
          await this.audit.record(em, {
            actor,
            action: 'auth.refresh_reuse',
            targetType: 'user',
            targetId: row.user_id,
            after: { sessionsRevoked: 'all' },
          });
          return { error: IdentityErrorCode.REFRESH_TOKEN_REUSED };
        }
        if (row.revoked_at !== null) return { error: IdentityErrorCode.SESSION_EXPIRED };
        if (row.expired) {
          await this.sessions.expire(em, row.session_id);
          return { error: IdentityErrorCode.SESSION_EXPIRED };
        }
        if (row.status !== 'active') return { error: IdentityErrorCode.ACCOUNT_DISABLED };
        await this.sessions.spendRefreshToken(em, row.id);
        await this.sessions.touch(em, row.session_id, this.cfg.sessionIdleTimeout);
        return { pair: await this.issue(em, row.user_id, row.session_id) };
      },
    );
    if ('pair' in outcome) return outcome.pair;
    const messages: Record<string, string> = {
      [IdentityErrorCode.REFRESH_TOKEN_INVALID]: '刷新令牌无效',
      [IdentityErrorCode.REFRESH_TOKEN_REUSED]: '刷新令牌已被使用，为安全起见已注销该账号的全部会话',
      [IdentityErrorCode.SESSION_EXPIRED]: '会话已过期，请重新登录',
      [IdentityErrorCode.ACCOUNT_DISABLED]: '账号已停用',
    };
    throw new IdentityError(outcome.error, messages[outcome.error]!);
  }

  /** Ends the caller's session: its refresh tokens and access tokens stop working. */
  async logout(principal: Principal, sessionId: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await this.sessions.logout(em, sessionId, principal.userId);
      await this.audit.record(em, {
        actor: principal,
        action: 'auth.logout',
        targetType: 'session',
        targetId: sessionId,
      });
    });
  }

  /**
   * The Principal for a verified access token, read fresh from the database so that disabling a
   * user, verifying an organisation or ending a session takes effect at once.
   */
  async principalFor(claims: AccessClaims, meta: RequestMeta): Promise<Principal & { sessionId: string }> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
    }
    if (!isUuid(claims.sub) || !isUuid(claims.sid))
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
    const row = await this.sessions.principal(this.ds.manager, claims.sid, claims.sub);
    if (!row) throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
    if (row.ended) throw new IdentityError(IdentityErrorCode.SESSION_EXPIRED, '会话已结束，请重新登录');
    if (row.status !== 'active') throw new IdentityError(IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用');
    if (Number(row.idle_ms) > TOUCH_EVERY_MS) {
      await this.sessions.touch(this.ds.manager, claims.sid, this.cfg.sessionIdleTimeout);
    }
    const roles = row.roles as Role[];
    // A suspended organisation keeps its sign-in but acts as an unverified one until reinstated.
    const orgVerified = row.verification_status === 'verified' && !row.suspended;
    return {
      userId: row.id,
      orgId: row.org_id,
      orgType: row.type as OrgType,
      orgVerified,
      regionCode: row.region_code,
      roles,
      permissions: permissionsOf({ roles, orgType: row.type as OrgType, orgVerified }),
      requestId: meta.requestId ?? undefined,
      ip: meta.ip ?? undefined,
      sessionId: claims.sid,
    };
  }
}
