import { Injectable, Logger } from '@nestjs/common';
import {
  INDEX_OF,
  ListingReader,
  type ListingDocument,
  type ListingKind,
  type ListingView,
} from '../../../listings/src/index.js';
import { RegionService, chinaToday } from '../../../reference/src/index.js';
import { SearchIndex, type SearchFilter } from '../../../search/src/index.js';
import type { Principal } from '../../../shared/auth/index.js';
import { gatherCandidates } from '../candidates/candidate-gatherer.js';
import { candidateQueries, DEFAULT_CANDIDATE_QUERIES } from '../candidates/candidate-queries.js';
import { highlightTerms } from '../ranking/highlight-terms.js';
import type { MatchText, ScoredId } from '../ranking/listing-text.js';
import type { MatchEngine } from '../ranking/match-engine.js';
import {
  isDistinctiveTerm,
  SHARED_TERMS,
  sharedKeyTerms,
  structuredBonus,
  structuredFit,
  type ListingFacts,
} from '../ranking/match-explanation.js';
import { MATCH_ALERT, SCORING } from '../ranking/scoring-weights.js';
import { MatchingUnavailableError } from '../matching.errors.js';
import { MatchTermsService } from '../terms/match-terms.service.js';
import type { StoredCorpus } from '../terms/stored-corpus.js';
import { MatchAnalyzer } from './match-analyzer.js';
import type { MatchFilter, MatchResult } from './match-result.js';

/** Hits kept per candidate query (see candidate-queries.ts for the measured pool recall). */
const PER_QUERY = 20;
/**
 * The candidate queries go out as two multi-search requests at once: at 10⁶ listings the engine
 * spends ~40 ms of CPU on a match's ~18 queries, one after the other within one request; two
 * requests take p50 68 → 55 ms, p95 ~100 → 80 ms on 2 cores (libs/matching/README.md).
 */
const CANDIDATE_REQUESTS = 2;

/**
 * Two-way matching: achievements for a need, needs and open challenges for an achievement.
 * Candidates come from the search engine (several queries covering the whole text, with the
 * caller's access rules and filters), the matcher re-ranks them with BM25F over the term
 * statistics and stored terms read from PostgreSQL for this request (MatchTermsService: nothing
 * is kept between requests, so every api process answers alike) plus the structured factors,
 * and every result carries its explanation.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    private readonly reader: ListingReader,
    private readonly analyzer: MatchAnalyzer,
    private readonly terms: MatchTermsService,
    private readonly search: SearchIndex,
    private readonly regions: RegionService,
  ) {}

  /** Ranked achievements for a need the caller may see (LISTING_NOT_FOUND otherwise). */
  async forNeed(needId: string, principal: Principal | undefined, filter: MatchFilter): Promise<MatchResult[]> {
    const need = await this.reader.getVisible('need', needId, principal);
    return this.match(need, ['achievement'], principal, filter);
  }

  /** Ranked needs and open challenges for an achievement the caller may see. */
  async forAchievement(
    achievementId: string,
    principal: Principal | undefined,
    filter: MatchFilter,
  ): Promise<MatchResult[]> {
    const achievement = await this.reader.getVisible('achievement', achievementId, principal);
    return this.match(achievement, ['need', 'challenge'], principal, filter);
  }

  /**
   * For match alerts (no caller): the listings published now that are close enough to the
   * published listing `id` to tell their owners (MATCH_ALERT), best first per kind —
   * achievements for a need; needs and 揭榜挂帅 challenges for an achievement (the same
   * candidates as `forAchievement`; whether a challenge is still open is the alert's check).
   * The source is read from the database, not the index, so it need not be indexed yet; null
   * when it is not published (drafts and withdrawn listings never alert).
   */
  async alertMatches(
    kind: 'need' | 'achievement',
    id: string,
  ): Promise<{ source: ListingDocument; matches: { doc: ListingDocument; similarity: number }[] } | null> {
    const [source] = await this.reader.publishedDocuments(kind, [id]);
    if (!source) return null;
    const text = { title: source.title, keywords: source.keywords, description: source.description };
    const engine = await this.analyzer.engine();
    const matches: { doc: ListingDocument; similarity: number }[] = [];
    for (const other of (kind === 'need' ? ['achievement'] : ['need', 'challenge']) as ListingKind[]) {
      const { corpus, ranked } = await this.rankCandidates(engine, other, text, {
        filter: { eq: ['status', 'published'] },
        exclude: id,
        k: MATCH_ALERT.maxPerListing,
      });
      const docs = await this.documents(other, ranked);
      await this.terms.addDf(
        corpus,
        other,
        [...docs.keys()].flatMap((d) => engine.indexedTerms(corpus, d)),
      );
      for (const r of ranked) {
        const doc = docs.get(r.id);
        const similarity = doc ? engine.similarity(text, corpus, r.id) : 0;
        if (doc && similarity >= MATCH_ALERT.minSimilarity) matches.push({ doc, similarity: round(similarity) });
      }
    }
    return { source, matches };
  }

  /**
   * The best `k` candidates of one kind for `text`, by BM25F over statistics read for this
   * request: the document frequencies of the text's terms, candidates from the search engine
   * (under `filter`), their stored terms.
   */
  private async rankCandidates(
    engine: MatchEngine,
    kind: ListingKind,
    text: MatchText,
    opts: { filter: SearchFilter; exclude: string; k: number },
  ): Promise<{ corpus: StoredCorpus; ranked: ScoredId[] }> {
    const terms = engine.statisticsTerms(text);
    const corpus = await this.terms.corpus(kind, terms);
    const idf = (t: string) => (corpus.df(t) > 0 ? corpus.idf(t) : 0);
    const queries = candidateQueries(engine.tokenizer, idf, text, DEFAULT_CANDIDATE_QUERIES, (w) =>
      engine.synonyms.synonymsOf(w),
    );
    let pool: string[];
    try {
      pool = await gatherCandidates(this.search, INDEX_OF[kind], queries, {
        perQuery: PER_QUERY,
        filter: opts.filter,
        requests: CANDIDATE_REQUESTS,
      });
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'candidate search failed');
      throw new MatchingUnavailableError();
    }
    const candidates = pool.filter((c) => c !== opts.exclude);
    await this.terms.addCandidates(corpus, kind, candidates, new Set(terms));
    const ranked = engine.rank(text, corpus, { k: opts.k, candidates });
    return { corpus, ranked };
  }

  /** The ranked listings that are published now, by id (the index may lag a withdrawal). */
  private async documents(kind: ListingKind, ranked: readonly ScoredId[]): Promise<Map<string, ListingDocument>> {
    const docs = await this.reader.publishedDocuments(
      kind,
      ranked.map((r) => r.id),
    );
    return new Map(docs.map((d) => [d.id, d]));
  }

  private async facts(view: ListingView): Promise<ListingFacts> {
    // A listing's region is a foreign key, so it exists; should the code table lag behind, the
    // region relation falls back to comparing codes rather than failing the whole match.
    const region = await this.regions.get(view.regionCode).catch(() => undefined);
    return {
      title: view.title,
      description: view.description,
      keywords: view.keywords,
      techFieldCode: view.techFieldCode,
      regionCode: view.regionCode,
      regionCodes: [view.regionCode, ...(region?.ancestors.map((a) => a.code) ?? [])],
      trl: view.trl,
      transferModes: view.transferModes,
      cooperationModes: view.cooperationModes,
      priceFen: view.priceFen ?? null,
      negotiable: view.negotiable,
      budgetMinFen: view.budgetMinFen ?? null,
      budgetMaxFen: view.budgetMaxFen ?? null,
    };
  }

  private filterFor(kind: ListingKind, principal: Principal | undefined, f: MatchFilter): SearchFilter {
    const and: SearchFilter[] = [
      { eq: ['status', 'published'] },
      { in: ['audience', principal?.orgVerified ? ['public', 'verified'] : ['public']] },
    ];
    if (f.techFieldCodes?.length) and.push({ in: ['techFieldCode', f.techFieldCodes] });
    if (f.region) and.push({ eq: ['regionCodes', f.region] });
    if (kind === 'achievement') {
      if (f.trlMin !== undefined || f.trlMax !== undefined)
        and.push({ range: ['trl', { gte: f.trlMin, lte: f.trlMax }] });
      if (f.transferModes?.length) and.push({ in: ['transferModes', f.transferModes] });
    }
    return { and };
  }

  private async match(
    source: ListingView,
    kinds: ListingKind[],
    principal: Principal | undefined,
    filter: MatchFilter,
  ): Promise<MatchResult[]> {
    if (filter.region) await this.regions.assertExists(filter.region);
    const sourceFacts = await this.facts(source);
    const engine = await this.analyzer.engine();
    // One kind after the other: a request holds at most one pooled connection at a time.
    const perKind: MatchResult[] = [];
    for (const kind of kinds)
      perKind.push(...(await this.matchKind(engine, kind, source, sourceFacts, principal, filter)));
    return perKind.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, filter.limit);
  }

  /** The best `filter.limit` listings of one kind for `source`, explained. */
  private async matchKind(
    engine: MatchEngine,
    kind: ListingKind,
    source: ListingView,
    sourceFacts: ListingFacts,
    principal: Principal | undefined,
    filter: MatchFilter,
  ): Promise<MatchResult[]> {
    const text = { title: source.title, keywords: source.keywords, description: source.description };
    const results: MatchResult[] = [];
    const { corpus, ranked } = await this.rankCandidates(engine, kind, text, {
      filter: this.filterFor(kind, principal, filter),
      exclude: source.id,
      k: Math.max(filter.limit * 3, 30),
    });
    const docs = await this.documents(kind, ranked);
    const best = ranked[0]?.score || 1;
    const sourceTerms = engine.textTerms(text);
    const today = chinaToday();
    const scored = ranked.flatMap((r) => {
      const doc = docs.get(r.id);
      // A need or challenge past its deadline (a China date) no longer takes offers.
      if (!doc || (doc.deadline && doc.deadline < today)) return [];
      const facts = docFacts(doc);
      const fit = source.kind === 'need' ? structuredFit(sourceFacts, facts) : structuredFit(facts, sourceFacts);
      return [{ doc, fit, score: round(r.score / best + structuredBonus(fit, SCORING.structured)) }];
    });
    // Shared terms only for what can be shown: the best `limit` of this kind.
    const shown = scored.sort((a, b) => b.score - a.score).slice(0, filter.limit);
    // Their whole vocabulary's statistics: the similarity weighs every word of the listing.
    await this.terms.addDf(
      corpus,
      kind,
      shown.flatMap(({ doc }) => engine.indexedTerms(corpus, doc.id)),
    );
    for (const { doc, fit, score } of shown) {
      const sharedTerms = sharedKeyTerms(
        sourceTerms,
        engine.indexedTerms(corpus, doc.id),
        (t) => corpus.idf(t),
        SHARED_TERMS.max,
        (t) => isDistinctiveTerm(t, corpus.df(t), corpus.size),
      );
      // The degree shown is the alerts' measure (absolute, in [0, 1]); the order stays the score's.
      const similarity = round(engine.similarity(text, corpus, doc.id));
      results.push({
        kind,
        id: doc.id,
        title: doc.title,
        score,
        similarity,
        techFieldCode: doc.techFieldCode,
        regionCode: doc.regionCode,
        ...(doc.anonymous || !doc.orgName ? {} : { orgName: doc.orgName }),
        trl: doc.trl,
        transferModes: doc.transferModes,
        cooperationModes: doc.cooperationModes,
        priceFen: doc.priceFen,
        highlight: {
          title: highlightTerms(doc.title, sharedTerms),
          description: highlightTerms(doc.description, sharedTerms),
        },
        explanation: { sharedTerms, ...fit },
      });
    }
    return results;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function docFacts(doc: ListingDocument): ListingFacts {
  return {
    title: doc.title,
    description: doc.description,
    keywords: doc.keywords,
    techFieldCode: doc.techFieldCode,
    regionCode: doc.regionCode,
    regionCodes: doc.regionCodes,
    trl: doc.trl,
    transferModes: doc.transferModes,
    cooperationModes: doc.cooperationModes,
    priceFen: doc.kind === 'achievement' ? doc.priceFen : null,
    negotiable: doc.negotiable,
    budgetMinFen: doc.budgetMinFen ?? null,
    budgetMaxFen: doc.budgetMaxFen ?? null,
  };
}
