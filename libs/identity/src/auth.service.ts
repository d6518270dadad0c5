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
import { updateReturning } from './update-returning.js';

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
  ) {}

  onModuleInit(): void {
    primeDummyHash();
  }

  async login(input: LoginInput, meta: RequestMeta): Promise<TokenPair> {
    const ip = meta.ip ?? 'unknown';
    await this.throttle.assertIpAllowed(ip);
    const login = input.login.trim();
    const loginKey = this.throttle.loginKey(login);
    // Always one row: the account (if any) and the lockout that applies, the account's own or,
    // for a login without an account with a password, the login identifier's. One round trip
    // either way, so that neither the answer nor its timing tells whether the account exists.
    const [user] = await this.ds.query(
      `WITH acct AS (
         SELECT u.id, u.org_id, u.password_hash, u.status, u.totp_enabled, u.totp_secret, o.region_code, u.locked_until
           FROM app_user u JOIN organization o ON o.id = u.org_id
          WHERE lower(u.email) = lower($1) OR u.phone = $1
          LIMIT 1)
       SELECT acct.id, acct.org_id, acct.password_hash, acct.status, acct.totp_enabled, acct.totp_secret, acct.region_code,
              ceil(extract(epoch FROM (CASE WHEN acct.password_hash IS NOT NULL THEN acct.locked_until ELSE t.locked_until END) - now()))::int AS locked_for
         FROM (SELECT 1) AS one
         LEFT JOIN acct ON true
         LEFT JOIN login_throttle t ON t.key = $2`,
      [login, loginKey],
    );
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
    if (!(await verifyPassword(user.password_hash, input.password))) {
      await this.recordFailure(user, meta);
      throw new InvalidCredentialsError();
    }
    if (user.status !== 'active') throw new IdentityError(IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用');
    if (user.totp_enabled) {
      if (!input.totpCode) throw new IdentityError(IdentityErrorCode.TOTP_REQUIRED, '请输入动态口令');
      if (!(await this.totp.check(user.totp_secret, input.totpCode))) {
        await this.recordFailure(user, meta);
        throw new IdentityError(IdentityErrorCode.TOTP_INVALID, '动态口令不正确');
      }
    }
    return this.ds.transaction(async (em) => {
      await em.query(
        `UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
        [user.id],
      );
      const sessionId = await this.openSession(em, user.id, meta);
      await this.audit.record(em, {
        actor: {
          userId: user.id,
          orgId: user.org_id,
          regionCode: user.region_code,
          ip: meta.ip,
          requestId: meta.requestId,
        },
        action: 'auth.login',
        targetType: 'session',
        targetId: sessionId,
      });
      return this.issue(em, user.id, sessionId);
    });
  }

  private async recordFailure(
    user: { id: string; org_id: string; region_code: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.throttle.recordIpFailure(meta.ip ?? 'unknown');
    await this.ds.transaction(async (em) => {
      const [row] = await updateReturning<{ locked: boolean }>(
        em,
        `UPDATE app_user
            SET failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
                locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
          WHERE id = $1
          RETURNING failed_login_count = 0 AS locked`,
        [user.id, this.cfg.loginMaxFailures, this.cfg.loginLockout],
      );
      if (row?.locked) {
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
    const [{ id }] = await em.query(
      `INSERT INTO auth_session (user_id, idle_expires_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, now() + make_interval(secs => $2), now() + make_interval(secs => $3), $4, $5) RETURNING id`,
      [userId, this.cfg.sessionIdleTimeout, this.cfg.refreshTokenTtl, meta.ip, meta.userAgent?.slice(0, 300) ?? null],
    );
    return id;
  }

  private async issue(em: EntityManager, userId: string, sessionId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.query(`INSERT INTO refresh_token (session_id, token_hash) VALUES ($1, $2)`, [
      sessionId,
      sha256(refreshToken),
    ]);
    const claims: Omit<AccessClaims, 'sub'> = { sid: sessionId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, { subject: userId });
    return { tokenType: 'Bearer', accessToken, expiresIn: this.cfg.accessTokenTtl, refreshToken };
  }

  /** Exchanges a refresh token for a new pair; the old one is spent. */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<TokenPair> {
    const outcome = await this.ds.transaction(
      async (em): Promise<{ pair: TokenPair } | { error: IdentityErrorCode }> => {
        const [row] = await em.query(
          `SELECT rt.id, rt.used_at, s.id AS session_id, s.user_id, s.revoked_at,
                s.idle_expires_at < now() OR s.absolute_expires_at < now() AS expired,
                u.status, u.org_id, o.region_code
           FROM refresh_token rt
           JOIN auth_session s ON s.id = rt.session_id
           JOIN app_user u ON u.id = s.user_id
           JOIN organization o ON o.id = u.org_id
          WHERE rt.token_hash = $1
          FOR UPDATE OF rt, s`,
          [sha256(refreshToken)],
        );
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
          await em.query(
            `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'refresh_token_reuse' WHERE user_id = $1 AND revoked_at IS NULL`,
            [row.user_id],
          );
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
          await em.query(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'idle_timeout' WHERE id = $1`, [
            row.session_id,
          ]);
          return { error: IdentityErrorCode.SESSION_EXPIRED };
        }
        if (row.status !== 'active') return { error: IdentityErrorCode.ACCOUNT_DISABLED };
        await em.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [row.id]);
        await em.query(
          `UPDATE auth_session SET last_seen_at = now(), idle_expires_at = LEAST(now() + make_interval(secs => $2), absolute_expires_at) WHERE id = $1`,
          [row.session_id, this.cfg.sessionIdleTimeout],
        );
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
      await em.query(
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'logout' WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [sessionId, principal.userId],
      );
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
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!uuid.test(claims.sub) || !uuid.test(claims.sid))
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
    const [row] = await this.ds.query(
      `SELECT u.id, u.org_id, u.roles, u.status, o.type, o.verification_status, o.region_code,
              s.revoked_at IS NOT NULL OR s.idle_expires_at < now() OR s.absolute_expires_at < now() AS ended,
              (extract(epoch FROM now() - s.last_seen_at) * 1000)::bigint AS idle_ms
         FROM auth_session s
         JOIN app_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.org_id
        WHERE s.id = $1 AND s.user_id = $2`,
      [claims.sid, claims.sub],
    );
    if (!row) throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, '访问令牌无效');
    if (row.ended) throw new IdentityError(IdentityErrorCode.SESSION_EXPIRED, '会话已结束，请重新登录');
    if (row.status !== 'active') throw new IdentityError(IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用');
    if (Number(row.idle_ms) > TOUCH_EVERY_MS) {
      await this.ds.query(
        `UPDATE auth_session SET last_seen_at = now(), idle_expires_at = LEAST(now() + make_interval(secs => $2), absolute_expires_at) WHERE id = $1`,
        [claims.sid, this.cfg.sessionIdleTimeout],
      );
    }
    const roles = row.roles as Role[];
    return {
      userId: row.id,
      orgId: row.org_id,
      orgType: row.type as OrgType,
      orgVerified: row.verification_status === 'verified',
      regionCode: row.region_code,
      roles,
      permissions: permissionsOf({
        roles,
        orgType: row.type as OrgType,
        orgVerified: row.verification_status === 'verified',
      }),
      requestId: meta.requestId ?? undefined,
      ip: meta.ip ?? undefined,
      sessionId: claims.sid,
    };
  }
}
