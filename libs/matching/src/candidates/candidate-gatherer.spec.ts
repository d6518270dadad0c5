import type { SearchIndex, SearchRequest, SearchResponse } from '../../../search/src/index.js';
import { gatherCandidates } from './candidate-gatherer.js';

/** Answers each query with the ids listed for it, and records the multi-search requests made. */
function engine(hits: Record<string, string[]>) {
  const calls: string[][] = [];
  const search = {
    multiSearch: async (_index: string, requests: SearchRequest[]): Promise<SearchResponse<{ id: string }>[]> => {
      calls.push(requests.map((r) => r.q));
      return requests.map((r) => ({
        hits: (hits[r.q] ?? []).map((id) => ({ document: { id } })),
        total: hits[r.q]?.length ?? 0,
        facets: {},
        processingTimeMs: 0,
      }));
    },
  } as unknown as SearchIndex;
  return { search, calls };
}

describe('gatherCandidates', () => {
  const hits = { 电池: ['a', 'b', 'c'], 正极: ['b', 'd'], 材料: ['e', 'a'], 包覆: ['f'], 改性: ['c', 'g'] };
  const queries = Object.keys(hits);

  it('unites the hits in the order of their best rank, the same however the queries are spread', async () => {
    const one = engine(hits);
    const pool = await gatherCandidates(one.search, 'achievements', queries, { perQuery: 20 });
    expect(pool).toEqual(['a', 'b', 'c', 'e', 'f', 'd', 'g']);
    expect(one.calls).toHaveLength(1);
    for (const requests of [2, 3, 5, 9]) {
      const spread = engine(hits);
      expect(await gatherCandidates(spread.search, 'achievements', queries, { perQuery: 20, requests })).toEqual(pool);
      expect(spread.calls.flat()).toEqual(queries);
      expect(spread.calls).toHaveLength(Math.min(requests, queries.length));
    }
  });
});
