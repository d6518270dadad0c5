export { AppConfig } from './app.config.js';
export { AuthConfig } from './auth.config.js';
export { DatabaseConfig } from './database.config.js';
export { SearchConfig } from './search.config.js';
export { OutboxConfig } from './outbox.config.js';
export { LauncherConfig } from './launcher.config.js';
export { ConfigError, validateEnv, type Env } from './env-schema.js';
export { ConfigModule, processEnv, validateAllConfig } from './config.module.js';
export { projectRoot } from './project-root.js';
