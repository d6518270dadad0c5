import { Injectable, Logger } from '@nestjs/common';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  type EnqueuedTask,
  type Index,
  type SearchParams,
  type Task,
} from 'meilisearch';
import { SearchConfig } from '../../shared/config/index.js';
import type { ComponentHealth } from '../../shared/database/index.js';
import { compileFilter } from './filter-syntax.js';
import { keepAliveHttpClient } from './keep-alive-http-client.js';
import {
  SearchIndex,
  type IndexSettings,
  type PendingWrite,
  type SearchRequest,
  type SearchResponse,
} from './search-index.port.js';

const TASK_TIMEOUT_MS = 120_000;

/**
 * The client wraps whatever a custom transport throws in a MeilisearchRequestError, so the API
 * error our keep-alive transport raises arrives as its `cause`.
 */
function apiError(err: unknown): MeilisearchApiError | undefined {
  if (err instanceof MeilisearchApiError) return err;
  if (err instanceof MeilisearchRequestError && err.cause instanceof MeilisearchApiError) return err.cause;
  return undefined;
}

function isIndexNotFound(err: unknown): boolean {
  return apiError(err)?.cause?.code === 'index_not_found';
}

/**
 * Waits for an enqueued task by polling it, first every few milliseconds, then every 50 ms.
 * Not the client's `waitTask`: that hands one AbortSignal to every poll and its request
 * wrapper leaves a listener on it per poll (MaxListenersExceededWarning after 11 polls).
 */
async function settle(client: Meilisearch, enqueued: Promise<EnqueuedTask> | EnqueuedTask): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() > deadline)
      throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${TASK_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

const EMPTY = { hits: [], totalHits: 0, facetDistribution: {}, processingTimeMs: 0 };

/** The Meilisearch adapter of the SearchIndex port. */
@Injectable()
export class MeilisearchIndex extends SearchIndex {
  private readonly logger = new Logger(MeilisearchIndex.name);
  private readonly client: Meilisearch;
  /** Filterable attributes per logical index, learnt from ensureIndex (the filter whitelist). */
  private readonly filterable = new Map<string, Set<string>>();

  constructor(private readonly cfg: SearchConfig) {
    super();
    this.client = new Meilisearch({
      host: cfg.url,
      apiKey: cfg.apiKey,
      timeout: 30_000,
      httpClient: keepAliveHttpClient(),
    });
  }

  private uid(name: string): string {
    return `${this.cfg.indexPrefix}${name}`;
  }

  private index(name: string): Index {
    return this.client.index(this.uid(name));
  }

  async health(timeoutMs = 1500): Promise<ComponentHealth> {
    const started = performance.now();
    try {
      const res = await fetch(`${this.cfg.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok) return { status: 'down', error: `HTTP ${res.status}` };
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      return { status: 'down', error: err instanceof Error ? err.message : String(err) };
    }
  }

  private async applySettings(uid: string, settings: IndexSettings): Promise<void> {
    const index = this.client.index(uid);
    const task = await settle(
      this.client,
      index.updateSettings({
        searchableAttributes: settings.searchableAttributes,
        filterableAttributes: settings.filterableAttributes,
        sortableAttributes: settings.sortableAttributes,
        displayedAttributes: settings.displayedAttributes ?? ['*'],
        synonyms: settings.synonyms ?? {},
        ...(settings.rankingRules ? { rankingRules: settings.rankingRules } : {}),
        ...(settings.localizedChinese
          ? { localizedAttributes: [{ attributePatterns: settings.searchableAttributes, locales: ['cmn'] }] }
          : {}),
        ...(settings.proximityPrecision ? { proximityPrecision: settings.proximityPrecision } : {}),
        pagination: { maxTotalHits: 10_000 },
        faceting: { maxValuesPerFacet: 200 },
      }),
    );
    if (task.status !== 'succeeded') throw new Error(`index settings failed: ${task.error?.message ?? task.status}`);
  }

  async ensureIndex(name: string, settings: IndexSettings): Promise<void> {
    this.filterable.set(name, new Set(settings.filterableAttributes));
    const uid = this.uid(name);
    try {
      await this.client.getIndex(uid);
    } catch {
      await settle(this.client, this.client.createIndex(uid, { primaryKey: settings.primaryKey }));
    }
    // Settings go in before documents so filterable/sortable attributes are indexed once.
    await this.applySettings(uid, settings);
  }

  /** Registers the filter whitelist of an index without touching the engine (API processes). */
  declareFilterable(name: string, attributes: string[]): void {
    this.filterable.set(name, new Set(attributes));
  }

  async upsert(name: string, documents: Record<string, unknown>[]): Promise<void> {
    if (documents.length === 0) return;
    const task = await settle(this.client, this.index(name).addDocuments(documents));
    if (task.status !== 'succeeded') throw new Error(`indexing failed: ${task.error?.message ?? task.status}`);
  }

  async remove(name: string, ids: (string | number)[]): Promise<void> {
    if (ids.length === 0) return;
    const task = await settle(this.client, this.index(name).deleteDocuments(ids.map(String)));
    if (task.status !== 'succeeded') throw new Error(`delete failed: ${task.error?.message ?? task.status}`);
  }

  async write(name: string, upsert: Record<string, unknown>[], remove: string[]): Promise<PendingWrite> {
    const index = this.index(name);
    const queued: { what: string; task: EnqueuedTask }[] = [];
    if (upsert.length) queued.push({ what: 'indexing', task: await index.addDocuments(upsert) });
    if (remove.length) queued.push({ what: 'delete', task: await index.deleteDocuments(remove) });
    return {
      applied: async () => {
        const tasks = await Promise.all(queued.map((q) => settle(this.client, q.task)));
        for (const [i, t] of tasks.entries())
          if (t.status !== 'succeeded')
            throw new Error(`${queued[i]!.what} task ${t.uid} ${t.status}: ${t.error?.message ?? 'no error given'}`);
      },
    };
  }

  private params(name: string, r: SearchRequest): SearchParams {
    const allowed = this.filterable.get(name) ?? new Set<string>();
    const filter = r.filter ? compileFilter(r.filter, allowed) : undefined;
    return {
      filter: filter || undefined,
      facets: r.facets,
      sort: r.sort,
      limit: r.limit ?? 20,
      offset: r.offset ?? 0,
      attributesToHighlight: r.highlight,
      highlightPreTag: '<em>',
      highlightPostTag: '</em>',
      attributesToCrop: r.crop?.attributes,
      cropLength: r.crop?.length,
      matchingStrategy: r.matchingStrategy,
      attributesToRetrieve: r.attributesToRetrieve,
      showRankingScore: r.showRankingScore,
    };
  }

  private toResponse<T>(res: {
    hits: Record<string, unknown>[];
    estimatedTotalHits?: number;
    totalHits?: number;
    facetDistribution?: Record<string, Record<string, number>>;
    processingTimeMs: number;
  }): SearchResponse<T> {
    return {
      hits: res.hits.map((h) => {
        const { _formatted, _rankingScore, ...doc } = h as Record<string, unknown> & {
          _formatted?: Record<string, unknown>;
          _rankingScore?: number;
        };
        return { document: doc as T, formatted: _formatted, rankingScore: _rankingScore };
      }),
      total: res.totalHits ?? res.estimatedTotalHits ?? 0,
      facets: res.facetDistribution ?? {},
      processingTimeMs: res.processingTimeMs,
    };
  }

  async search<T>(name: string, r: SearchRequest): Promise<SearchResponse<T>> {
    const params = this.params(name, r);
    try {
      const res = await this.index(name).search(r.q, params);
      return this.toResponse<T>(res as never);
    } catch (err) {
      if (isIndexNotFound(err)) return this.toResponse<T>(EMPTY);
      throw err;
    }
  }

  async multiSearch<T>(name: string, requests: SearchRequest[]): Promise<SearchResponse<T>[]> {
    const uid = this.uid(name);
    try {
      const res = await this.client.multiSearch({
        queries: requests.map((r) => ({ indexUid: uid, q: r.q, ...this.params(name, r) })),
      });
      return res.results.map((x) => this.toResponse<T>(x as never));
    } catch (err) {
      if (isIndexNotFound(err)) return requests.map(() => this.toResponse<T>(EMPTY));
      throw err;
    }
  }

  async rebuild(
    name: string,
    settings: IndexSettings,
    fill: (write: (docs: Record<string, unknown>[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const live = this.uid(name);
    const tmp = `${live}__rebuild_${Date.now()}`;
    await settle(this.client, this.client.createIndex(tmp, { primaryKey: settings.primaryKey }));
    await this.applySettings(tmp, settings);
    // Writes are queued without waiting for each (the engine batches what is queued), at most
    // SEARCH_INDEX_IN_FLIGHT of them ahead of the engine, all applied before the swap.
    const pending: Promise<Task>[] = [];
    const check = (t: Task) => {
      if (t.status !== 'succeeded') throw new Error(`rebuild of ${live} failed: ${t.error?.message ?? t.status}`);
    };
    await fill(async (docs) => {
      if (docs.length === 0) return;
      if (pending.length >= this.cfg.indexInFlight) check(await pending.shift()!);
      const task = await this.client.index(tmp).addDocuments(docs);
      const settled = settle(this.client, task);
      settled.catch(() => undefined); // checked in order above or below
      pending.push(settled);
    });
    for (const p of pending) check(await p);
    try {
      await this.client.getIndex(live);
    } catch {
      await settle(this.client, this.client.createIndex(live, { primaryKey: settings.primaryKey }));
    }
    await settle(this.client, this.client.swapIndexes([{ indexes: [live, tmp], rename: false }]));
    await settle(this.client, this.client.deleteIndex(tmp));
    this.filterable.set(name, new Set(settings.filterableAttributes));
    this.logger.log(`rebuilt index ${live}`);
  }

  async documentCount(name: string): Promise<number> {
    try {
      return (await this.index(name).getStats()).numberOfDocuments;
    } catch (err) {
      if (isIndexNotFound(err)) return 0;
      throw err;
    }
  }

  async updateSynonyms(name: string, synonyms: Record<string, string[]>): Promise<void> {
    await settle(this.client, this.index(name).updateSynonyms(synonyms));
  }

  /** Deletes every index with this prefix (tests and fresh evaluation runs). */
  async dropAll(): Promise<void> {
    const { results } = await this.client.getIndexes({ limit: 1000 });
    for (const idx of results) {
      if (idx.uid.startsWith(this.cfg.indexPrefix)) await settle(this.client, this.client.deleteIndex(idx.uid));
    }
  }
}
