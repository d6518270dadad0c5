import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { ExchangeConfig } from '../../shared/config/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ApiKeyRateLimitedError, ExchangeAdminOnlyError, ExchangeError, ExchangeErrorCode } from './exchange.errors.js';
import type { ApiKeyPrincipal, ApiKeyScope } from './exchange.types.js';

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

interface KeyRow {
  id: string;
  partner: string;
  key_prefix: string;
  scopes: ApiKeyScope[];
  org_id: string | null;
  org_name: string | null;
  rate_limit_per_minute: number | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const KEY_PREFIX = 'tmk_';
/** tmk_ + 32 random bytes in base64url (43 characters). */
const KEY_FORMAT = /^tmk_[A-Za-z0-9_-]{43}$/;
const WINDOW_SECONDS = 60;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const hashKey = (key: string) => createHash('sha256').update(key).digest();

const SELECT_VIEW = `
  SELECT k.id, k.partner, k.key_prefix, k.scopes, k.org_id, o.name AS org_name, k.rate_limit_per_minute, k.created_at, k.last_used_at, k.revoked_at
    FROM exchange_api_key k LEFT JOIN organization o ON o.id = k.org_id`;

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
      const org = await db.query(`SELECT 1 FROM organization WHERE id = $1`, [input.orgId]);
      if (org.length === 0)
        throw new ExchangeError(ExchangeErrorCode.EXCHANGE_ORG_NOT_FOUND, '单位不存在', { orgId: input.orgId });
    }
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const [{ id }] = await db.query(
      `INSERT INTO exchange_api_key (partner, key_hash, key_prefix, scopes, org_id, rate_limit_per_minute, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        input.partner,
        hashKey(key),
        key.slice(0, 12),
        scopes,
        input.orgId ?? null,
        input.rateLimitPerMinute ?? null,
        p.userId,
      ],
    );
    const [row] = await db.query(`${SELECT_VIEW} WHERE k.id = $1`, [id]);
    return { ...this.view(row), key };
  }

  async list(p: Principal, page: PageRequest): Promise<Page<ApiKeyView>> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const rows: (KeyRow & { total: number })[] = await this.ds.query(
      `SELECT v.*, count(*) OVER ()::int AS total FROM (${SELECT_VIEW}) v ORDER BY v.created_at DESC, v.id LIMIT $1 OFFSET $2`,
      [page.pageSize, pageOffset(page)],
    );
    const total = rows[0]?.total ?? (await this.ds.query(`SELECT count(*)::int AS n FROM exchange_api_key`))[0].n;
    return toPage(
      rows.map((r) => this.view(r)),
      total,
      page,
    );
  }

  /** Revoking is final (issue a new key instead); revoking twice keeps the first time. */
  async revoke(p: Principal, id: string): Promise<ApiKeyView> {
    if (!isPlatformAdmin(p)) throw new ExchangeAdminOnlyError();
    const [, affected] = await this.ds.query(
      `UPDATE exchange_api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`,
      [id],
    );
    if (affected !== 1) throw new ExchangeError(ExchangeErrorCode.API_KEY_NOT_FOUND, 'API 密钥不存在', { id });
    const [row] = await this.ds.query(`${SELECT_VIEW} WHERE k.id = $1`, [id]);
    return this.view(row);
  }

  /** The key's partner, or 401 (missing, unknown, revoked). */
  async authenticate(rawKey: string | undefined): Promise<ApiKeyPrincipal & { rateLimitPerMinute: number }> {
    if (!rawKey) throw new ExchangeError(ExchangeErrorCode.API_KEY_MISSING, '缺少 X-Api-Key 请求头');
    if (!KEY_FORMAT.test(rawKey)) throw new ExchangeError(ExchangeErrorCode.API_KEY_INVALID, 'API 密钥无效');
    type Row = {
      id: string;
      partner: string;
      scopes: ApiKeyScope[];
      org_id: string | null;
      rate_limit_per_minute: number | null;
      revoked: boolean;
    };
    // UPDATE … RETURNING answers with [rows, affectedCount].
    const [rows] = (await this.ds.query(
      `UPDATE exchange_api_key SET last_used_at = now() WHERE key_hash = $1
       RETURNING id, partner, scopes, org_id, rate_limit_per_minute, revoked_at IS NOT NULL AS revoked`,
      [hashKey(rawKey)],
    )) as [Row[], number];
    const row = rows[0];
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
    // INSERT … RETURNING answers with the rows themselves.
    const [row]: { requests: number; retry: number }[] = await this.ds.query(
      `INSERT INTO exchange_rate_window AS w (key_id, window_started_at, requests) VALUES ($1, now(), 1)
       ON CONFLICT (key_id) DO UPDATE SET
         requests = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE w.requests + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE w.window_started_at END
       RETURNING requests, greatest(1, ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2) - now())))::int AS retry`,
      [keyId, WINDOW_SECONDS],
    );
    if (row && row.requests > limit) throw new ApiKeyRateLimitedError(row.retry, limit);
  }

  static hasScope(key: ApiKeyPrincipal, scope: ApiKeyScope): boolean {
    return key.scopes.includes(scope);
  }
}
