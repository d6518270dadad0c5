import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ListingIndexHooks, type ListingDocument, type ListingKind } from '../../../listings/src/index.js';
import type { DocTerms } from '../index/corpus-view.js';
import { MATCH_FIELDS } from '../ranking/match-engine.js';
import type { Queryable } from '../../../shared/database/index.js';
import { MatchTermsRepository } from './match-terms.repository.js';
import { StoredCorpus } from './stored-corpus.js';
import { TermAnalysisPool } from './term-analysis-pool.js';
import {
  decodeTerms,
  needsTerms,
  planBatch,
  sameVersions,
  type AnalysedTerms,
  type BatchPlan,
  type PublishedVersion,
  type StoredVersion,
} from './term-statistics.rules.js';

/** A batch read and analysed by `prepare`, to be applied by `commit`. */
export interface PreparedTerms {
  kind: ListingKind;
  published: PublishedVersion[];
  removed: readonly string[];
  texts: readonly ListingDocument[];
  /** The stored rows read by prepare (outside the lock). */
  stored: ReadonlyMap<string, StoredVersion>;
  analysed: Map<string, AnalysedTerms>;
  /** The change planned against `stored`. */
  plan: BatchPlan;
}

/**
 * The matcher's term statistics in PostgreSQL, one path for every process: the search indexer
 * runs this hook for each batch it indexes. `prepare`, while the engine applies the batch, reads
 * the stored rows of its listings and analyses the published ones on the analysis threads;
 * `commit`, in the transaction that completes the batch and publishes `listing.indexed`, stores
 * each published listing's analysed terms and adds the difference to the kind's totals and
 * document frequencies. Writers of one kind queue on its match_corpus row, and each change is
 * checked against the stored versions read under that lock (planned again when they moved), so
 * concurrent batches, redeliveries and deletions keep the totals equal to the sum over the
 * stored listings. Match requests read what they need (`corpus`, `addCandidates`,
 * `addDf`): a constant number of queries, nothing kept between requests.
 */
@Injectable()
export class MatchTermsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: MatchTermsRepository,
    private readonly pool: TermAnalysisPool,
    private readonly hooks: ListingIndexHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register({
      name: 'matching.terms',
      prepare: async (kind, docs, removed) => {
        const prepared = await this.prepare(this.ds.manager, kind, docs, removed);
        return (em) => this.commit(em, prepared);
      },
    });
  }

  /** prepare and commit in one go, in the caller's transaction (tests, the evaluation). */
  async apply(
    em: EntityManager,
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<void> {
    await this.commit(em, await this.prepare(em, kind, published, removed));
  }

  /**
   * The costly part of a batch, before its completing transaction and without the kind's lock:
   * reads the stored rows of its listings and analyses (on the analysis threads) those whose
   * terms are to be stored, then plans the change. `commit` applies it under the lock.
   */
  async prepare(
    db: Queryable,
    kind: ListingKind,
    published: readonly ListingDocument[],
    removed: readonly string[],
  ): Promise<PreparedTerms> {
    const docs = published.map((d) => ({ id: d.id, version: d.version }));
    const stored = await this.repo.batchRows(db, kind, docs, removed);
    const analysed = await this.analyse(published.filter((d) => needsTerms(d, stored)));
    const plan = planBatch(MATCH_FIELDS.length, docs, removed, stored, analysed);
    return { kind, published: docs, removed, texts: published, stored, analysed, plan };
  }

  /**
   * Applies a prepared batch under the kind's match_corpus row lock: the version check and the
   * writes. If another writer changed the stored rows of these listings since `prepare` read
   * them, the batch is planned again against the rows read under the lock.
   */
  async commit(em: EntityManager, p: PreparedTerms): Promise<void> {
    if (p.published.length === 0 && p.removed.length === 0) return;
    await this.repo.lockTotals(em, p.kind);
    const ids = [...p.published.map((d) => d.id), ...p.removed];
    let { plan } = p;
    if (!sameVersions(p.stored, await this.repo.versions(em, p.kind, ids))) {
      const stored = await this.repo.batchRows(em, p.kind, p.published, p.removed);
      const missing = p.texts.filter((d) => needsTerms(d, stored) && !p.analysed.has(d.id));
      for (const [id, a] of await this.analyse(missing)) p.analysed.set(id, a);
      plan = planBatch(MATCH_FIELDS.length, p.published, p.removed, stored, p.analysed);
    }
    await this.repo.writeListingTerms(em, p.kind, plan.upserts, plan.gone);
    await this.repo.applyDelta(em, p.kind, plan.delta);
  }

  /** Analysed terms by listing id. */
  private async analyse(docs: readonly ListingDocument[]): Promise<Map<string, AnalysedTerms>> {
    const terms = await this.pool.analyse(docs);
    return new Map(docs.map((d, i) => [d.id, terms[i]!]));
  }

  /** A kind's totals and the document frequencies of `terms`, for one request. */
  async corpus(kind: ListingKind, terms: readonly string[]): Promise<StoredCorpus> {
    const { totals, df } = await this.repo.statistics(this.ds.manager, kind, terms);
    const corpus = new StoredCorpus(totals);
    corpus.addDf(terms, df);
    return corpus;
  }

  /**
   * Adds the stored terms of the candidates `ids` (listings without stored terms are left out);
   * `wanted`: the terms the request will score them on, decoded first (StoredTermRows).
   */
  async addCandidates(
    corpus: StoredCorpus,
    kind: ListingKind,
    ids: readonly string[],
    wanted: ReadonlySet<string>,
  ): Promise<void> {
    const rows = await this.repo.listingTerms(this.ds.manager, kind, ids);
    const docs = new Map<string, DocTerms>(rows.map((r) => [r.id, decodeTerms(r.terms, wanted)]));
    corpus.addDocs(docs);
  }

  /** Reads the document frequencies of those of `terms` the corpus does not hold yet. */
  async addDf(corpus: StoredCorpus, kind: ListingKind, terms: Iterable<string>): Promise<void> {
    const missing = corpus.missingDf(terms);
    if (missing.length) corpus.addDf(missing, await this.repo.df(this.ds.manager, kind, missing));
  }
}
