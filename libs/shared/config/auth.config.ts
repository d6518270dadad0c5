import { IsString, MinLength } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

class AuthEnv {
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string = '';
}

/** Token signing settings. The launcher generates a secret under .data/ when none is set. */
export class AuthConfig {
  constructor(readonly jwtSecret: string) {}

  static fromEnv(env: Env): AuthConfig {
    const e = validateEnv(AuthEnv, env);
    return new AuthConfig(e.JWT_SECRET);
  }
}
