import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ExchangeAdminOnlyError, ExchangeError, ExchangeErrorCode } from './exchange.errors.js';
import type { WebhookEvent } from './exchange.types.js';
import { SecretBox } from '../../shared/crypto/index.js';

export interface CreateWebhookInput {
  url: string;
  events: WebhookEvent[];
  /** The HMAC secret; generated when absent. Returned once, on creation. */
  secret?: string;
  description?: string;
}

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  createdAt: string;
  disabledAt: string | null;
}

export interface DeliveryView {
  id: string;
  event: WebhookEvent;
  listingKind: string;
  listingId: string;
  listingVersion: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

const toView = (r: WebhookRow): WebhookView => ({
  id: r.id,
  url: r.url,
  events: r.events,
  description: r.description,
  createdAt: iso(r.created_at)!,
  disabledAt: iso(r.disabled_at),
});

/** Seals webhook secrets; shared by the admin service and the dispatcher. */
export function webhookSecretBox(auth: AuthConfig): SecretBox {
  return new SecretBox(auth.jwtSecret, 'exchange-webhook-secret');
}

/** Webhook subscriptions and their delivery log, managed by the platform admin. */
@Injectable()
export class WebhookService {
  private readonly seal: SecretBox;

  constructor(
    private readonly ds: DataSource,
    auth: AuthConfig,
  ) {
    this.seal = webhookSecretBox(auth);
  }

  /** `outer`: the caller's transaction (an idempotent create runs inside the key's). */
  async create(
    p: Principal,
    input: CreateWebhookInput,
    outer?: EntityManager,
  ): Promise<WebhookView & { secret: string }> {
    const db = outer ?? this.ds.manager;
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const secret = input.secret ?? randomBytes(32).toString('base64url');
    const [row]: WebhookRow[] = await db.query(
      `INSERT INTO exchange_webhook (url, secret_sealed, events, description, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, url, events, description, created_at, disabled_at`,
      [input.url, this.seal.seal(secret), [...new Set(input.events)], input.description ?? null, p.userId],
    );
    return { ...toView(row!), secret };
  }

  async list(p: Principal, page: PageRequest): Promise<Page<WebhookView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM exchange_webhook`);
    const rows: WebhookRow[] = await this.ds.query(
      `SELECT id, url, events, description, created_at, disabled_at FROM exchange_webhook ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [page.pageSize, pageOffset(page)],
    );
    return toPage(rows.map(toView), n, page);
  }

  /** Stops new events for the subscription; pending deliveries are given up by the dispatcher. */
  async disable(p: Principal, id: string): Promise<WebhookView> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const [rows] = (await this.ds.query(
      `UPDATE exchange_webhook SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1 RETURNING id, url, events, description, created_at, disabled_at`,
      [id],
    )) as [WebhookRow[], number];
    if (!rows[0]) throw new ExchangeError(ExchangeErrorCode.WEBHOOK_NOT_FOUND, 'Webhook 订阅不存在', { id });
    return toView(rows[0]);
  }

  async deliveries(p: Principal, webhookId: string, page: PageRequest): Promise<Page<DeliveryView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const exists = await this.ds.query(`SELECT 1 FROM exchange_webhook WHERE id = $1`, [webhookId]);
    if (exists.length === 0)
      throw new ExchangeError(ExchangeErrorCode.WEBHOOK_NOT_FOUND, 'Webhook 订阅不存在', { id: webhookId });
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM exchange_webhook_delivery WHERE webhook_id = $1`,
      [webhookId],
    );
    const rows: {
      id: string;
      event: WebhookEvent;
      listing_kind: string;
      listing_id: string;
      listing_version: number;
      status: DeliveryView['status'];
      attempts: number;
      last_status_code: number | null;
      last_error: string | null;
      last_attempt_at: Date | null;
      next_attempt_at: Date;
      delivered_at: Date | null;
      created_at: Date;
    }[] = await this.ds.query(
      `SELECT id, event, listing_kind, listing_id, listing_version, status, attempts, last_status_code, last_error, last_attempt_at, next_attempt_at, delivered_at, created_at
         FROM exchange_webhook_delivery WHERE webhook_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3`,
      [webhookId, page.pageSize, pageOffset(page)],
    );
    return toPage(
      rows.map((r) => ({
        id: r.id,
        event: r.event,
        listingKind: r.listing_kind,
        listingId: r.listing_id,
        listingVersion: r.listing_version,
        status: r.status,
        attempts: r.attempts,
        lastStatusCode: r.last_status_code,
        lastError: r.last_error,
        lastAttemptAt: iso(r.last_attempt_at),
        nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
        deliveredAt: iso(r.delivered_at),
        createdAt: iso(r.created_at)!,
      })),
      n,
      page,
    );
  }
}
