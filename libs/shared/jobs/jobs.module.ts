import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { JobQueue } from './job-queue.js';
import { JobRegistry } from './job-registry.js';
import { JobRunner } from './job-runner.js';
import { JobRepository } from './job.repository.js';

/**
 * The one job queue: JobQueue (a lib's own deferred work), EventBus (publish/subscribe) and the
 * JobRunner the worker runs. Global, so that every lib registers its handlers and subscriptions
 * on the one registry of the process; imported once by each app.
 */
@Global()
@Module({
  providers: [JobRepository, JobRegistry, JobQueue, EventBus, JobRunner],
  exports: [JobQueue, EventBus, JobRunner],
})
export class JobsModule {}
