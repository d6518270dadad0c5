import { Injectable } from '@nestjs/common';
import { affectedRows, type Queryable } from '../database/index.js';

/** idempotency_key: one row per (scope, key), holding the sealed first answer. */
@Injectable()
export class IdempotencyRepository {
  /**
   * Claims the key for `ttlSeconds` (or takes over an expired claim); false when a live claim
   * exists. The row stays locked until the caller's transaction ends, so a concurrent retry
   * waits for the first answer instead of running the work twice.
   */
  async claim(db: Queryable, scope: string, key: string, fingerprint: string, ttlSeconds: number): Promise<boolean> {
    const claimed: unknown[] = await db.query(
      `INSERT INTO idempotency_key (scope, key, fingerprint, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (scope, key) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, response_status = NULL, response_body = NULL,
             created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at < now()
       RETURNING 1`,
      [scope, key, fingerprint, ttlSeconds],
    );
    return claimed.length > 0;
  }

  async find(
    db: Queryable,
    scope: string,
    key: string,
  ): Promise<{ fingerprint: string; response_body: { sealed?: string } | null } | undefined> {
    const [row]: { fingerprint: string; response_body: { sealed?: string } | null }[] = await db.query(
      `SELECT fingerprint, response_body FROM idempotency_key WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return row;
  }

  async saveAnswer(db: Queryable, scope: string, key: string, body: { sealed: string }): Promise<void> {
    await db.query(
      `UPDATE idempotency_key SET response_status = 200, response_body = $3 WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(body)],
    );
  }

  /**
   * Deletes up to `batchSize` keys expired for `graceSeconds` and created `retentionDays` ago;
   * rows another transaction holds are skipped. Answers how many went.
   */
  deleteOld(db: Queryable, graceSeconds: number, retentionDays: number, batchSize: number): Promise<number> {
    return affectedRows(
      db,
      `WITH old AS (
         SELECT scope, key FROM idempotency_key
          WHERE expires_at < now() - make_interval(secs => $1) AND expires_at < now()
            AND created_at < now() - make_interval(days => $2)
          LIMIT $3 FOR UPDATE SKIP LOCKED)
       DELETE FROM idempotency_key k USING old WHERE k.scope = old.scope AND k.key = old.key`,
      [graceSeconds, retentionDays, batchSize],
    );
  }
}
