import { Injectable } from '@nestjs/common';
import { affectedRows, returningRows, type Queryable } from '../../shared/database/index.js';
import type { ApiKeyScope } from './exchange.types.js';

export interface KeyRow {
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

export interface KeyAuthRow {
  id: string;
  partner: string;
  scopes: ApiKeyScope[];
  org_id: string | null;
  rate_limit_per_minute: number | null;
  revoked: boolean;
}

/** A key with the name of the organisation it pushes for (identity's org_summary). */
const SELECT_VIEW = `
  SELECT k.id, k.partner, k.key_prefix, k.scopes, k.org_id, o.name AS org_name, k.rate_limit_per_minute, k.created_at, k.last_used_at, k.revoked_at
    FROM exchange_api_key k LEFT JOIN org_summary o ON o.id = k.org_id`;

/** exchange_api_key and the per-key rate windows. Methods take the caller's EntityManager. */
@Injectable()
export class ApiKeyRepository {
  async insert(
    db: Queryable,
    k: {
      partner: string;
      keyHash: Buffer;
      keyPrefix: string;
      scopes: ApiKeyScope[];
      orgId: string | null;
      rateLimitPerMinute: number | null;
      createdBy: string;
    },
  ): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO exchange_api_key (partner, key_hash, key_prefix, scopes, org_id, rate_limit_per_minute, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [k.partner, k.keyHash, k.keyPrefix, k.scopes, k.orgId, k.rateLimitPerMinute, k.createdBy],
    );
    return id!;
  }

  async row(db: Queryable, id: string): Promise<KeyRow | undefined> {
    const [row]: KeyRow[] = await db.query(`${SELECT_VIEW} WHERE k.id = $1`, [id]);
    return row;
  }

  /** Newest first, and how many keys there are. */
  async page(db: Queryable, limit: number, offset: number): Promise<{ rows: KeyRow[]; total: number }> {
    const rows: (KeyRow & { total: number })[] = await db.query(
      `SELECT v.*, count(*) OVER ()::int AS total FROM (${SELECT_VIEW}) v ORDER BY v.created_at DESC, v.id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const total =
      rows[0]?.total ?? ((await db.query(`SELECT count(*)::int AS n FROM exchange_api_key`)) as { n: number }[])[0]!.n;
    return { rows, total };
  }

  /** Revoking twice keeps the first time; false for an unknown key. */
  async revoke(db: Queryable, id: string): Promise<boolean> {
    return (
      (await affectedRows(db, `UPDATE exchange_api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [
        id,
      ])) === 1
    );
  }

  /** The key with this hash, marked as used now. */
  async use(db: Queryable, keyHash: Buffer): Promise<KeyAuthRow | undefined> {
    const [row] = await returningRows<KeyAuthRow>(
      db,
      `UPDATE exchange_api_key SET last_used_at = now() WHERE key_hash = $1
       RETURNING id, partner, scopes, org_id, rate_limit_per_minute, revoked_at IS NOT NULL AS revoked`,
      [keyHash],
    );
    return row;
  }

  /** Counts one request in the key's fixed window: the requests so far and the seconds left in it. */
  async countRequest(
    db: Queryable,
    keyId: string,
    windowSecs: number,
  ): Promise<{ requests: number; retry: number } | undefined> {
    const [row] = await returningRows<{ requests: number; retry: number }>(
      db,
      `INSERT INTO exchange_rate_window AS w (key_id, window_started_at, requests) VALUES ($1, now(), 1)
       ON CONFLICT (key_id) DO UPDATE SET
         requests = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE w.requests + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE w.window_started_at END
       RETURNING requests, greatest(1, ceil(extract(epoch FROM w.window_started_at + make_interval(secs => $2) - now())))::int AS retry`,
      [keyId, windowSecs],
    );
    return row;
  }
}
