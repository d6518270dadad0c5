import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, processEnv, validateAllConfig } from '../../../libs/shared/config/index.js';
import { createPinoLogger, PinoNestLogger } from '../../../libs/shared/logging/index.js';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

async function main(): Promise<void> {
  validateAllConfig();
  const cfg = AppConfig.fromEnv(processEnv());
  const logger = createPinoLogger(cfg.logLevel, 'api');
  const app = await NestFactory.create(AppModule.forRoot(), { logger: new PinoNestLogger(logger), bufferLogs: true });
  configureApp(app, logger);
  await app.listen(cfg.port, cfg.host);
  logger.info({ port: cfg.port, host: cfg.host }, 'api listening');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`api failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
