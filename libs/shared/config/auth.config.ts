import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const seconds = (name: string, min: number, max: number) =>
  `${name} must be an integer number of seconds between ${min} and ${max}`;

class AuthEnv {
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string = '';

  @Transform(toInt)
  @IsInt({ message: seconds('ACCESS_TOKEN_TTL_SECONDS', 1, 3600) })
  @Min(1, { message: seconds('ACCESS_TOKEN_TTL_SECONDS', 1, 3600) })
  @Max(3600, { message: seconds('ACCESS_TOKEN_TTL_SECONDS', 1, 3600) })
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @Transform(toInt)
  @IsInt({ message: seconds('REFRESH_TOKEN_TTL_SECONDS', 60, 2592000) })
  @Min(60, { message: seconds('REFRESH_TOKEN_TTL_SECONDS', 60, 2592000) })
  @Max(2592000, { message: seconds('REFRESH_TOKEN_TTL_SECONDS', 60, 2592000) })
  REFRESH_TOKEN_TTL_SECONDS: number = 604800;

  @Transform(toInt)
  @IsInt({ message: seconds('SESSION_IDLE_TIMEOUT_SECONDS', 1, 86400) })
  @Min(1, { message: seconds('SESSION_IDLE_TIMEOUT_SECONDS', 1, 86400) })
  @Max(86400, { message: seconds('SESSION_IDLE_TIMEOUT_SECONDS', 1, 86400) })
  SESSION_IDLE_TIMEOUT_SECONDS: number = 1800;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_FAILURES must be an integer between 1 and 100' })
  @Min(1, { message: 'LOGIN_MAX_FAILURES must be an integer between 1 and 100' })
  @Max(100, { message: 'LOGIN_MAX_FAILURES must be an integer between 1 and 100' })
  LOGIN_MAX_FAILURES: number = 5;

  @Transform(toInt)
  @IsInt({ message: seconds('LOGIN_LOCKOUT_SECONDS', 1, 86400) })
  @Min(1, { message: seconds('LOGIN_LOCKOUT_SECONDS', 1, 86400) })
  @Max(86400, { message: seconds('LOGIN_LOCKOUT_SECONDS', 1, 86400) })
  LOGIN_LOCKOUT_SECONDS: number = 900;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_IP_MAX_FAILURES must be an integer between 1 and 10000' })
  @Min(1, { message: 'LOGIN_IP_MAX_FAILURES must be an integer between 1 and 10000' })
  @Max(10000, { message: 'LOGIN_IP_MAX_FAILURES must be an integer between 1 and 10000' })
  LOGIN_IP_MAX_FAILURES: number = 50;

  @Transform(toInt)
  @IsInt({ message: seconds('LOGIN_IP_WINDOW_SECONDS', 1, 86400) })
  @Min(1, { message: seconds('LOGIN_IP_WINDOW_SECONDS', 1, 86400) })
  @Max(86400, { message: seconds('LOGIN_IP_WINDOW_SECONDS', 1, 86400) })
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
