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
import { WebhookRepository, type AttemptedDelivery } from './webhook.repository.js';
import { webhookSecretBox } from './webhook.service.js';
import { signWebhook } from './webhook-signature.js';

/** The queue of webhook deliveries: one job per delivery row, keyed `<webhook>:<listing>`. */
export const WEBHOOK_QUEUE = 'exchange.webhook';

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
    const rows = await this.webhooks.startAttempts(
      this.ds.manager,
      jobs.map((j) => String(j.payload.deliveryId)),
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

  private async post(d: AttemptedDelivery): Promise<AttemptOutcome> {
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
  private async record(d: AttemptedDelivery, outcome: AttemptOutcome): Promise<number | null> {
    if (outcome.ok) {
      await this.webhooks.delivered(this.ds.manager, d.id, outcome.statusCode);
      await this.webhooks.clearFailing(this.ds.manager, d.id);
      return null;
    }
    // A disabled subscription's pending deliveries are given up at once.
    const giveUp = d.disabled || d.attempts >= this.cfg.webhookMaxAttempts;
    const delay = retryDelayMs(d.attempts, this.cfg.webhookBackoffBaseMs, this.cfg.webhookBackoffMaxMs);
    await this.webhooks.failedAttempt(this.ds.manager, d.id, {
      giveUp,
      statusCode: outcome.statusCode,
      error: outcome.error,
      retryInMs: delay,
    });
    // An endpoint failing for an hour is announced once (the platform admin is told).
    await this.ds.transaction(async (em) => {
      const hook = await this.webhooks.markFailingForAnHour(em, d.id);
      if (hook) await this.events.publish(em, WEBHOOK_FAILING, webhookFailing({ webhookId: hook.id }));
    });
    return giveUp ? null : delay;
  }
}
