import type { EventInput } from '../../shared/jobs/index.js';

/**
 * The event the imports lib publishes (EventBus) in the transaction that ends a pass of an
 * import: its dry run validated, its commit done, or the import failed. Keyed `import:<id>`.
 * A cancelled import publishes nothing (its uploader cancelled it). Payload: {@link ImportFinishedEvent}.
 */
export const IMPORT_FINISHED = 'import.finished';

export interface ImportFinishedEvent {
  importId: string;
  status: 'validated' | 'committed' | 'failed';
}

export function importFinished(e: ImportFinishedEvent): EventInput {
  return { key: `import:${e.importId}`, payload: { ...e } };
}
