import { Injectable } from '@nestjs/common';
import { affectedRows, type Queryable } from '../../shared/database/index.js';

/** The account behind a login attempt, and the lockout that applies (see SessionRepository.loginCandidate). */
export interface LoginCandidate {
  id: string | null;
  org_id: string | null;
  password_hash: string | null;
  status: string | null;
  totp_enabled: boolean | null;
  totp_secret: string | null;
  region_code: string | null;
  locked_for: number | null;
  password_reset_required: boolean | null;
}

export interface RefreshCandidate {
  id: string;
  used_at: Date | null;
  session_id: string;
  user_id: string;
  revoked_at: Date | null;
  expired: boolean;
  status: string;
  org_id: string;
  region_code: string;
}

export interface SessionPrincipalRow {
  id: string;
  org_id: string;
  roles: string[];
  status: string;
  type: string;
  verification_status: string;
  region_code: string;
  suspended: boolean;
  ended: boolean;
  idle_ms: string;
}

/** Sessions and refresh tokens (auth_session, refresh_token) and the account lookups of login. */
@Injectable()
export class SessionRepository {
  /**
   * Always one row: the account (if any) and the lockout that applies, the account's own or,
   * for a login without an account with a password, the login identifier's. One round trip
   * either way, so that neither the answer nor its timing tells whether the account exists.
   */
  async loginCandidate(db: Queryable, login: string, loginKey: string): Promise<LoginCandidate> {
    const [row]: LoginCandidate[] = await db.query(
      `WITH acct AS (
         SELECT u.id, u.org_id, u.password_hash, u.status, u.totp_enabled, u.totp_secret, o.region_code, u.locked_until,
                u.password_reset_required
           FROM app_user u JOIN organization o ON o.id = u.org_id
          WHERE lower(u.email) = lower($1) OR u.phone = $1
          LIMIT 1)
       SELECT acct.id, acct.org_id, acct.password_hash, acct.status, acct.totp_enabled, acct.totp_secret, acct.region_code,
              acct.password_reset_required,
              ceil(extract(epoch FROM (CASE WHEN acct.password_hash IS NOT NULL THEN acct.locked_until ELSE t.locked_until END) - now()))::int AS locked_for
         FROM (SELECT 1) AS one
         LEFT JOIN acct ON true
         LEFT JOIN login_throttle t ON t.key = $2`,
      [login, loginKey],
    );
    return row!;
  }

  async open(
    db: Queryable,
    s: { userId: string; idleSecs: number; absoluteSecs: number; ip: string | null; userAgent: string | null },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO auth_session (user_id, idle_expires_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, now() + make_interval(secs => $2), now() + make_interval(secs => $3), $4, $5) RETURNING id`,
      [s.userId, s.idleSecs, s.absoluteSecs, s.ip, s.userAgent],
    );
    return id;
  }

  async addRefreshToken(db: Queryable, sessionId: string, tokenHash: string): Promise<void> {
    await db.query(`INSERT INTO refresh_token (session_id, token_hash) VALUES ($1, $2)`, [sessionId, tokenHash]);
  }

  /** The refresh token with its session and user, both locked (a token is spent once). */
  async lockRefreshToken(db: Queryable, tokenHash: string): Promise<RefreshCandidate | undefined> {
    const [row]: RefreshCandidate[] = await db.query(
      `SELECT rt.id, rt.used_at, s.id AS session_id, s.user_id, s.revoked_at,
              s.idle_expires_at < now() OR s.absolute_expires_at < now() AS expired,
              u.status, u.org_id, o.region_code
         FROM refresh_token rt
         JOIN auth_session s ON s.id = rt.session_id
         JOIN app_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.org_id
        WHERE rt.token_hash = $1
        FOR UPDATE OF rt, s`,
      [tokenHash],
    );
    return row;
  }

  async spendRefreshToken(db: Queryable, id: string): Promise<void> {
    await db.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [id]);
  }

  /** Ends every open session of the user. */
  async revokeAll(
    db: Queryable,
    userId: string,
    reason: 'refresh_token_reuse' | 'user_disabled' | 'password_reset',
  ): Promise<void> {
    await db.query(
      `UPDATE auth_session SET revoked_at = now(), revoke_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason],
    );
  }

  async expire(db: Queryable, sessionId: string): Promise<void> {
    await db.query(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'idle_timeout' WHERE id = $1`, [
      sessionId,
    ]);
  }

  /** The user ends one of their own open sessions; false when there was none. */
  async logout(db: Queryable, sessionId: string, userId: string): Promise<boolean> {
    return (
      (await affectedRows(
        db,
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'logout' WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [sessionId, userId],
      )) === 1
    );
  }

  /** Activity: the idle deadline moves on, never past the absolute one. */
  async touch(db: Queryable, sessionId: string, idleSecs: number): Promise<void> {
    await db.query(
      `UPDATE auth_session SET last_seen_at = now(), idle_expires_at = LEAST(now() + make_interval(secs => $2), absolute_expires_at) WHERE id = $1`,
      [sessionId, idleSecs],
    );
  }

  /** The user, organisation and session state behind an access token. */
  async principal(db: Queryable, sessionId: string, userId: string): Promise<SessionPrincipalRow | undefined> {
    const [row]: SessionPrincipalRow[] = await db.query(
      `SELECT u.id, u.org_id, u.roles, u.status, o.type, o.verification_status, o.region_code, o.suspended_at IS NOT NULL AS suspended,
              s.revoked_at IS NOT NULL OR s.idle_expires_at < now() OR s.absolute_expires_at < now() AS ended,
              (extract(epoch FROM now() - s.last_seen_at) * 1000)::bigint AS idle_ms
         FROM auth_session s
         JOIN app_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.org_id
        WHERE s.id = $1 AND s.user_id = $2`,
      [sessionId, userId],
    );
    return row;
  }
}
