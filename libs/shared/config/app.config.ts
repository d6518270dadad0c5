import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

class AppEnv {
  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT: number = 3000;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';
}

/** HTTP server and process settings. */
export class AppConfig {
  constructor(
    readonly port: number,
    readonly host: string,
    readonly nodeEnv: 'development' | 'production' | 'test',
    readonly logLevel: string,
  ) {}

  static fromEnv(env: Env): AppConfig {
    const e = validateEnv(AppEnv, env);
    return new AppConfig(e.PORT, e.HOST, e.NODE_ENV as AppConfig['nodeEnv'], e.LOG_LEVEL);
  }
}
