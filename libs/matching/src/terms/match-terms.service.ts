import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ListingIndexHooks, type ListingDocument, type ListingKind } from '../../../listings/src/index.js';
import type { DocTerms } from '../index/corpus-view.js';
import { GRAM_PREFIX, MATCH_FIELDS } from '../ranking/match-engine.js';
import { MatchAnalyzer } from '../service/match-analyzer.js';
import { MatchTermsRepository, type StoredListingTerms } from './match-terms.repository.js';
import { StoredCorpus } from './stored-corpus.js';
import { addChange, decodeTerms, emptyDelta, encodeTerms } from './term-statistics.rules.js';

/**
 * The matcher's term statistics in PostgreSQL, one path for every process: the search indexer
 * runs `apply` for each batch it indexes (a ListingIndexHook, in the transaction that completes
 * the batch and publishes `listing.indexed`), which stores each published listing's analysed
 * terms and adds the difference to the kind's totals and document frequencies. Writers of one
 * kind queue on its match_corpus row, and each change is computed against the stored terms read
 * under that lock, so concurrent batches, redeliveries and deletions keep the totals equal to
 * the sum over the stored listings. Match requests read what they need (`corpus`, `addCandidates`,
 * `addDf`): a constant number of queries, nothing kept between requests.
 */
@Injectable()
export class MatchTermsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: MatchTermsRepository,
    private readonly analyzer: MatchAnalyzer,
    private readonly hooks: ListingIndexHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register({
      name: 'matching.terms',
      apply: (em, kind, docs, removed) => this.apply(em, kind, docs, removed),
    });
  }

  async apply(
    em: EntityManager,
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<void> {
    if (published.length === 0 && removed.length === 0) return;
    await this.repo.lockTotals(em, kind);
    const stored = new Map(
      (await this.repo.listingTerms(em, kind, [...published.map((d) => d.id), ...removed])).map((r) => [r.id, r]),
    );
    const fields = MATCH_FIELDS.length;
    const delta = emptyDelta(fields);
    const upserts: StoredListingTerms[] = [];
    for (const doc of published) {
      const before = stored.get(doc.id);
      // A later version is never replaced by an earlier one (a reindex reading before an edit).
      if (before && before.version >= doc.version) continue;
      const after = this.analyzer.analysis.docTerms(doc);
      addChange(delta, before && decodeTerms(before.terms, GRAM_PREFIX), after);
      upserts.push({ id: doc.id, version: doc.version, terms: encodeTerms(after) });
    }
    const gone = removed.filter((id) => stored.has(id));
    for (const id of gone) addChange(delta, decodeTerms(stored.get(id)!.terms, GRAM_PREFIX), undefined);
    await this.repo.upsertListingTerms(em, kind, upserts);
    await this.repo.deleteListingTerms(em, kind, gone);
    await this.repo.applyDelta(em, kind, delta);
  }

  /** A kind's totals and the document frequencies of `terms`, for one request. */
  async corpus(kind: ListingKind, terms: readonly string[]): Promise<StoredCorpus> {
    const { totals, df } = await this.repo.statistics(this.ds.manager, kind, terms);
    const corpus = new StoredCorpus(totals);
    corpus.addDf(terms, df);
    return corpus;
  }

  /** Adds the stored terms of the candidates `ids` (listings without stored terms are left out). */
  async addCandidates(corpus: StoredCorpus, kind: ListingKind, ids: readonly string[]): Promise<void> {
    const rows = await this.repo.listingTerms(this.ds.manager, kind, ids);
    const docs = new Map<string, DocTerms>(rows.map((r) => [r.id, decodeTerms(r.terms, GRAM_PREFIX)]));
    corpus.addDocs(docs);
  }

  /** Reads the document frequencies of those of `terms` the corpus does not hold yet. */
  async addDf(corpus: StoredCorpus, kind: ListingKind, terms: Iterable<string>): Promise<void> {
    const missing = corpus.missingDf(terms);
    if (missing.length) corpus.addDf(missing, await this.repo.df(this.ds.manager, kind, missing));
  }
}
