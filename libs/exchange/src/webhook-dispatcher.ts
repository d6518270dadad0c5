import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { retryDelayMs } from '../../outbox/src/index.js';
import { AuthConfig, ExchangeConfig } from '../../shared/config/index.js';
import { PollingLoop } from '../../shared/jobs/index.js';
import type { SecretBox } from '../../shared/crypto/index.js';
import { webhookSecretBox } from './webhook.service.js';
import { signWebhook } from './webhook-signature.js';

interface ClaimedDelivery {
  id: string;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret_sealed: string;
  disabled: boolean;
}

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const LEASE_MS = 120_000;
const USER_AGENT = 'techmarket-webhooks/1';

/**
 * Sends webhook deliveries: claims due rows (SKIP LOCKED with a lease, no transaction held over
 * the network), POSTs the stored body signed with the subscription's secret, and records the
 * attempt; failures retry with exponential backoff until EXCHANGE_WEBHOOK_MAX_ATTEMPTS. The
 * delivery id stays the same on every attempt so receivers can drop duplicates. A listing's
 * later event waits while an earlier one to the same subscriber is still pending.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly seal: SecretBox;
  private readonly loop = new PollingLoop(
    async () => (await this.deliverDue()) > 0,
    () => this.cfg.webhookPollMs,
    (err) => this.logger.error({ err }, 'webhook delivery round failed'),
  );

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ExchangeConfig,
    auth: AuthConfig,
  ) {
    this.seal = webhookSecretBox(auth);
  }

  private async claim(limit: number): Promise<ClaimedDelivery[]> {
    const [rows] = (await this.ds.query(
      `WITH c AS (
         SELECT d.id FROM exchange_webhook_delivery d
          WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND (d.locked_until IS NULL OR d.locked_until < now())
            -- One listing's events reach a subscriber in order: a withdrawal never overtakes its publication.
            AND NOT EXISTS (
              SELECT 1 FROM exchange_webhook_delivery e
               WHERE e.webhook_id = d.webhook_id AND e.listing_id = d.listing_id AND e.status = 'pending' AND e.seq < d.seq)
          ORDER BY d.next_attempt_at, d.seq LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE exchange_webhook_delivery d
          SET locked_until = now() + make_interval(secs => $2::double precision / 1000), attempts = d.attempts + 1, last_attempt_at = now()
         FROM c, exchange_webhook w
        WHERE d.id = c.id AND w.id = d.webhook_id
       RETURNING d.id, d.event, d.body, d.attempts, w.url, w.secret_sealed, w.disabled_at IS NOT NULL AS disabled`,
      [limit, LEASE_MS],
    )) as [ClaimedDelivery[], number];
    return rows;
  }

  private async post(d: ClaimedDelivery): Promise<AttemptOutcome> {
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

  private async record(d: ClaimedDelivery, outcome: AttemptOutcome): Promise<void> {
    if (outcome.ok) {
      await this.ds.query(
        `UPDATE exchange_webhook_delivery SET status = 'delivered', delivered_at = now(), locked_until = NULL, last_status_code = $2, last_error = NULL WHERE id = $1`,
        [d.id, outcome.statusCode],
      );
      return;
    }
    const giveUp = d.attempts >= this.cfg.webhookMaxAttempts;
    const delay = retryDelayMs(d.attempts, this.cfg.webhookBackoffBaseMs, this.cfg.webhookBackoffMaxMs);
    await this.ds.query(
      `UPDATE exchange_webhook_delivery
          SET status = $2, locked_until = NULL, last_status_code = $3, last_error = $4,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1`,
      [d.id, giveUp ? 'failed' : 'pending', outcome.statusCode, outcome.error, delay],
    );
  }

  /** Attempts every due delivery once (up to `limit`, concurrently); returns how many were attempted. */
  async deliverDue(limit = 20): Promise<number> {
    const claimed = await this.claim(limit);
    await Promise.all(
      claimed.map(async (d) => {
        const outcome: AttemptOutcome = d.disabled
          ? { ok: false, statusCode: null, error: 'webhook disabled' }
          : await this.post(d);
        if (d.disabled) d.attempts = this.cfg.webhookMaxAttempts;
        await this.record(d, outcome);
      }),
    );
    return claimed.length;
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
