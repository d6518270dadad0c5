import { Injectable } from '@nestjs/common';
import type { JobHandler, ScheduledJob } from './job.types.js';

/** The lane of handlers that name none: event deliveries and other short jobs. */
export const DEFAULT_LANE = 'default';

/**
 * The handlers, subscriptions and schedules of this process, registered by the libs at module
 * init. Kept in memory: the worker imports every lib, so its registry is complete, and events
 * are fanned out there (a process without a subscriber's lib must not run the default lane).
 */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly scheduled = new Map<string, ScheduledJob>();
  private readonly subscriptions: { topic: string; queue: string }[] = [];

  register(handler: JobHandler): void {
    const existing = this.handlers.get(handler.queue);
    if (existing && existing !== handler)
      throw new Error(`job queue ${handler.queue} already has a handler (${existing.constructor.name})`);
    this.handlers.set(handler.queue, handler);
  }

  subscribe(topics: string[], handler: JobHandler): void {
    this.register(handler);
    for (const topic of topics)
      if (!this.subscriptions.some((s) => s.topic === topic && s.queue === handler.queue))
        this.subscriptions.push({ topic, queue: handler.queue });
  }

  schedule(job: ScheduledJob): void {
    this.register(job);
    this.scheduled.set(job.queue, job);
  }

  get(queue: string): JobHandler | undefined {
    return this.handlers.get(queue);
  }

  /** The handlers of `lane`. */
  inLane(lane: string): JobHandler[] {
    return [...this.handlers.values()].filter((h) => (h.lane ?? DEFAULT_LANE) === lane);
  }

  lanes(): string[] {
    return [...new Set([DEFAULT_LANE, ...[...this.handlers.values()].map((h) => h.lane ?? DEFAULT_LANE)])];
  }

  topicSubscriptions(): { topic: string; queue: string }[] {
    return [...this.subscriptions];
  }

  scheduleOf(queue: string): ScheduledJob | undefined {
    return this.scheduled.get(queue);
  }

  schedules(): ScheduledJob[] {
    return [...this.scheduled.values()];
  }
}
