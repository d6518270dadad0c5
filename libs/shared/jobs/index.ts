export { JobsModule } from './jobs.module.js';
export { JobQueue, enqueueJobs } from './job-queue.js';
export { EventBus, publishEvents } from './event-bus.js';
export { JobRunner, type DrainOptions } from './job-runner.js';
export { DEFAULT_LANE } from './job-registry.js';
export { schedule, SCHEDULES_LANE, type Schedule } from './schedule.js';
export { retryDelayMs } from './backoff.js';
export type {
  Job,
  JobInput,
  JobHandler,
  JobContext,
  ScheduledJob,
  EventInput,
  EventSource,
  PublishOptions,
  JobBacklog,
  DrainResult,
} from './job.types.js';
