import { envConfig, int, requiredText } from './env-schema.js';

/**
 * Token signing, session and login-throttling settings. The launcher generates a secret under
 * .data/ when none is set. Durations are seconds.
 */
export class AuthConfig extends envConfig({
  jwtSecret: requiredText('JWT_SECRET', { test: (s) => s.length >= 32, message: 'must be at least 32 characters' }),
  accessTokenTtl: int('ACCESS_TOKEN_TTL_SECONDS', 900, 1, 3600, 'seconds'),
  refreshTokenTtl: int('REFRESH_TOKEN_TTL_SECONDS', 604800, 60, 2592000, 'seconds'),
  /** A session unused for this long ends (等保 idle timeout); each refresh extends it. */
  sessionIdleTimeout: int('SESSION_IDLE_TIMEOUT_SECONDS', 1800, 1, 86400, 'seconds'),
  /** Failed logins in a row before the account is locked. */
  loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
  loginLockout: int('LOGIN_LOCKOUT_SECONDS', 900, 1, 86400, 'seconds'),
  /** Failed logins from one IP within the window before that IP is locked out. */
  loginIpMaxFailures: int('LOGIN_IP_MAX_FAILURES', 50, 1, 10000),
  loginIpWindow: int('LOGIN_IP_WINDOW_SECONDS', 900, 1, 86400, 'seconds'),
}) {}
