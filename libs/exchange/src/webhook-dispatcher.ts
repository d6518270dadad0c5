import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthConfig, ExchangeConfig } from '../../shared/config/index.js';
import type { SecretBox } from '../../shared/crypto/index.js';
import {
  EventBus,
  JobRunner,
  retryDelayMs,
  type Job,
  type JobContext,
  type JobHandler,
} from '../../shared/jobs/index.js';
import { WEBHOOK_FAILING, webhookFailing } from './exchange.events.js';
import { WebhookRepository } from './webhook.repository.js';
import { webhookSecretBox } from './webhook.service.js';
import { signWebhook } from './webhook-signature.js';

/** The queue of webhook deliveries: one job per delivery row, keyed `<webhook>:<listing>`. */
export const WEBHOOK_QUEUE = 'exchange.webhook';

interface Delivery {
  id: string;
  event: string;
  body: string;
  attempts: number;
  status: 'pending' | 'delivered' | 'failed';
  url: string;
  secret_sealed: string;
  disabled: boolean;
}

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const USER_AGENT = 'techmarket-webhooks/1';

/**
 * Sends webhook deliveries from the job queue (lane `webhooks`, so a slow partner never holds up
 * search indexing): POSTs the stored body signed with the subscription's secret, up to a batch at
 * once, and records the attempt on the delivery row; a failure retries with its own backoff
 * (EXCHANGE_WEBHOOK_BACKOFF_*) until EXCHANGE_WEBHOOK_MAX_ATTEMPTS, then the delivery is failed.
 * The delivery id stays the same on every attempt so receivers can drop duplicates; the job key
 * keeps a listing's later event behind an earlier one to the same subscriber.
 */
@Injectable()
export class WebhookDispatcher implements JobHandler, OnModuleInit {
  readonly queue = WEBHOOK_QUEUE;
  readonly lane = 'webhooks';
  readonly batchSize = 20;
  /** Longer than any one POST (EXCHANGE_WEBHOOK_TIMEOUT_MS ≤ 60 s). */
  readonly leaseMs = 120_000;
  private readonly seal: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ExchangeConfig,
    private readonly jobs: JobRunner,
    private readonly webhooks: WebhookRepository,
    private readonly events: EventBus,
    auth: AuthConfig,
  ) {
    this.seal = webhookSecretBox(auth);
  }

  onModuleInit(): void {
    this.jobs.register(this);
  }

  /** Attempts every due delivery once (tests); returns how many were attempted. */
  async deliverDue(): Promise<number> {
    return (await this.jobs.drainOnce({ queues: [WEBHOOK_QUEUE] })).claimed;
  }

  async handle(jobs: Job[], ctx: JobContext): Promise<void> {
    // One attempt more, counted before the network call (a crash mid-POST still counts).
    const [rows]: [Delivery[], number] = await this.ds.query(
      `UPDATE exchange_webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = now()
         FROM exchange_webhook w
        WHERE d.id = ANY($1::uuid[]) AND d.status = 'pending' AND w.id = d.webhook_id
       RETURNING d.id, d.event, d.body, d.attempts, d.status, w.url, w.secret_sealed, w.disabled_at IS NOT NULL AS disabled`,
      [jobs.map((j) => j.payload.deliveryId)],
    );
    const byId = new Map(rows.map((d) => [d.id, d]));
    await Promise.all(
      jobs.map(async (job) => {
        // Delivered or given up already (a job run again after a crash): nothing to send.
        const d = byId.get(String(job.payload.deliveryId));
        if (!d) return;
        const outcome: AttemptOutcome = d.disabled
          ? { ok: false, statusCode: null, error: 'webhook disabled' }
          : await this.post(d);
        const delay = await this.record(d, outcome);
        if (delay !== null) ctx.retryLater(job, { error: outcome.error ?? 'failed', delayMs: delay });
      }),
    );
  }

  private async post(d: Delivery): Promise<AttemptOutcome> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.cfg.webhookTimeoutMs),
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': USER_AGENT,
          'X-Techmarket-Event': d.event,
          'X-Techmarket-Delivery': d.id,
          'X-Techmarket-Timestamp': String(timestamp),
          'X-Techmarket-Signature': signWebhook(this.seal.open(d.secret_sealed), timestamp, d.body),
        },
        body: d.body,
      });
      await res.body?.cancel().catch(() => undefined);
      const ok = res.status >= 200 && res.status < 300;
      return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}` };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      const detail =
        e.name === 'TimeoutError'
          ? `timeout after ${this.cfg.webhookTimeoutMs} ms`
          : (e.cause?.code ?? e.cause?.message ?? e.message);
      return { ok: false, statusCode: null, error: String(detail).slice(0, 500) };
    }
  }

  /** Records the attempt; answers the delay before the next one, or null when the delivery is settled. */
  private async record(d: Delivery, outcome: AttemptOutcome): Promise<number | null> {
    if (outcome.ok) {
      await this.ds.query(
        `UPDATE exchange_webhook_delivery SET status = 'delivered', delivered_at = now(), last_status_code = $2, last_error = NULL WHERE id = $1`,
        [d.id, outcome.statusCode],
      );
      await this.webhooks.clearFailing(this.ds.manager, d.id);
      return null;
    }
    // A disabled subscription's pending deliveries are given up at once.
    const giveUp = d.disabled || d.attempts >= this.cfg.webhookMaxAttempts;
    const delay = retryDelayMs(d.attempts, this.cfg.webhookBackoffBaseMs, this.cfg.webhookBackoffMaxMs);
    await this.ds.query(
      `UPDATE exchange_webhook_delivery
          SET status = $2, last_status_code = $3, last_error = $4,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1`,
      [d.id, giveUp ? 'failed' : 'pending', outcome.statusCode, outcome.error, delay],
    );
    // An endpoint failing for an hour is announced once (the platform admin is told).
    await this.ds.transaction(async (em) => {
      const hook = await this.webhooks.markFailingForAnHour(em, d.id);
      if (hook) await this.events.publish(em, WEBHOOK_FAILING, webhookFailing({ webhookId: hook.id }));
    });
    return giveUp ? null : delay;
  }
}
