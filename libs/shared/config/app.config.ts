import { IsIn, IsString } from 'class-validator';
import { IntSetting, validateEnv, type Env } from './env-schema.js';

class AppEnv {
  @IntSetting(1, 65535)
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
