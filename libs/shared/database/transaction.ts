import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction, reusing the caller's when one is given. */
export function inTransaction<T>(
  ds: DataSource,
  work: (em: EntityManager) => Promise<T>,
  em?: EntityManager,
): Promise<T> {
  if (em?.queryRunner?.isTransactionActive) return work(em);
  return ds.transaction(work);
}
