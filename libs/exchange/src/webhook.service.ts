import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { AuthConfig } from '../../shared/config/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ExchangeAdminOnlyError, ExchangeError, ExchangeErrorCode } from './exchange.errors.js';
import type { WebhookEvent } from './exchange.types.js';
import { SecretBox } from '../../shared/crypto/index.js';
import { WebhookRepository, type WebhookRow } from './webhook.repository.js';

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
    private readonly webhooks: WebhookRepository,
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
    const row = await this.webhooks.insert(db, {
      url: input.url,
      secretSealed: this.seal.seal(secret),
      events: [...new Set(input.events)],
      description: input.description ?? null,
      createdBy: p.userId,
    });
    return { ...toView(row), secret };
  }

  async list(p: Principal, page: PageRequest): Promise<Page<WebhookView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const { rows, total } = await this.webhooks.page(this.ds.manager, page.pageSize, pageOffset(page));
    return toPage(rows.map(toView), total, page);
  }

  /** Stops new events for the subscription; pending deliveries are given up by the dispatcher. */
  async disable(p: Principal, id: string): Promise<WebhookView> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const row = await this.webhooks.disable(this.ds.manager, id);
    if (!row) throw new ExchangeError(ExchangeErrorCode.WEBHOOK_NOT_FOUND, 'Webhook 订阅不存在', { id });
    return toView(row);
  }

  async deliveries(p: Principal, webhookId: string, page: PageRequest): Promise<Page<DeliveryView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    if (!(await this.webhooks.exists(this.ds.manager, webhookId)))
      throw new ExchangeError(ExchangeErrorCode.WEBHOOK_NOT_FOUND, 'Webhook 订阅不存在', { id: webhookId });
    const { rows, total: n } = await this.webhooks.deliveries(
      this.ds.manager,
      webhookId,
      page.pageSize,
      pageOffset(page),
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
