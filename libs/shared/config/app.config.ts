import { envConfig, int, oneOf, text } from './env-schema.js';

/** HTTP server and process settings. */
export class AppConfig extends envConfig({
  port: int('PORT', 3000, 1, 65535),
  host: text('HOST', '127.0.0.1'),
  nodeEnv: oneOf('NODE_ENV', ['development', 'production', 'test'], 'development'),
  logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
}) {}
