import { Injectable, Logger } from '@nestjs/common';
import { ListingReader, type ListingDocument, type ListingKind } from '../../../listings/src/index.js';
import { SynonymService } from '../../../search/src/index.js';
import { MatchEngine } from '../ranking/match-engine.js';
import { SCORING } from '../ranking/scoring-weights.js';
import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { DOMAIN_WORDS, SYNONYM_GROUPS } from '../text/domain-dictionary.js';
import { SynonymTable } from '../text/synonym-table.js';

/** Changes committed up to this long after they were stamped are still picked up. */
const SYNC_OVERLAP_MS = 5_000;

interface KindState {
  engine: MatchEngine;
  docs: Map<string, ListingDocument>;
  syncedFrom: Date | null;
  running: Promise<void> | null;
}

/**
 * The matcher's in-memory copy of the published listings of each kind (BM25F statistics and
 * the documents for explanations). Loaded on first use, then brought up to date before each
 * match from the listings changed since the last sync (one indexed query), so term statistics
 * follow publications and withdrawals without a rebuild.
 */
@Injectable()
export class ListingCorpus {
  private readonly logger = new Logger(ListingCorpus.name);
  readonly synonyms = new SynonymTable(SYNONYM_GROUPS);
  readonly tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...this.synonyms.terms()] });
  private readonly states = new Map<ListingKind, KindState>();
  private synonymsLoaded = false;

  constructor(
    private readonly reader: ListingReader,
    private readonly synonymService: SynonymService,
  ) {}

  private state(kind: ListingKind): KindState {
    let s = this.states.get(kind);
    if (!s)
      this.states.set(
        kind,
        (s = {
          engine: new MatchEngine(this.tokenizer, this.synonyms, SCORING),
          docs: new Map(),
          syncedFrom: null,
          running: null,
        }),
      );
    return s;
  }

  /** The kind's engine and documents, current as of this call. */
  async current(kind: ListingKind): Promise<{ engine: MatchEngine; docs: ReadonlyMap<string, ListingDocument> }> {
    if (!this.synonymsLoaded) {
      for (const g of await this.synonymService.list()) this.synonyms.addGroup(g.terms);
      this.synonymsLoaded = true;
    }
    const s = this.state(kind);
    // Concurrent requests share one sync; a request arriving after it started waits for the next.
    while (s.running) await s.running;
    s.running = this.sync(kind, s).finally(() => (s.running = null));
    await s.running;
    return { engine: s.engine, docs: s.docs };
  }

  private put(s: KindState, doc: ListingDocument): void {
    s.docs.set(doc.id, doc);
    s.engine.upsert({ id: doc.id, title: doc.title, keywords: doc.keywords, description: doc.description });
  }

  private async sync(kind: ListingKind, s: KindState): Promise<void> {
    const started = new Date(Date.now() - SYNC_OVERLAP_MS);
    if (!s.syncedFrom) {
      for await (const batch of this.reader.iteratePublished(kind)) for (const d of batch) this.put(s, d);
      this.logger.log(`matching corpus ${kind}: ${s.docs.size} published listings`);
    } else {
      const changed = await this.reader.changedSince(kind, s.syncedFrom);
      if (changed.length) {
        const ids = changed.map((c) => c.id);
        const docs = await this.reader.publishedDocuments(kind, ids);
        const published = new Set(docs.map((d) => d.id));
        for (const d of docs) if (s.docs.get(d.id)?.version !== d.version) this.put(s, d);
        for (const id of ids) {
          if (!published.has(id) && s.docs.delete(id)) s.engine.remove(id);
        }
      }
    }
    s.syncedFrom = started;
  }
}
