import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventSource, Job, JobBacklog, JobInput } from './job.types.js';

/** The queue of published events, fanned out by the runner into each subscriber's queue. */
export const EVENTS_QUEUE = '@events';
/** The key of a scheduled job's next occurrence (at most one pending per queue, a unique index). */
export const SCHEDULE_KEY = '@schedule';
/** Serialises fan-outs, so subscribers' jobs are queued in the order their events were. */
const FAN_OUT_LOCK = 0x6a6f_6273; // 'jobs'
/** Woken at commit of a transaction that queued something (LISTEN in the worker). */
export const JOBS_CHANNEL = 'techmarket_jobs';

/** A queue the runner claims from, with its batch size and lease. */
export interface ClaimSpec {
  queue: string;
  limit: number;
  leaseMs: number;
}

type JobRow = Omit<Job, 'createdAt'> & { created_at: Date };

const toJob = (r: JobRow): Job => ({
  id: String(r.id),
  queue: r.queue,
  topic: r.topic,
  key: r.key,
  payload: r.payload,
  attempts: r.attempts,
  createdAt: r.created_at,
});

/**
 * Several jobs in one statement, in order, in the caller's transaction, and a wake-up for the
 * worker at commit. Needs nothing but the EntityManager, so loaders outside Nest use it too.
 */
export async function insertJobs(em: EntityManager, jobs: (JobInput & { topic?: string })[]): Promise<void> {
  if (!em.queryRunner?.isTransactionActive)
    throw new Error("jobs and events are queued inside the caller's transaction");
  if (jobs.length === 0) return;
  // created_at is when the job is due: a delayed job is not "waiting" before then (health).
  await em.query(
    `INSERT INTO job (queue, topic, key, payload, background, run_at, created_at)
     SELECT queue, topic, key, payload, background, due, due
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::boolean[], $6::float8[])
            WITH ORDINALITY AS u(queue, topic, key, payload, background, delay_ms, n),
            LATERAL (SELECT now() + make_interval(secs => delay_ms / 1000) AS due) d
      ORDER BY n`,
    [
      jobs.map((j) => j.queue),
      jobs.map((j) => j.topic ?? null),
      jobs.map((j) => j.key ?? null),
      jobs.map((j) => JSON.stringify(j.payload ?? {})),
      jobs.map((j) => j.background === true),
      jobs.map((j) => j.delayMs ?? 0),
    ],
  );
  await em.query(`SELECT pg_notify($1, '')`, [JOBS_CHANNEL]);
}

/**
 * The events `source` yields (EventSource), inserted as one statement with it, in the caller's
 * transaction, and a wake-up at commit: a bulk import's rows and their events without a round
 * trip per batch through JavaScript. Answers how many events were queued.
 */
export async function insertEventsFrom(
  em: EntityManager,
  topic: string,
  source: EventSource,
  background: boolean,
): Promise<number> {
  if (!em.queryRunner?.isTransactionActive)
    throw new Error("jobs and events are queued inside the caller's transaction");
  const p = source.params.length;
  // Rows are queued in the order the source yields them: job ids are the order of the fan-out.
  const rows: { n: number }[] = await em.query(
    `WITH src AS (${source.sql}),
     ins AS (
       INSERT INTO job (queue, topic, key, payload, background, run_at, created_at)
       SELECT $${p + 1}, $${p + 2}, key, payload, $${p + 3}, now(), now() FROM src
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [...source.params, EVENTS_QUEUE, topic, background],
  );
  const n = rows[0]!.n;
  if (n > 0) await em.query(`SELECT pg_notify($1, '')`, [JOBS_CHANNEL]);
  return n;
}

/**
 * A claim that re-checked a row a moment ago (FOR UPDATE SKIP LOCKED, then the row no longer
 * qualified) holds its lock until the claim statement ends, which under load takes seconds:
 * renewing or completing one's own jobs waits for it (up to half a lease) rather than failing on
 * the session's short lock_timeout and running the batch again.
 */
export async function patientLocks(em: EntityManager, leaseMs: number): Promise<void> {
  await em.query(`SET LOCAL lock_timeout = ${Math.max(5000, Math.round(leaseMs / 2))}`);
}

/** Every statement on the `job` table. */
@Injectable()
export class JobRepository {
  constructor(private readonly ds: DataSource) {}

  insert(em: EntityManager, jobs: (JobInput & { topic?: string })[]): Promise<void> {
    return insertJobs(em, jobs);
  }

  /**
   * Moves up to `limit` published events into their subscribers' queues (one job per event and
   * subscriber, keeping the event's key, payload, priority and age) and marks them done, in one
   * statement: an event is fanned out exactly once. Answers how many events were fanned out, or
   * null when another runner is fanning out right now (this one goes on to claim instead of
   * waiting; that runner's commit wakes it).
   */
  async fanOut(limit: number, subscriptions: { topic: string; queue: string }[]): Promise<number | null> {
    return this.ds.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        FAN_OUT_LOCK,
      ]);
      if (!locked) return null;
      // TypeORM answers UPDATE with [rows, affectedCount].
      const [, fanned]: [unknown[], number] = await em.query(
        `WITH ev AS (
           SELECT id, topic, key, payload, background, created_at FROM job
            WHERE queue = $1 AND done_at IS NULL ORDER BY id LIMIT $2),
         subs AS (SELECT * FROM unnest($3::text[], $4::text[]) AS s(topic, queue)),
         ins AS (
           INSERT INTO job (queue, topic, key, payload, background, created_at)
           SELECT s.queue, ev.topic, ev.key, ev.payload, ev.background, ev.created_at
             FROM ev JOIN subs s ON s.topic = ev.topic ORDER BY ev.id, s.queue)
         UPDATE job SET done_at = now() FROM ev WHERE job.id = ev.id AND job.id = ANY(ARRAY(SELECT id FROM ev))`,
        [EVENTS_QUEUE, limit, subscriptions.map((s) => s.topic), subscriptions.map((s) => s.queue)],
      );
      if (fanned > 0) await em.query(`SELECT pg_notify($1, '')`, [JOBS_CHANNEL]);
      return fanned;
    });
  }

  /**
   * Claims due jobs of the given queues (FOR UPDATE SKIP LOCKED, then a lease instead of a long
   * transaction, so no handler runs inside one). The claimed rows are updated through the primary
   * key (`= ANY(ARRAY(…))`): joined on the CTE alone, the planner hashes it and scans the whole
   * table, done jobs of the retention period included, on every claim (the fan-out and retries
   * likewise). Only the head of each key is due: a job waits
   * while an earlier job of its queue and key is not done, in flight or in backoff; that also
   * keeps two workers from ever running one key at once. Ordinary jobs before background ones.
   */
  async claim(specs: ClaimSpec[]): Promise<Job[]> {
    if (specs.length === 0) return [];
    // TypeORM answers UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [JobRow[], number] = await this.ds.query(
      `WITH q AS (SELECT * FROM unnest($1::text[], $2::int[], $3::float8[]) AS q(name, lim, lease_ms)),
       c AS (
         SELECT j.id, q.lease_ms FROM q CROSS JOIN LATERAL (
           SELECT o.id FROM job o
            WHERE o.queue = q.name AND o.done_at IS NULL AND o.run_at <= now()
              AND (o.locked_until IS NULL OR o.locked_until < now())
              AND (o.key IS NULL OR NOT EXISTS (
                SELECT 1 FROM job e WHERE e.queue = o.queue AND e.key = o.key AND e.done_at IS NULL AND e.id < o.id))
            ORDER BY o.background, o.id LIMIT q.lim
            FOR UPDATE SKIP LOCKED) j)
       UPDATE job m SET locked_until = now() + make_interval(secs => c.lease_ms / 1000), attempts = m.attempts + 1
         FROM c WHERE m.id = c.id AND m.id = ANY(ARRAY(SELECT id FROM c))
       RETURNING m.id, m.queue, m.topic, m.key, m.payload, m.attempts, m.created_at`,
      [specs.map((s) => s.queue), specs.map((s) => s.limit), specs.map((s) => s.leaseMs)],
    );
    return rows.map(toJob).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /**
   * Marks the claimed jobs done. Fenced by the claim (`attempts` counts claims): a job another
   * runner took over after this claim's lease ran out is left to that runner, so a slow runner
   * never completes a job under its new holder (whose key's next job would then start beside it).
   * Answers how many were marked.
   */
  async markDone(em: EntityManager, jobs: Pick<Job, 'id' | 'attempts'>[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const [, marked]: [unknown[], number] = await em.query(
      `UPDATE job SET done_at = now(), locked_until = NULL, last_error = NULL
         FROM unnest($1::bigint[], $2::int[]) AS u(id, attempts)
        WHERE job.id = u.id AND job.attempts = u.attempts AND job.done_at IS NULL AND job.id = ANY($1::bigint[])`,
      [jobs.map((j) => j.id), jobs.map((j) => j.attempts)],
    );
    return marked;
  }

  /** Back to the queue after `delayMs`; `error` null hands the job back without counting it as failing. */
  async retry(items: { id: string; error: string | null; delayMs: number }[]): Promise<void> {
    if (items.length === 0) return;
    await this.ds.query(
      `UPDATE job SET locked_until = NULL, last_error = u.error, run_at = now() + make_interval(secs => u.delay_ms / 1000)
         FROM unnest($1::bigint[], $2::text[], $3::float8[]) AS u(id, error, delay_ms) WHERE job.id = u.id AND job.id = ANY($1::bigint[])`,
      [items.map((i) => i.id), items.map((i) => i.error?.slice(0, 2000) ?? null), items.map((i) => i.delayMs)],
    );
  }

  /**
   * Extends the lease of the jobs this claim still holds (same `attempts`, not done) and answers
   * their ids; a job claimed again by another runner since is neither extended nor answered.
   */
  async extendLease(jobs: Pick<Job, 'id' | 'attempts'>[], leaseMs: number): Promise<string[]> {
    if (jobs.length === 0) return [];
    return this.ds.transaction(async (em) => {
      await patientLocks(em, leaseMs);
      const [rows]: [{ id: string }[], number] = await em.query(
        `UPDATE job SET locked_until = now() + make_interval(secs => $3::float8 / 1000)
         FROM unnest($1::bigint[], $2::int[]) AS u(id, attempts)
        WHERE job.id = u.id AND job.attempts = u.attempts AND job.done_at IS NULL AND job.id = ANY($1::bigint[])
       RETURNING job.id`,
        [jobs.map((j) => j.id), jobs.map((j) => j.attempts), leaseMs],
      );
      return rows.map((r) => String(r.id));
    });
  }

  /** The schedule's pending occurrence, due now (a worker starting runs every schedule at once). */
  async scheduleNow(queue: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO job (queue, key) VALUES ($1, $2)
       ON CONFLICT (queue) WHERE key = '@schedule' AND done_at IS NULL
       DO UPDATE SET run_at = LEAST(job.run_at, now()), created_at = LEAST(job.created_at, now())`,
      [queue, SCHEDULE_KEY],
    );
  }

  /** The next occurrence, in the transaction that marks the current one done. */
  async scheduleNext(em: EntityManager, queue: string, everyMs: number): Promise<void> {
    await em.query(
      `INSERT INTO job (queue, key, run_at, created_at)
       SELECT $1, $2, due, due FROM (SELECT now() + make_interval(secs => $3::float8 / 1000) AS due) d
       ON CONFLICT (queue) WHERE key = '@schedule' AND done_at IS NULL DO NOTHING`,
      [queue, SCHEDULE_KEY, everyMs],
    );
  }

  /**
   * Deletes jobs done more than `retentionDays` ago, in batches (every change to a listing leaves
   * a few; without this the table only grows). Pending jobs are never touched.
   */
  async purgeDone(retentionDays: number, batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      // TypeORM answers DELETE with [rows, affectedCount].
      const [, affected]: [unknown[], number] = await this.ds.query(
        `DELETE FROM job WHERE id IN (
           SELECT id FROM job WHERE done_at < now() - make_interval(days => $1) LIMIT $2)`,
        [retentionDays, batchSize],
      );
      total += affected;
      if (affected < batchSize) return total;
    }
  }

  /** The pending jobs in one look (the pending partial index); a scheduled job not yet due does not count. */
  async backlog(): Promise<JobBacklog> {
    const [r]: { pending: number; failing: number; max_attempts: number | null; oldest_seconds: number | null }[] =
      await this.ds.query(
        `SELECT count(*)::int AS pending, count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing,
                max(attempts)::int AS max_attempts, floor(extract(epoch FROM now() - min(created_at)))::int AS oldest_seconds
           FROM job WHERE done_at IS NULL AND created_at <= now()`,
      );
    return {
      pending: r!.pending,
      oldestPendingSeconds: r!.oldest_seconds,
      failing: r!.failing,
      maxAttempts: r!.max_attempts ?? 0,
    };
  }
}
