import { IsString, MinLength } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

class AuthEnv {
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string = '';

  @IntSetting(1, 3600, 'seconds')
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IntSetting(60, 2592000, 'seconds')
  REFRESH_TOKEN_TTL_SECONDS: number = 604800;

  @IntSetting(1, 86400, 'seconds')
  SESSION_IDLE_TIMEOUT_SECONDS: number = 1800;

  @IntSetting(1, 100)
  LOGIN_MAX_FAILURES: number = 5;

  @IntSetting(1, 86400, 'seconds')
  LOGIN_LOCKOUT_SECONDS: number = 900;

  @IntSetting(1, 10000)
  LOGIN_IP_MAX_FAILURES: number = 50;

  @IntSetting(1, 86400, 'seconds')
  LOGIN_IP_WINDOW_SECONDS: number = 900;
}

/**
 * Token signing, session and login-throttling settings. The launcher generates a secret under
 * .data/ when none is set. Durations are seconds.
 */
export class AuthConfig {
  constructor(
    readonly jwtSecret: string,
    readonly accessTokenTtl: number = 900,
    readonly refreshTokenTtl: number = 604800,
    /** A session unused for this long ends (等保 idle timeout); each refresh extends it. */
    readonly sessionIdleTimeout: number = 1800,
    /** Failed logins in a row before the account is locked. */
    readonly loginMaxFailures: number = 5,
    readonly loginLockout: number = 900,
    /** Failed logins from one IP within the window before that IP is locked out. */
    readonly loginIpMaxFailures: number = 50,
    readonly loginIpWindow: number = 900,
  ) {}

  static fromEnv(env: Env): AuthConfig {
    const e = validateEnv(AuthEnv, env);
    return new AuthConfig(
      e.JWT_SECRET,
      e.ACCESS_TOKEN_TTL_SECONDS,
      e.REFRESH_TOKEN_TTL_SECONDS,
      e.SESSION_IDLE_TIMEOUT_SECONDS,
      e.LOGIN_MAX_FAILURES,
      e.LOGIN_LOCKOUT_SECONDS,
      e.LOGIN_IP_MAX_FAILURES,
      e.LOGIN_IP_WINDOW_SECONDS,
    );
  }
}
