import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, processEnv, validateAllConfig } from '../../../libs/shared/config/index.js';
import { createPinoLogger, PinoNestLogger } from '../../../libs/shared/logging/index.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  validateAllConfig();
  const cfg = AppConfig.fromEnv(processEnv());
  const logger = createPinoLogger(cfg.logLevel, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  // Jobs run on timers that do not hold the event loop; this keeps the process alive until a
  // signal arrives, and shows in the log that the worker is still there.
  setInterval(() => logger.debug('worker alive'), 60_000);
  logger.info('worker started');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else
    process.stderr.write(
      `worker failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
});
