import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Thrown when code running inside a transaction asks the pool for a second connection (a query
 * through the DataSource, an injected repository or a nested `ds.transaction`). Under load that
 * wait is a deadlock: every pooled connection can be held by a transaction that waits for
 * another. Such code must use the transaction's EntityManager or cached reference data.
 */
export class NestedConnectionError extends Error {
  constructor() {
    super('a query inside a transaction asked the pool for a second connection; pass the EntityManager instead');
    this.name = 'NestedConnectionError';
  }
}

const inTransaction = new AsyncLocalStorage<true>();

type TransactionFn = EntityManager['transaction'];

/**
 * Makes the rule "nothing inside a transaction waits for a second pool connection" a runtime
 * check on this DataSource: the body of every `transaction()` runs in an async context, and
 * creating a query runner from that context throws NestedConnectionError. Cheap (one
 * AsyncLocalStorage lookup per query runner), so it stays on in production: a violation is a
 * bug that would otherwise surface only as a pool deadlock under concurrency.
 */
export function enforceConnectionDiscipline(ds: DataSource): void {
  const manager = ds.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const wrapped = (isolationOrWork: unknown, maybeWork?: unknown): Promise<unknown> => {
    const work = (typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork) as (
      em: EntityManager,
    ) => Promise<unknown>;
    const guarded = (em: EntityManager) => inTransaction.run(true, () => work(em));
    return typeof isolationOrWork === 'function' ? original(guarded) : original(isolationOrWork, guarded);
  };
  manager.transaction = wrapped as TransactionFn;

  const createQueryRunner = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    if (inTransaction.getStore()) throw new NestedConnectionError();
    return createQueryRunner(...args);
  };
}

/** Runs `work` outside any transaction context (for code that deliberately opens its own connection, e.g. after commit). */
export function outsideTransaction<T>(work: () => T): T {
  return inTransaction.exit(work);
}
