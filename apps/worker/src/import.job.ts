import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ImportRunner } from '../../../libs/imports/src/index.js';

/** Runs queued bulk-import jobs (dry runs and commits) in the worker process. */
@Injectable()
export class ImportJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportJob.name);

  constructor(private readonly runner: ImportRunner) {}

  onApplicationBootstrap(): void {
    this.runner.start();
    this.logger.log('import job runner started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
