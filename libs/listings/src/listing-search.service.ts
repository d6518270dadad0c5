import { Injectable, Logger } from '@nestjs/common';
import {
  prepareQuery,
  SearchIndex,
  SearchUnavailableError,
  type PreparedQuery,
  type SearchFilter,
} from '../../search/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import type { ListingDocument } from './listing-mapping.js';
import { INDEX_OF, type ListingKind } from './listing.types.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Facets each kind reports; the facet list is fixed, never taken from the request. */
export const FACETS: Record<ListingKind, string[]> = {
  need: ['techFieldCode', 'regionCode', 'orgType', 'cooperationModes'],
  achievement: ['techFieldCode', 'regionCode', 'orgType', 'trl', 'transferModes', 'achievementType'],
  challenge: ['techFieldCode', 'regionCode', 'orgType'],
};

/** Already validated by the API's DTOs; every value becomes a quoted filter value, never syntax. */
export interface ListingSearchQuery {
  q?: string;
  techFieldCodes?: string[];
  /** Region subtree: listings in this region or any region below it. */
  region?: string;
  trlMin?: number;
  trlMax?: number;
  transferModes?: string[];
  cooperationModes?: string[];
  achievementTypes?: string[];
  priceMinFen?: number;
  priceMaxFen?: number;
  orgTypes?: string[];
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

export interface ListingSearchItem extends Omit<ListingDocument, 'status' | 'audience' | 'regionCodes' | 'grams'> {
  /** Title and a description snippet with matches in <em>…</em>; everything else HTML-escaped. */
  highlight: { title: string; description: string };
}

export interface ListingSearchResult {
  items: ListingSearchItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<string, Record<string, number>>;
  query: PreparedQuery;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const safeHighlight = (s: unknown): string =>
  escapeHtml(typeof s === 'string' ? s : '')
    .replace(/&lt;em&gt;/g, '<em>')
    .replace(/&lt;\/em&gt;/g, '</em>');

/** Builds the engine filter from whitelisted attributes and quoted values only. */
export function buildListingFilter(
  kind: ListingKind,
  q: ListingSearchQuery,
  principal: Principal | undefined,
): SearchFilter {
  const and: SearchFilter[] = [
    { eq: ['status', 'published'] },
    { in: ['audience', principal?.orgVerified ? ['public', 'verified'] : ['public']] },
  ];
  if (q.techFieldCodes?.length) and.push({ in: ['techFieldCode', q.techFieldCodes] });
  if (q.region) and.push({ eq: ['regionCodes', q.region] });
  if (q.orgTypes?.length) and.push({ in: ['orgType', q.orgTypes] });
  if (q.priceMinFen !== undefined || q.priceMaxFen !== undefined)
    and.push({ range: ['priceFen', { gte: q.priceMinFen, lte: q.priceMaxFen }] });
  if (kind === 'achievement') {
    if (q.trlMin !== undefined || q.trlMax !== undefined)
      and.push({ range: ['trl', { gte: q.trlMin, lte: q.trlMax }] });
    if (q.transferModes?.length) and.push({ in: ['transferModes', q.transferModes] });
    if (q.achievementTypes?.length) and.push({ in: ['achievementType', q.achievementTypes] });
  }
  if (kind === 'need' && q.cooperationModes?.length) and.push({ in: ['cooperationModes', q.cooperationModes] });
  return { and };
}

const SORT: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ['publishedAt:desc'],
  price_asc: ['priceFen:asc'],
  price_desc: ['priceFen:desc'],
};

/** The public search over published listings, with facets and highlighted snippets. */
@Injectable()
export class ListingSearchService {
  private readonly logger = new Logger(ListingSearchService.name);

  constructor(private readonly search: SearchIndex) {}

  async find(kind: ListingKind, q: ListingSearchQuery, principal: Principal | undefined): Promise<ListingSearchResult> {
    const prepared = prepareQuery(q.q ?? '');
    let res;
    try {
      res = await this.search.search<ListingDocument>(INDEX_OF[kind], {
        q: prepared.q,
        filter: buildListingFilter(kind, q, principal),
        facets: FACETS[kind],
        sort: SORT[q.sort ?? 'relevance'],
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
        highlight: ['title', 'description'],
        crop: { attributes: ['description'], length: 60 },
      });
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'search engine error');
      throw new SearchUnavailableError();
    }
    const items = res.hits.map((h) => {
      const { status: _s, audience: _a, regionCodes: _r, grams: _g, ...doc } = h.document;
      return {
        ...doc,
        highlight: {
          title: safeHighlight(h.formatted?.title ?? doc.title),
          description: safeHighlight(h.formatted?.description ?? doc.description),
        },
      };
    });
    return { items, total: res.total, page: q.page, pageSize: q.pageSize, facets: res.facets, query: prepared };
  }
}
