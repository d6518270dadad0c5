import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../../shared/config/index.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

/**
 * Per-IP login throttling, kept in PostgreSQL so that every api process sees the same counts.
 * (Per-account lockout lives on app_user.)
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly ds: DataSource,
    private readonly cfg: AuthConfig,
  ) {}

  async assertIpAllowed(ip: string): Promise<void> {
    const rows: { retry: number }[] = await this.ds.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS retry FROM login_throttle WHERE key = $1 AND locked_until > now()`,
      [`ip:${ip}`],
    );
    if (rows.length > 0) {
      throw new IdentityError(IdentityErrorCode.LOGIN_THROTTLED, '该地址登录失败次数过多，请稍后再试', { retryAfterSeconds: rows[0]!.retry });
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
}
