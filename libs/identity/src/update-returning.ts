import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows of an `UPDATE … RETURNING`. TypeORM's postgres driver answers UPDATE/DELETE with
 * `[rows, rowCount]` instead of the rows, unlike SELECT and INSERT.
 */
export async function updateReturning<T = Record<string, unknown>>(
  db: EntityManager | DataSource,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
