import { DataSource } from 'typeorm';
import { JobRunner, JobsModule } from '../../shared/jobs/index.js';
import { SearchModule } from '../../search/src/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { SEARCH_INDEX_QUEUE } from './listing-indexer.js';
import type { ListingDocument } from './listing-mapping.js';
import { ListingReader } from './listing-reader.js';
import { ListingSearchService } from './listing-search.service.js';
import { ListingsModule } from './listings.module.js';
import { ListingsService } from './listings.service.js';
import { createOrgPrincipal, needInput } from './testing/listing.factory.js';

/**
 * Order and idempotence of the search relay with batches in flight: a state read before a newer
 * one is never written after it (a runner whose lease ran out while it held the older state
 * loses its batch), and a withdrawal wins over an edit being indexed at the same time.
 */
describe('search indexing order', () => {
  const mod = useTestModule([JobsModule, SearchModule, ListingsModule], {
    env: () => ({ JOBS_LEASE_MS: '1000' }),
  });

  /** The next read of published documents: held until `release()`, answering what it read then. */
  function holdNextRead() {
    const reader = mod.get(ListingReader);
    const real = reader.publishedDocuments.bind(reader);
    let release!: () => void;
    let readDone!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = new Promise<void>((r) => (readDone = r));
    const restore = () => (reader.publishedDocuments = real);
    reader.publishedDocuments = async (...args) => {
      restore();
      const docs: ListingDocument[] = await real(...args);
      readDone();
      await gate;
      return docs;
    };
    return { read, release };
  }

  async function publishedNeed(owner: Principal, word: string) {
    const listings = mod.get(ListingsService);
    const draft = await listings.create('need', owner, needInput({ description: `检索顺序测试 ${word}` }));
    const published = await listings.submit('need', draft.id, owner, draft.version);
    await mod.get(JobRunner).drainUntilIdle();
    return published;
  }

  const found = async (word: string) =>
    (await mod.get(ListingSearchService).find('need', { q: word, page: 1, pageSize: 10 }, undefined)).items;

  async function owner(): Promise<Principal> {
    const ds = mod.get(DataSource);
    await createOrgPrincipal(ds, { type: 'bureau', regionCode: '210600', reviewListings: false });
    return createOrgPrincipal(ds, { type: 'enterprise', regionCode: '210602' });
  }

  it('never writes a state read before a newer one after it: the runner that lost its lease drops its batch', async () => {
    const listings = mod.get(ListingsService);
    const jobs = mod.get(JobRunner);
    const who = await owner();
    const need = await publishedNeed(who, '癸酉顺序');

    const v1 = await listings.update('need', need.id, who, need.version, { title: '旧标题癸酉' });
    await jobs.drainUntilIdle({ queues: [], fanOut: true });
    // Runner A claims the edit's job and reads the listing at v1, then stalls past its lease.
    const held = holdNextRead();
    const stalled = jobs.drainOnce({ queues: [SEARCH_INDEX_QUEUE] });
    await held.read;
    const v2 = await listings.update('need', need.id, who, v1.version, { title: '新标题癸酉' });
    await new Promise((r) => setTimeout(r, 1500));
    // Runner B takes the job over and indexes v2 (and the second edit's job after it).
    await jobs.drainUntilIdle({ queues: [SEARCH_INDEX_QUEUE], fanOut: true });
    expect((await found('癸酉顺序')).map((i) => [i.title, i.version])).toEqual([['新标题癸酉', v2.version]]);

    held.release();
    expect(await stalled).toMatchObject({ claimed: 1, done: 1 });
    // Not even for a moment: A's write was never queued.
    expect((await found('癸酉顺序')).map((i) => [i.title, i.version])).toEqual([['新标题癸酉', v2.version]]);
    await jobs.drainUntilIdle();
    expect((await found('癸酉顺序')).map((i) => [i.title, i.version])).toEqual([['新标题癸酉', v2.version]]);
    const [job] = await mod
      .get(DataSource)
      .query(`SELECT attempts, done_at FROM job WHERE queue = $1 AND key = $2 ORDER BY id DESC LIMIT 1`, [
        SEARCH_INDEX_QUEUE,
        `need:${need.id}`,
      ]);
    expect(job.done_at).not.toBeNull();
  });

  it('lets a withdrawal win over an edit that is being indexed at the same time', async () => {
    const listings = mod.get(ListingsService);
    const jobs = mod.get(JobRunner);
    const who = await owner();
    const need = await publishedNeed(who, '甲戌撤回');
    expect(await found('甲戌撤回')).toHaveLength(1);

    const edited = await listings.update('need', need.id, who, need.version, { title: '撤回前的修改甲戌' });
    await jobs.drainUntilIdle({ queues: [], fanOut: true });
    const held = holdNextRead();
    const indexing = jobs.drainOnce({ queues: [SEARCH_INDEX_QUEUE] });
    await held.read;
    // The withdrawal commits while the edit's batch (which read it published) is in flight.
    await listings.withdraw('need', need.id, who, edited.version);
    held.release();
    expect(await indexing).toMatchObject({ claimed: 1, done: 1 });
    await jobs.drainUntilIdle();
    expect(await found('甲戌撤回')).toEqual([]);
    expect(await found('撤回前的修改甲戌')).toEqual([]);
  });
});
