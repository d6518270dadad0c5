import { Transform } from 'class-transformer';
import { IsInt, Max, Min, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

@ValidatorConstraint({ name: 'postgresUrl' })
class IsPostgresUrl implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      const u = new URL(value);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'must be a URL like postgres://user:password@host:5432/database';
  }
}

class DatabaseEnv {
  @Validate(IsPostgresUrl)
  DATABASE_URL: string | undefined = undefined;

  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  @Max(200, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 200' })
  DATABASE_POOL_SIZE: number = 10;
}

/** PostgreSQL connection settings. */
export class DatabaseConfig {
  constructor(
    readonly url: string,
    readonly poolSize: number,
  ) {}

  static fromEnv(env: Env): DatabaseConfig {
    const e = validateEnv(DatabaseEnv, env);
    return new DatabaseConfig(e.DATABASE_URL!, e.DATABASE_POOL_SIZE);
  }
}
