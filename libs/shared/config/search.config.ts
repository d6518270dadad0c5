import { envConfig, int, optionalText, pattern, requiredText, text } from './env-schema.js';

/**
 * Meilisearch connection settings, and how the worker's search indexer batches (figures behind
 * the defaults: libs/search/README.md).
 */
export class SearchConfig extends envConfig({
  url: requiredText(
    'MEILI_URL',
    pattern(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, 'must be an http(s) URL like http://127.0.0.1:7700'),
  ).map((url) => url.replace(/\/$/, '')),
  apiKey: optionalText('MEILI_MASTER_KEY', { test: (s) => s.length >= 16, message: 'must be at least 16 characters' }),
  indexPrefix: text(
    'SEARCH_INDEX_PREFIX',
    'tm_',
    pattern(/^[a-z][a-z0-9_]{0,30}$/, 'must be lower-case letters, digits or _ (max 31)'),
  ),
  /** Listings per indexing batch (one claim, one engine task). */
  indexBatchSize: int('SEARCH_INDEX_BATCH_SIZE', 5000, 1, 5000),
  /** A smaller batch waits until its oldest change is this old for more to join it. */
  indexBatchWaitMs: int('SEARCH_INDEX_BATCH_WAIT_MS', 20, 0, 5000),
  /** Batches in flight at once per worker process: claimed, read and queued while earlier ones are applied. */
  indexInFlight: int('SEARCH_INDEX_IN_FLIGHT', 4, 1, 32),
  /** Threads analysing the terms of indexed listings for matching per worker process (0: on its event loop). */
  indexAnalysisThreads: int('SEARCH_INDEX_ANALYSIS_THREADS', 1, 0, 8),
}) {}
