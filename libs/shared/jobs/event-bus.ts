import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobRegistry } from './job-registry.js';
import { EVENTS_QUEUE, insertEventsFrom, insertJobs } from './job.repository.js';
import type { EventInput, EventSource, JobHandler, PublishOptions } from './job.types.js';

/**
 * Publishes `events` of `topic` in the caller's transaction (committed with the change, or not
 * at all). EventBus.publish inside Nest; this function for loaders outside it (the demo seeds).
 */
export async function publishEvents(
  em: EntityManager,
  topic: string,
  events: EventInput | EventInput[],
  opts: PublishOptions = {},
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  const background = opts.background === true;
  await insertJobs(
    em,
    list.map((e) => ({ queue: EVENTS_QUEUE, topic, key: e.key, payload: e.payload, background })),
  );
}

/**
 * Publish/subscribe over the job queue. A lib publishes facts about its own data inside the
 * transaction that changed it (`listing.changed`), naming no consumer; a consumer subscribes
 * from its own lib at module init with a handler whose queue is its own. The runner fans each
 * event out into one job per subscriber, so every subscriber has its own retries and order: one
 * failing subscriber never re-runs or holds up another.
 */
@Injectable()
export class EventBus {
  constructor(private readonly registry: JobRegistry) {}

  /** Publishes `events` of `topic` in the caller's transaction (committed with the change, or not at all). */
  async publish(
    em: EntityManager,
    topic: string,
    events: EventInput | EventInput[],
    opts: PublishOptions = {},
  ): Promise<void> {
    await publishEvents(em, topic, events, opts);
  }

  /**
   * Publishes one event of `topic` per row of `source` (EventSource: its own statement, usually the
   * INSERT … RETURNING of a bulk change, run together with the events' insert). Answers how many.
   */
  publishFrom(em: EntityManager, topic: string, source: EventSource, opts: PublishOptions = {}): Promise<number> {
    return insertEventsFrom(em, topic, source, opts.background === true);
  }

  /** `handler` receives one job per event of the given topics (job.topic says which). */
  subscribe(topics: string[], handler: JobHandler): void {
    this.registry.subscribe(topics, handler);
  }
}
