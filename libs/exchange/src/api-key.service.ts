import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { ExchangeConfig } from '../../shared/config/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ApiKeyRateLimitedError, ExchangeAdminOnlyError, ExchangeError, ExchangeErrorCode } from './exchange.errors.js';
import type { ApiKeyPrincipal, ApiKeyScope } from './exchange.types.js';
import { ApiKeyRepository, type KeyRow } from './api-key.repository.js';
import { OrgDirectoryService } from '../../identity/src/index.js';

export interface CreateApiKeyInput {
  partner: string;
  scopes: ApiKeyScope[];
  /** Required with listings:push: the organisation the partner pushes for. */
  orgId?: string;
  /** Overrides EXCHANGE_RATE_LIMIT_PER_MINUTE for this key. */
  rateLimitPerMinute?: number;
}

export interface ApiKeyView {
  id: string;
  partner: string;
  keyPrefix: string;
  scopes: ApiKeyScope[];
  orgId: string | null;
  orgName: string | null;
  rateLimitPerMinute: number;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const KEY_PREFIX = 'tmk_';
/** tmk_ + 32 random bytes in base64url (43 characters). */
const KEY_FORMAT = /^tmk_[A-Za-z0-9_-]{43}$/;
const WINDOW_SECONDS = 60;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const hashKey = (key: string) => createHash('sha256').update(key).digest();

/**
 * Partner API keys: issued by the platform admin (the secret is shown once and stored only as
 * its sha256 — the keys are 256-bit random, so a slow hash adds nothing), verified per request,
 * rate-limited per key in PostgreSQL so every api process shares one count.
 */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ExchangeConfig,
    private readonly keys: ApiKeyRepository,
    private readonly orgs: OrgDirectoryService,
  ) {}

  private view(r: KeyRow): ApiKeyView {
    return {
      id: r.id,
      partner: r.partner,
      keyPrefix: r.key_prefix,
      scopes: r.scopes,
      orgId: r.org_id,
      orgName: r.org_name,
      rateLimitPerMinute: r.rate_limit_per_minute ?? this.cfg.rateLimitPerMinute,
      createdAt: iso(r.created_at)!,
      lastUsedAt: iso(r.last_used_at),
      revokedAt: iso(r.revoked_at),
    };
  }

  /** `outer`: the caller's transaction (an idempotent create runs inside the key's). */
  async create(p: Principal, input: CreateApiKeyInput, outer?: EntityManager): Promise<ApiKeyView & { key: string }> {
    const db = outer ?? this.ds.manager;
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const scopes = [...new Set(input.scopes)];
    if (scopes.includes('listings:push') && !input.orgId) {
      throw new ExchangeError(
        ExchangeErrorCode.API_KEY_ORG_REQUIRED,
        '具有推送权限的密钥必须指定代为发布的单位（orgId）',
      );
    }
    if (input.orgId) {
      if (!(await this.orgs.summary(input.orgId, outer)))
        throw new ExchangeError(ExchangeErrorCode.EXCHANGE_ORG_NOT_FOUND, '单位不存在', { orgId: input.orgId });
    }
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const id = await this.keys.insert(db, {
      partner: input.partner,
      keyHash: hashKey(key),
      keyPrefix: key.slice(0, 12),
      scopes,
      orgId: input.orgId ?? null,
      rateLimitPerMinute: input.rateLimitPerMinute ?? null,
      createdBy: p.userId,
    });
    const row = (await this.keys.row(db, id))!;
    return { ...this.view(row), key };
  }

  async list(p: Principal, page: PageRequest): Promise<Page<ApiKeyView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const { rows, total } = await this.keys.page(this.ds.manager, page.pageSize, pageOffset(page));
    return toPage(
      rows.map((r) => this.view(r)),
      total,
      page,
    );
  }

  /** Revoking is final (issue a new key instead); revoking twice keeps the first time. */
  async revoke(p: Principal, id: string): Promise<ApiKeyView> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    if (!(await this.keys.revoke(this.ds.manager, id)))
      throw new ExchangeError(ExchangeErrorCode.API_KEY_NOT_FOUND, 'API 密钥不存在', { id });
    return this.view((await this.keys.row(this.ds.manager, id))!);
  }

  /** The key's partner, or 401 (missing, unknown, revoked). */
  async authenticate(rawKey: string | undefined): Promise<ApiKeyPrincipal & { rateLimitPerMinute: number }> {
    if (!rawKey) throw new ExchangeError(ExchangeErrorCode.API_KEY_MISSING, '缺少 X-Api-Key 请求头');
    if (!KEY_FORMAT.test(rawKey)) throw new ExchangeError(ExchangeErrorCode.API_KEY_INVALID, 'API 密钥无效');
    const row = await this.keys.use(this.ds.manager, hashKey(rawKey));
    if (!row) throw new ExchangeError(ExchangeErrorCode.API_KEY_INVALID, 'API 密钥无效');
    if (row.revoked) throw new ExchangeError(ExchangeErrorCode.API_KEY_REVOKED, 'API 密钥已被吊销');
    return {
      keyId: row.id,
      partner: row.partner,
      scopes: row.scopes,
      orgId: row.org_id,
      rateLimitPerMinute: row.rate_limit_per_minute ?? this.cfg.rateLimitPerMinute,
    };
  }

  /** Counts one request in the key's fixed one-minute window; over the limit → 429 with the wait. */
  async consume(keyId: string, limit: number): Promise<void> {
    const row = await this.keys.countRequest(this.ds.manager, keyId, WINDOW_SECONDS);
    if (row && row.requests > limit) throw new ApiKeyRateLimitedError(row.retry, limit);
  }

  static hasScope(key: ApiKeyPrincipal, scope: ApiKeyScope): boolean {
    return key.scopes.includes(scope);
  }
}
