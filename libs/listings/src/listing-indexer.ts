import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay, OutboxService, type OutboxHandler, type RelayedMessage } from '../../outbox/src/index.js';
import { SearchIndex, SynonymService } from '../../search/src/index.js';
import { FILTERABLE_ATTRIBUTES, listingIndexSettings } from './listing-index.settings.js';
import { ListingReader } from './listing-reader.js';
import { LISTING_CHANGED_TOPIC } from './listing-store.js';
import { INDEX_OF, LISTING_KINDS, type ListingKind } from './listing.types.js';

/**
 * Relays `listing.changed` outbox rows to the search index. It applies the listing's current
 * state rather than the row's snapshot: published → upsert the document (which carries the
 * version), anything else → delete. That makes redelivery harmless and keeps the index equal
 * to the published set whatever order rows arrive in.
 */
@Injectable()
export class ListingIndexer implements OutboxHandler, OnModuleInit {
  readonly topic = LISTING_CHANGED_TOPIC;
  private readonly ensured = new Set<ListingKind>();

  constructor(
    private readonly ds: DataSource,
    private readonly search: SearchIndex,
    private readonly synonyms: SynonymService,
    private readonly reader: ListingReader,
    private readonly relay: OutboxRelay,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
    for (const kind of LISTING_KINDS) {
      this.synonyms.registerIndex(INDEX_OF[kind]);
      this.search.declareFilterable(INDEX_OF[kind], FILTERABLE_ATTRIBUTES);
    }
  }

  /** Creates the index with its settings (filterable, sortable, cmn, synonyms) before any document. */
  async ensureIndex(kind: ListingKind): Promise<void> {
    if (this.ensured.has(kind)) return;
    await this.search.ensureIndex(INDEX_OF[kind], listingIndexSettings(await this.synonyms.map()));
    this.ensured.add(kind);
  }

  async handle(messages: RelayedMessage[]): Promise<void> {
    const byKind = new Map<ListingKind, Set<string>>();
    for (const m of messages) {
      const { kind, id } = m.payload as { kind: ListingKind; id: string };
      if (!LISTING_KINDS.includes(kind) || typeof id !== 'string') continue;
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(id));
    }
    for (const [kind, idSet] of byKind) {
      await this.ensureIndex(kind);
      const ids = [...idSet];
      const docs = await this.reader.publishedDocuments(kind, ids);
      const published = new Set(docs.map((d) => d.id));
      await this.search.upsert(INDEX_OF[kind], docs as unknown as Record<string, unknown>[]);
      await this.search.remove(
        INDEX_OF[kind],
        ids.filter((id) => !published.has(id)),
      );
    }
  }

  /**
   * `npm run search:reindex`: builds each index anew and swaps it in (searches keep hitting the
   * old one meanwhile). Changes made during the build are re-queued through the outbox after
   * the swap, so nothing written meanwhile is lost.
   */
  async reindexAll(log: (line: string) => void = () => undefined): Promise<Record<ListingKind, number>> {
    const counts = {} as Record<ListingKind, number>;
    for (const kind of LISTING_KINDS) {
      const started = new Date(Date.now() - 1000);
      let n = 0;
      await this.search.rebuild(INDEX_OF[kind], listingIndexSettings(await this.synonyms.map()), async (write) => {
        for await (const docs of this.reader.iteratePublished(kind)) {
          await write(docs as unknown as Record<string, unknown>[]);
          n += docs.length;
        }
      });
      this.ensured.add(kind);
      const changed = await this.reader.changedSince(kind, started);
      if (changed.length) {
        await this.ds.transaction(async (em) => {
          for (const c of changed) {
            await this.outbox.enqueue(em, {
              topic: LISTING_CHANGED_TOPIC,
              aggregateKey: `${kind}:${c.id}`,
              aggregateVersion: c.version,
              payload: { kind, id: c.id },
            });
          }
        });
      }
      counts[kind] = n;
      log(`${INDEX_OF[kind]}: ${n} documents, ${changed.length} re-queued`);
    }
    return counts;
  }
}
