import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertJobs, JobRepository } from './job.repository.js';
import type { JobBacklog, JobInput } from './job.types.js';

/** Queues `jobs` in the caller's transaction: JobQueue.enqueue inside Nest, this function for scripts outside it. */
export async function enqueueJobs(em: EntityManager, jobs: JobInput | JobInput[]): Promise<void> {
  await insertJobs(em, Array.isArray(jobs) ? jobs : [jobs]);
}

/**
 * Queues a lib's own deferred work (a mail to send, a webhook to post, an import to run) in the
 * caller's transaction: the change and its job commit or roll back together, and nothing here
 * talks to the network. A lib queues only into its own queues; what other libs should hear of
 * goes through EventBus.publish.
 */
@Injectable()
export class JobQueue {
  constructor(private readonly repo: JobRepository) {}

  async enqueue(em: EntityManager, jobs: JobInput | JobInput[]): Promise<void> {
    await this.repo.insert(em, Array.isArray(jobs) ? jobs : [jobs]);
  }

  /** What the queue has yet to do (health). */
  backlog(): Promise<JobBacklog> {
    return this.repo.backlog();
  }
}
