import { Logger, type Abstract, type FactoryProvider, type Type } from '@nestjs/common';
import { JobRunner } from './job-runner.js';
import type { ScheduledJob } from './job.types.js';

/** Schedules run in a lane of their own: a long purge never holds up event deliveries. */
export const SCHEDULES_LANE = 'schedules';

export interface Schedule<D extends unknown[]> {
  /** The schedule's queue: it runs at start and then every `every(…)` ms, once across all workers. */
  queue: string;
  /** The providers `every` and `run` are given, in this order. */
  inject: { [K in keyof D]: Type<D[K]> | Abstract<D[K]> };
  every(...deps: D): number;
  /** One run; answers counts of what it did, logged (with `done`) when any is above zero. */
  run(...deps: D): Promise<Record<string, number>>;
  done: string;
}

/**
 * A provider that registers a schedule of the job queue when the module is created: the one
 * shape of every periodic job (deadlines, reminders, digests, housekeeping), declared in the lib
 * or app that owns the work.
 */
export function schedule<D extends unknown[]>(s: Schedule<D>): FactoryProvider<ScheduledJob> {
  const logger = new Logger(s.queue);
  return {
    provide: `schedule:${s.queue}`,
    inject: [JobRunner, ...s.inject],
    useFactory: (runner: JobRunner, ...deps: unknown[]) => {
      const d = deps as D;
      const job: ScheduledJob = {
        queue: s.queue,
        lane: SCHEDULES_LANE,
        everyMs: s.every(...d),
        handle: async () => {
          const counts = await s.run(...d);
          if (Object.values(counts).some((n) => n > 0)) logger.log(counts, s.done);
        },
      };
      runner.schedule(job);
      return job;
    },
  };
}
