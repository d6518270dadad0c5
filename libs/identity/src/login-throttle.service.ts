import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthConfig } from '../../shared/config/index.js';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';

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
    private readonly repo: LoginThrottleRepository,
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
    const retry = await this.repo.lockedFor(this.ds.manager, `ip:${ip}`);
    if (retry !== undefined) {
      throw new IdentityError(IdentityErrorCode.LOGIN_THROTTLED, '该地址登录失败次数过多，请稍后再试', {
        retryAfterSeconds: retry,
      });
    }
  }

  async recordIpFailure(ip: string): Promise<void> {
    const failures = await this.repo.countInWindow(this.ds.manager, `ip:${ip}`, this.cfg.loginIpWindow);
    if (failures >= this.cfg.loginIpMaxFailures)
      await this.repo.lock(this.ds.manager, `ip:${ip}`, this.cfg.loginLockout);
  }

  /**
   * One more wrong password for a login without an account; true when this one locks it. The
   * same rule and statement shape as the account's own counter (app_user.failed_login_count):
   * consecutive failures, reset when the lock is set.
   */
  async recordLoginFailure(em: EntityManager, key: string): Promise<boolean> {
    return this.repo.recordConsecutiveFailure(em, key, this.cfg.loginMaxFailures, this.cfg.loginLockout);
  }
}
