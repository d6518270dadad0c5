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
}

/**
 * Candidate generation through the SearchIndex port: every query in one multi-search round
 * trip, hits united in the order of their best rank. Access rules travel in `filter`, so only listings the caller may
 * see ever become candidates.
 */
export async function gatherCandidates(
  search: SearchIndex,
  index: string,
  queries: readonly string[],
  opts: GatherOptions,
): Promise<string[]> {
  if (queries.length === 0) return [];
  const responses = await search.multiSearch<{ id: string }>(
    index,
    queries.map((q) => ({
      q,
      filter: opts.filter,
      limit: opts.perQuery,
      matchingStrategy: opts.strategy ?? 'last',
      attributesToRetrieve: ['id'],
    })),
  );
  const best = new Map<string, number>();
  for (const res of responses) {
    res.hits.forEach((h, rank) => {
      const id = String(h.document.id);
      best.set(id, Math.min(best.get(id) ?? Infinity, rank));
    });
  }
  return [...best].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
