import { useTestModule } from '../../shared/testing/index.js';
import { MeilisearchIndex } from './meilisearch.index.js';
import type { SearchIndex } from './search-index.port.js';

/** The adapter over the real engine, through the keep-alive transport. */
describe('MeilisearchIndex (real Meilisearch)', () => {
  const lib = useTestModule([], {
    database: false,
    providers: [MeilisearchIndex],
    beforeClose: (m) => m.get(MeilisearchIndex).dropAll(),
  });
  let search: SearchIndex;

  beforeAll(() => {
    search = lib.get(MeilisearchIndex);
  });

  it('answers an empty result, not an error, for an index nothing was published into yet', async () => {
    // The client wraps transport errors; index_not_found must still be recognised.
    const res = await search.search('never_created', { q: '不存在的词语组合', limit: 10, offset: 0 });
    expect(res.total).toBe(0);
    expect(res.hits).toEqual([]);
    const multi = await search.multiSearch('never_created', [{ q: '甲', limit: 5, offset: 0 }]);
    expect(multi).toHaveLength(1);
    expect(multi[0].total).toBe(0);
  });

  it('finds a document it indexed', async () => {
    await search.ensureIndex('probe', {
      primaryKey: 'id',
      searchableAttributes: ['title'],
      filterableAttributes: [],
      sortableAttributes: [],
      localizedChinese: true,
    });
    await search.upsert('probe', [{ id: 'a1', title: '锂电池正极材料' }]);
    const res = await search.search<{ id: string }>('probe', { q: '正极材料', limit: 10, offset: 0 });
    expect(res.hits.map((h) => h.document.id)).toEqual(['a1']);
    expect(await search.documentCount('probe')).toBe(1);
    expect(await search.documentCount('never_created')).toBe(0);
  });
});
