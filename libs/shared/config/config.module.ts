import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './app.config.js';
import { DatabaseConfig } from './database.config.js';
import type { Env } from './env-schema.js';
import { SearchConfig } from './search.config.js';
import { AuthConfig } from './auth.config.js';
import { MailConfig } from './mail.config.js';
import { ExchangeConfig } from './exchange.config.js';
import { ImportsConfig } from './imports.config.js';
import { JobsConfig } from './jobs.config.js';
import { StatisticsConfig } from './statistics.config.js';
import { SalesConfig } from './sales.config.js';
import { LauncherConfig } from './launcher.config.js';
import { HttpConfig } from './http.config.js';
import { StorageConfig } from './storage.config.js';

/** Process environment, read in this one place (style.md: no process.env outside config). */
export function processEnv(): Env {
  return process.env;
}

/**
 * Validated configuration, one class per namespace, built once when the module is created.
 * `overrides` lets tests and the launcher supply values without touching process.env.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Env = {}): DynamicModule {
    const env = (): Env => ({ ...processEnv(), ...overrides });
    const providers = [
      { provide: AppConfig, useFactory: () => AppConfig.fromEnv(env()) },
      { provide: DatabaseConfig, useFactory: () => DatabaseConfig.fromEnv(env()) },
      { provide: SearchConfig, useFactory: () => SearchConfig.fromEnv(env()) },
      { provide: AuthConfig, useFactory: () => AuthConfig.fromEnv(env()) },
      { provide: MailConfig, useFactory: () => MailConfig.fromEnv(env()) },
      { provide: ExchangeConfig, useFactory: () => ExchangeConfig.fromEnv(env()) },
      { provide: ImportsConfig, useFactory: () => ImportsConfig.fromEnv(env()) },
      { provide: JobsConfig, useFactory: () => JobsConfig.fromEnv(env()) },
      { provide: StatisticsConfig, useFactory: () => StatisticsConfig.fromEnv(env()) },
      { provide: SalesConfig, useFactory: () => SalesConfig.fromEnv(env()) },
      // The api reads the launcher's state file (health) when `npm start` runs it.
      { provide: LauncherConfig, useFactory: () => LauncherConfig.fromEnv(env()) },
      { provide: HttpConfig, useFactory: () => HttpConfig.fromEnv(env()) },
      { provide: StorageConfig, useFactory: () => StorageConfig.fromEnv(env()) },
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** Validates every namespace at once; used by main() to fail fast with one line. */
export function validateAllConfig(env: Env = processEnv()): void {
  AppConfig.fromEnv(env);
  DatabaseConfig.fromEnv(env);
  SearchConfig.fromEnv(env);
  AuthConfig.fromEnv(env);
  MailConfig.fromEnv(env);
  ExchangeConfig.fromEnv(env);
  ImportsConfig.fromEnv(env);
  JobsConfig.fromEnv(env);
  StatisticsConfig.fromEnv(env);
  SalesConfig.fromEnv(env);
  LauncherConfig.fromEnv(env);
  HttpConfig.fromEnv(env);
  StorageConfig.fromEnv(env);
}
