import type { EntityManager } from 'typeorm';

/** One claimed job as a handler sees it. */
export interface Job {
  id: string;
  /** The handler's queue, e.g. `listings.search-index`. */
  queue: string;
  /** The event that produced the job (`listing.changed`), or null for a job a lib queued for itself. */
  topic: string | null;
  /** The ordering key: jobs of one queue and key run one after the other, in the order queued. */
  key: string | null;
  payload: Record<string, unknown>;
  /** Claims so far, this one included. */
  attempts: number;
  createdAt: Date;
}

/** A job a lib queues for its own handler (mail to send, a webhook to post, an import to run). */
export interface JobInput {
  queue: string;
  /**
   * Jobs with the same queue and key run strictly one after the other in the order queued, a
   * failed one (in backoff) holding back the later ones: a webhook's withdrawal never overtakes
   * its publication.
   */
  key?: string;
  payload?: Record<string, unknown>;
  /** Work that may wait: claimed only when no ordinary job is ready. */
  background?: boolean;
  /** Not before this delay (ms) from now. */
  delayMs?: number;
}

/** One fact to publish: `key` names the thing it is about (`need:<uuid>`), ordering its deliveries. */
export interface EventInput {
  key: string;
  payload: Record<string, unknown>;
}

/**
 * A bulk change's events as a query (EventBus.publishFrom): `sql` is a data-modifying statement
 * of the publishing lib's own table (`INSERT … RETURNING`; it runs as a CTE of the job insert,
 * so rows and events are one statement) or a SELECT, with `params` as $1…$n, yielding one row per
 * event with the columns `key` (text) and `payload` (jsonb), in the order they are to be queued.
 */
export interface EventSource {
  sql: string;
  params: unknown[];
}

export interface PublishOptions {
  /** Every subscriber's delivery of these events may wait for people's work (a bulk import). */
  background?: boolean;
}

/** What the runner does with a batch once the handler has returned. */
export interface JobContext {
  /** True once the worker is shutting down: a long handler should hand its job back (see retryLater). */
  readonly stopping: boolean;
  /**
   * Extends the lease of the batch (a long job calls it between its steps, like a heartbeat) and
   * answers the ids of the jobs this claim still holds: a job whose lease ran out and that another
   * runner claimed since is not extended and not answered (a fence for writes outside the database).
   */
  heartbeat(): Promise<string[]>;
  /**
   * This job is not done: run it again after `delayMs` (default: the queue's backoff). With an
   * `error` it counts as failing (health shows it); without, it is handed back (worker stopping).
   */
  retryLater(job: Job, opts?: { error?: string; delayMs?: number }): void;
  /**
   * Runs `work` in the transaction that marks the batch done, so what it writes (events it
   * publishes) commits exactly when the jobs complete.
   */
  onCompletion(work: (em: EntityManager) => Promise<void>): void;
}

/**
 * Applies the jobs of one queue. Must be idempotent: a job may run again after a crash between
 * applying it and being marked done (the lease of a dead worker runs out and another takes it).
 * Throwing retries the whole batch with backoff.
 */
export interface JobHandler {
  readonly queue: string;
  handle(jobs: Job[], ctx: JobContext): Promise<void>;
  /** Jobs per call (default JOBS_BATCH_SIZE): 1 for long jobs such as an import. */
  readonly batchSize?: number;
  /** How long a claimed job stays reserved for this worker (default JOBS_LEASE_MS). */
  readonly leaseMs?: number;
  /**
   * Handlers of one lane run one batch at a time, in one loop. A handler that may run long (an
   * import) or wait on the network (webhooks) gets its own lane, so it never holds up the
   * deliveries of the default lane.
   */
  readonly lane?: string;
  /**
   * Batches of this queue in flight at once in a started worker: when set, the worker runs a loop
   * of its own for the queue (its lane then leaves the queue to it) that claims the next batch as
   * soon as fewer than this many are running, without waiting for the earlier ones. Per-key order
   * holds (a key's next job is claimed only once the previous one is done). drainOnce() ignores it.
   */
  readonly concurrency?: number;
  /**
   * In that loop a batch smaller than batchSize waits until its oldest job is this old (ms)
   * for more jobs to join it: batches by size or time, whichever comes first.
   */
  readonly gatherMs?: number;
}

/** A handler the runner runs every `everyMs`, at start and then after each completed run. */
export interface ScheduledJob extends JobHandler {
  readonly everyMs: number;
}

/** What the queue has yet to do (health). Jobs are never given up: a failing one retries with capped backoff. */
export interface JobBacklog {
  /** Jobs and events not yet done. */
  pending: number;
  /** Age of the oldest, in seconds (null when there is none). */
  oldestPendingSeconds: number | null;
  /** Pending jobs whose last attempt failed (waiting for a retry). */
  failing: number;
  /** The most attempts any pending job has had: a job that keeps failing shows here. */
  maxAttempts: number;
}

export interface DrainResult {
  /** Events fanned out to their subscribers' queues. */
  fannedOut: number;
  /** Set when another runner was fanning out events (so more work may be coming). */
  fanOutBusy?: true;
  claimed: number;
  done: number;
  failed: number;
}
