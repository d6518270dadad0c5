import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthConfig } from '../../shared/config/index.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { updateReturning } from './update-returning.js';

/**
 * Login throttling kept in PostgreSQL so that every api process sees the same counts: per IP
 * (`ip:<address>`), and per login identifier that matches no account with a password
 * (`login:<keyed hash>`). The latter mirrors the per-account lockout on app_user, so that an
 * unknown login locks after LOGIN_MAX_FAILURES just like a real one and the answers do not tell
 * which accounts exist.
 */
@Injectable()
export class LoginThrottleService {
  private readonly hashKey: Buffer;

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: AuthConfig,
  ) {
    // Keyed so that the table does not hold the e-mail addresses and phone numbers people tried,
    // nor hashes of them that a dump could be checked against without the secret.
    this.hashKey = createHmac('sha256', cfg.jwtSecret).update('login-throttle').digest();
  }

  /** The throttle key of a login identifier, normalised as the account lookup compares it. */
  loginKey(login: string): string {
    return `login:${createHmac('sha256', this.hashKey).update(login.trim().toLowerCase()).digest('base64url')}`;
  }

  async assertIpAllowed(ip: string): Promise<void> {
    const rows: { retry: number }[] = await this.ds.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS retry FROM login_throttle WHERE key = $1 AND locked_until > now()`,
      [`ip:${ip}`],
    );
    if (rows.length > 0) {
      throw new IdentityError(IdentityErrorCode.LOGIN_THROTTLED, '该地址登录失败次数过多，请稍后再试', {
        retryAfterSeconds: rows[0]!.retry,
      });
    }
  }

  async recordIpFailure(ip: string): Promise<void> {
    const [{ failures }] = await this.ds.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING failures`,
      [`ip:${ip}`, this.cfg.loginIpWindow],
    );
    if (failures >= this.cfg.loginIpMaxFailures) {
      await this.ds.query(
        `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2), failures = 0, window_started_at = now() WHERE key = $1`,
        [`ip:${ip}`, this.cfg.loginLockout],
      );
    }
  }

  /**
   * One more wrong password for a login without an account; true when this one locks it. The
   * same rule and statement shape as the account's own counter (app_user.failed_login_count):
   * consecutive failures, reset when the lock is set.
   */
  async recordLoginFailure(em: EntityManager, key: string): Promise<boolean> {
    const [row] = await updateReturning<{ locked: boolean }>(
      em,
      `INSERT INTO login_throttle AS t (key, failures, locked_until)
       VALUES ($1, CASE WHEN $2 <= 1 THEN 0 ELSE 1 END, CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.failures + 1 >= $2 THEN 0 ELSE t.failures + 1 END,
         locked_until = CASE WHEN t.failures + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE t.locked_until END
       RETURNING failures = 0 AS locked`,
      [key, this.cfg.loginMaxFailures, this.cfg.loginLockout],
    );
    return row?.locked ?? false;
  }
}
