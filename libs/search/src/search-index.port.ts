import type { ComponentHealth } from '../../shared/database/index.js';

/** A structured filter; the adapter turns it into engine syntax with every value escaped. */
export type SearchFilter =
  | { and: SearchFilter[] }
  | { or: SearchFilter[] }
  | { eq: [attribute: string, value: string | number | boolean] }
  | { in: [attribute: string, values: (string | number)[]] }
  | { range: [attribute: string, bounds: { gte?: number; lte?: number }] }
  | { exists: string };

export interface IndexSettings {
  primaryKey: string;
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  displayedAttributes?: string[];
  synonyms?: Record<string, string[]>;
  /** Chinese text: all searchable attributes are declared as `cmn` (Mandarin). */
  localizedChinese?: boolean;
  rankingRules?: string[];
  /** Word proximity per attribute only ('byAttribute'): cheaper indexing (README: figures). */
  proximityPrecision?: 'byWord' | 'byAttribute';
}

/** Writes the engine has accepted into its queue; `applied` settles once it has applied them. */
export interface PendingWrite {
  /** Rejects, naming the engine's error, when a task failed or did not finish in time. */
  applied(): Promise<void>;
}

export interface SearchRequest {
  q: string;
  filter?: SearchFilter;
  facets?: string[];
  sort?: string[];
  limit?: number;
  offset?: number;
  highlight?: string[];
  crop?: { attributes: string[]; length: number };
  matchingStrategy?: 'last' | 'all' | 'frequency';
  attributesToRetrieve?: string[];
  showRankingScore?: boolean;
}

export interface SearchHit<T = Record<string, unknown>> {
  document: T;
  formatted?: Record<string, unknown>;
  rankingScore?: number;
}

export interface SearchResponse<T = Record<string, unknown>> {
  hits: SearchHit<T>[];
  total: number;
  facets: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/**
 * The port every other lib uses to reach the search engine (style.md). Only libs/search knows
 * the engine; index names passed here are logical ("achievements") and get the configured
 * prefix inside the adapter.
 */
export abstract class SearchIndex {
  abstract health(timeoutMs?: number): Promise<ComponentHealth>;
  abstract ensureIndex(name: string, settings: IndexSettings): Promise<void>;
  /** Registers the filter whitelist of an index without calling the engine (API processes). */
  abstract declareFilterable(name: string, attributes: string[]): void;
  abstract upsert(name: string, documents: Record<string, unknown>[]): Promise<void>;
  abstract remove(name: string, ids: (string | number)[]): Promise<void>;
  /**
   * Queues upserts and deletions (disjoint ids) and answers once the engine has accepted them,
   * without waiting for them to be applied: the engine applies its queue in order, so whatever a
   * later call queues is applied after them.
   */
  abstract write(name: string, upsert: Record<string, unknown>[], remove: string[]): Promise<PendingWrite>;
  /** Searches `name`; an index that does not exist yet answers no hits rather than an error. */
  abstract search<T = Record<string, unknown>>(name: string, request: SearchRequest): Promise<SearchResponse<T>>;
  abstract multiSearch<T = Record<string, unknown>>(
    name: string,
    requests: SearchRequest[],
  ): Promise<SearchResponse<T>[]>;
  /** Builds `name` anew under a temporary index and swaps it in atomically. */
  abstract rebuild(
    name: string,
    settings: IndexSettings,
    fill: (write: (docs: Record<string, unknown>[]) => Promise<void>) => Promise<void>,
  ): Promise<void>;
  abstract updateSynonyms(name: string, synonyms: Record<string, string[]>): Promise<void>;
  /** Exact number of documents in the index (search totals stop at maxTotalHits); 0 when it does not exist. */
  abstract documentCount(name: string): Promise<number>;
  abstract dropAll(): Promise<void>;
}
