import type { SearchFilter, SearchIndex } from '../../../search/src/index.js';

export interface GatherOptions {
  /** Hits kept per query. */
  perQuery: number;
  filter?: SearchFilter;
  /**
   * `last` (default): documents with all words first, then dropping words from the end of the
   * query — with queries ordered by weight, the least informative first.
   */
  strategy?: 'last' | 'frequency' | 'all';
  /**
   * Multi-search requests the queries are spread over, sent at once (default 1). The engine
   * answers the queries of one multi-search one after the other; two requests run on two of its
   * threads.
   */
  requests?: number;
}

/**
 * Candidate generation through the SearchIndex port: the queries in one multi-search round trip
 * (or a few at once), hits united in the order of their best rank. Access rules travel in `filter`, so only listings the caller may
 * see ever become candidates.
 */
export async function gatherCandidates(
  search: SearchIndex,
  index: string,
  queries: readonly string[],
  opts: GatherOptions,
): Promise<string[]> {
  if (queries.length === 0) return [];
  const requests = queries.map((q) => ({
    q,
    filter: opts.filter,
    limit: opts.perQuery,
    matchingStrategy: opts.strategy ?? 'last',
    attributesToRetrieve: ['id'],
  }));
  const size = Math.ceil(requests.length / Math.max(1, opts.requests ?? 1));
  const parts: (typeof requests)[] = [];
  for (let i = 0; i < requests.length; i += size) parts.push(requests.slice(i, i + size));
  // In query order, so the union below is the same however the queries were spread.
  const responses = (await Promise.all(parts.map((p) => search.multiSearch<{ id: string }>(index, p)))).flat();
  const best = new Map<string, number>();
  for (const res of responses) {
    res.hits.forEach((h, rank) => {
      const id = String(h.document.id);
      best.set(id, Math.min(best.get(id) ?? Infinity, rank));
    });
  }
  return [...best].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
