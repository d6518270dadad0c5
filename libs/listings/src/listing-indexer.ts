import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchIndex, SynonymService, type PendingWrite } from '../../search/src/index.js';
import { JobsConfig, SearchConfig } from '../../shared/config/index.js';
import { EventBus, JobQueue, type Job, type JobContext, type JobHandler } from '../../shared/jobs/index.js';
import { FILTERABLE_ATTRIBUTES, listingIndexSettings } from './listing-index.settings.js';
import { ListingIndexHooks, type IndexedListingsCommit } from './listing-index-hooks.js';
import type { ListingDocument } from './listing-mapping.js';
import { ListingReader } from './listing-reader.js';
import {
  LISTING_CHANGED,
  LISTING_INDEXED,
  listingEventKey,
  listingOfEvent,
  type ListingIndexedEvent,
} from './listing.events.js';
import { INDEX_OF, LISTING_KINDS, type ListingKind } from './listing.types.js';

/** The search indexer's queue: `listing.changed` deliveries, and the re-queued changes of a reindex. */
export const SEARCH_INDEX_QUEUE = 'listings.search-index';

/**
 * Keeps the search index equal to the published listings: subscribes to `listing.changed` and
 * applies the listing's current state rather than the event's snapshot (published → upsert the
 * document, which carries the version; anything else → delete: a withdrawal wins over any
 * earlier edit), a batch of listings in one engine task each way. That makes redelivery harmless
 * and the order of events irrelevant. Batches of SEARCH_INDEX_BATCH_SIZE listings (or what came
 * within SEARCH_INDEX_BATCH_WAIT_MS), SEARCH_INDEX_IN_FLIGHT of them at once per worker, so the
 * engine's queue never runs dry while a batch is read or completed. The registered
 * ListingIndexHooks (matching's term statistics) prepare while the engine applies the batch and
 * commit in the transaction that completes it, which publishes `listing.indexed`.
 */
@Injectable()
export class ListingIndexer implements JobHandler, OnModuleInit {
  readonly queue = SEARCH_INDEX_QUEUE;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly gatherMs: number;
  readonly leaseMs: number;
  private readonly logger = new Logger(ListingIndexer.name);
  private readonly ensured = new Set<ListingKind>();
  private readonly ensuring = new Map<ListingKind, Promise<void>>();

  constructor(
    private readonly ds: DataSource,
    private readonly search: SearchIndex,
    private readonly synonyms: SynonymService,
    private readonly reader: ListingReader,
    private readonly events: EventBus,
    private readonly jobs: JobQueue,
    private readonly hooks: ListingIndexHooks,
    cfg: SearchConfig,
    jobsCfg: JobsConfig,
  ) {
    this.leaseMs = jobsCfg.leaseMs;
    this.batchSize = cfg.indexBatchSize;
    this.concurrency = cfg.indexInFlight;
    this.gatherMs = cfg.indexBatchWaitMs;
  }

  onModuleInit(): void {
    this.events.subscribe([LISTING_CHANGED], this);
    for (const kind of LISTING_KINDS) {
      this.synonyms.registerIndex(INDEX_OF[kind]);
      this.search.declareFilterable(INDEX_OF[kind], FILTERABLE_ATTRIBUTES);
    }
  }

  /** Creates the index with its settings (filterable, sortable, cmn, synonyms) before any document. */
  async ensureIndex(kind: ListingKind): Promise<void> {
    if (this.ensured.has(kind)) return;
    // Batches in flight share one settings task rather than queuing one each.
    let ensuring = this.ensuring.get(kind);
    if (!ensuring) {
      ensuring = (async () =>
        this.search.ensureIndex(INDEX_OF[kind], listingIndexSettings(await this.synonyms.map())))().finally(() =>
        this.ensuring.delete(kind),
      );
      this.ensuring.set(kind, ensuring);
    }
    await ensuring;
    this.ensured.add(kind);
  }

  async handle(jobs: Job[], ctx: JobContext): Promise<void> {
    const byKind = new Map<ListingKind, Map<string, Job>>();
    for (const j of jobs) {
      const listing = listingOfEvent(j.payload);
      if (listing) byKind.set(listing.kind, (byKind.get(listing.kind) ?? new Map()).set(listing.id, j));
    }
    const read: { kind: ListingKind; ids: string[]; docs: ListingDocument[]; removed: string[] }[] = [];
    for (const [kind, byId] of byKind) {
      await this.ensureIndex(kind);
      const ids = [...byId.keys()];
      const docs = await this.reader.publishedDocuments(kind, ids);
      const published = new Set(docs.map((d) => d.id));
      read.push({ kind, ids, docs, removed: ids.filter((id) => !published.has(id)) });
    }
    // The fence (README): renewed just before the engine write, the lease keeps every other
    // runner off these keys while the write is queued, so a state read earlier is never queued
    // after a later one. A job another runner took over meanwhile is its business now.
    const held = new Set(await ctx.heartbeat());
    const isHeld = (kind: ListingKind, id: string) => held.has(byKind.get(kind)!.get(id)!.id);
    const applied = read.map((r) => ({
      kind: r.kind,
      ids: r.ids.filter((id) => isHeld(r.kind, id)),
      docs: r.docs.filter((d) => isHeld(r.kind, d.id)),
      removed: r.removed.filter((id) => isHeld(r.kind, id)),
    }));
    const pending: PendingWrite[] = [];
    for (const a of applied) pending.push(await this.search.write(INDEX_OF[a.kind], a.docs as never, a.removed));
    // Still held once queued: nothing of another runner was queued for these listings in between.
    // A listing lost during the write may have been queued after a newer state: apply it again.
    const still = new Set(await ctx.heartbeat());
    const lost = applied.flatMap((a) =>
      a.ids.filter((id) => !still.has(byKind.get(a.kind)!.get(id)!.id)).map((id) => ({ kind: a.kind, id })),
    );
    if (lost.length) await this.requeue(lost);
    // Batches queued ahead of this one may keep the engine busy for longer than a lease: renewed
    // meanwhile, so no other runner takes the batch over and writes it a second time.
    const renew = setInterval(() => void ctx.heartbeat().catch(() => undefined), this.leaseMs / 3);
    let commits: IndexedListingsCommit[];
    try {
      // The hooks' costly part (matching's term analysis) runs while the engine applies the batch.
      [commits] = await Promise.all([
        Promise.all(applied.map((a) => this.hooks.prepare(a.kind, a.docs, a.removed))),
        Promise.all(pending.map((p) => p.applied())),
      ]);
    } catch (err) {
      this.logger.error(
        { jobs: jobs.length, err: err instanceof Error ? err.message : String(err) },
        'indexing failed',
      );
      throw err;
    } finally {
      clearInterval(renew);
    }
    // What a change announced is now searchable; a reindex's re-queued jobs announce nothing new.
    const indexed = (bulk: boolean) =>
      jobs.flatMap((j) => {
        const listing = j.topic === LISTING_CHANGED && held.has(j.id) ? listingOfEvent(j.payload) : null;
        if (!listing || (j.payload.bulk === true) !== bulk) return [];
        const payload: ListingIndexedEvent = listing;
        return [{ key: listingEventKey(listing.kind, listing.id), payload: { ...payload } }];
      });
    ctx.onCompletion(async (em) => {
      await this.events.publish(em, LISTING_INDEXED, indexed(false));
      await this.events.publish(em, LISTING_INDEXED, indexed(true), { background: true });
      // Hooks serialise the batches of a kind on a lock (matching's totals), held until this
      // transaction commits: taken last. With batches in flight one waits for another's
      // completion, patiently (the runner's completion sets it).
      for (const commit of commits) await commit(em);
    });
  }

  /** Queues the listings' current state for indexing again, behind whatever is queued for them. */
  private async requeue(listings: { kind: ListingKind; id: string }[]): Promise<void> {
    this.logger.warn({ listings: listings.length }, 'lease lost while queuing an engine write; queued again');
    await this.ds.transaction((em) =>
      this.jobs.enqueue(
        em,
        listings.map((l) => ({ queue: SEARCH_INDEX_QUEUE, key: listingEventKey(l.kind, l.id), payload: { ...l } })),
      ),
    );
  }

  /**
   * `npm run search:reindex`: builds each index anew and swaps it in (searches keep hitting the
   * old one meanwhile). Changes made during the build are queued for the indexer again after
   * the swap, so nothing written meanwhile is lost.
   */
  async reindexAll(log: (line: string) => void = () => undefined): Promise<Record<ListingKind, number>> {
    const counts = {} as Record<ListingKind, number>;
    for (const kind of LISTING_KINDS) {
      const started = new Date(Date.now() - 1000);
      let n = 0;
      await this.search.rebuild(INDEX_OF[kind], listingIndexSettings(await this.synonyms.map()), async (write) => {
        for await (const docs of this.reader.iteratePublished(kind, this.batchSize)) {
          await write(docs as unknown as Record<string, unknown>[]);
          // The hooks' data is rebuilt beside the index (idempotent: unchanged listings cost a read).
          const commit = await this.hooks.prepare(kind, docs, []);
          await this.ds.transaction((em) => commit(em));
          n += docs.length;
        }
      });
      this.ensured.add(kind);
      const changed = await this.reader.changedSince(kind, started);
      if (changed.length) {
        await this.ds.transaction((em) =>
          this.jobs.enqueue(
            em,
            changed.map((c) => ({
              queue: SEARCH_INDEX_QUEUE,
              key: listingEventKey(kind, c.id),
              payload: { kind, id: c.id, version: c.version },
            })),
          ),
        );
      }
      counts[kind] = n;
      log(`${INDEX_OF[kind]}: ${n} documents, ${changed.length} re-queued`);
    }
    return counts;
  }
}
