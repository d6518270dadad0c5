export { AppConfig } from './app.config.js';
export { AuthConfig } from './auth.config.js';
export { DatabaseConfig, type SessionLimits } from './database.config.js';
export { SearchConfig } from './search.config.js';
export {
  MailConfig,
  MAIL_TRANSPORTS,
  SMS_TRANSPORTS,
  type MailTransportKind,
  type SmsTransportKind,
  type SmtpSettings,
} from './mail.config.js';
export { ExchangeConfig } from './exchange.config.js';
export { ImportsConfig, type ImportFileLimits } from './imports.config.js';
export { JobsConfig } from './jobs.config.js';
export { StatisticsConfig } from './statistics.config.js';
export { SalesConfig } from './sales.config.js';
export { HttpConfig } from './http.config.js';
export { StorageConfig } from './storage.config.js';
export { LauncherConfig } from './launcher.config.js';
export { ConfigError, type Env } from './env-schema.js';
export { ConfigModule, processEnv, validateAllConfig } from './config.module.js';
export { projectRoot } from './project-root.js';
