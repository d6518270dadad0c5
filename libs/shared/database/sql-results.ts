import type { DataSource, EntityManager } from 'typeorm';

/** What a repository runs its SQL on: the caller's transaction (`em`) or, outside one, the DataSource's manager. */
export type Queryable = Pick<EntityManager | DataSource, 'query'>;

/**
 * TypeORM's postgres driver answers UPDATE and DELETE with `[rows, affectedCount]`, and SELECT
 * and INSERT with the rows: the shape depends on the statement's verb, not on RETURNING. These
 * two helpers are the one place that knows it.
 */
function isUpdateResult(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}

/** Rows an UPDATE or DELETE touched (for optimistic locking: "exactly one row changed"). */
export async function affectedRows(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const result: unknown = await db.query(sql, params);
  if (isUpdateResult(result)) return result[1];
  return Array.isArray(result) ? result.length : 0;
}

/** The rows of `UPDATE|DELETE|INSERT … RETURNING`, whatever the verb. */
export async function returningRows<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  return (isUpdateResult(result) ? result[0] : result) as T[];
}
