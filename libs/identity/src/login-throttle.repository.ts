import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';

/** login_throttle: failure counts and locks per IP (`ip:…`) and per unknown login (`login:…`). */
@Injectable()
export class LoginThrottleRepository {
  /** Seconds until the key's lock ends, or undefined when it is not locked. */
  async lockedFor(db: Queryable, key: string): Promise<number | undefined> {
    const rows: { retry: number }[] = await db.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS retry FROM login_throttle WHERE key = $1 AND locked_until > now()`,
      [key],
    );
    return rows[0]?.retry;
  }

  /** One more failure in the key's window (a new window once the old one is over); the count. */
  async countInWindow(db: Queryable, key: string, windowSecs: number): Promise<number> {
    const [{ failures }] = await returningRows<{ failures: number }>(
      db,
      `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING failures`,
      [key, windowSecs],
    );
    return failures!;
  }

  async lock(db: Queryable, key: string, lockoutSecs: number): Promise<void> {
    await db.query(
      `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2), failures = 0, window_started_at = now() WHERE key = $1`,
      [key, lockoutSecs],
    );
  }

  /**
   * One more consecutive failure; true when this one locks the key. The same rule and statement
   * shape as the account's own counter (app_user.failed_login_count), reset when the lock is set.
   */
  async recordConsecutiveFailure(
    db: Queryable,
    key: string,
    maxFailures: number,
    lockoutSecs: number,
  ): Promise<boolean> {
    const [row] = await returningRows<{ locked: boolean }>(
      db,
      `INSERT INTO login_throttle AS t (key, failures, locked_until)
       VALUES ($1, CASE WHEN $2 <= 1 THEN 0 ELSE 1 END, CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.failures + 1 >= $2 THEN 0 ELSE t.failures + 1 END,
         locked_until = CASE WHEN t.failures + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE t.locked_until END
       RETURNING failures = 0 AS locked`,
      [key, maxFailures, lockoutSecs],
    );
    return row?.locked ?? false;
  }
}
