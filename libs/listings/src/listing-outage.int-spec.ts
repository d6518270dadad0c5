import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { JobRunner, JobsModule } from '../../shared/jobs/index.js';
import { SearchModule } from '../../search/src/index.js';
import { freePort, startEmbeddedMeilisearch, type RunningMeilisearch } from '../../shared/embedded/index.js';
import { useTestModule } from '../../shared/testing/index.js';
import { ListingSearchService } from './listing-search.service.js';
import { ListingsModule } from './listings.module.js';
import { ListingsService } from './listings.service.js';
import { createOrgPrincipal, needInput } from './testing/listing.factory.js';

/**
 * Meilisearch down while listings are published: writes succeed, the indexer backs off, and the
 * index catches up once the engine is back. Uses its own Meilisearch so the shared one is not
 * disturbed.
 */
describe('search indexing across a Meilisearch outage', () => {
  let dir: string;
  let port: number;
  let meili: RunningMeilisearch;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tm-outage-'));
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir: dir, port, portVariable: 'a free port' });
  });
  const mod = useTestModule([JobsModule, SearchModule, ListingsModule], {
    env: () => ({
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      JOBS_BACKOFF_BASE_MS: '50',
      JOBS_BACKOFF_MAX_MS: '400',
    }),
  });
  afterAll(async () => {
    await meili?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes while the engine is down and becomes findable after restart, no row lost or applied twice', async () => {
    const listings = mod.get(ListingsService);
    const search = mod.get(ListingSearchService);
    const jobs = mod.get(JobRunner);
    const ds = mod.get(DataSource);
    await createOrgPrincipal(ds, { type: 'bureau', regionCode: '210600', reviewListings: false });
    const owner = await createOrgPrincipal(ds, { type: 'enterprise', regionCode: '210602' });

    const before = await listings.create('need', owner, needInput({ description: '停机前发布 辛未停机' }));
    await listings.submit('need', before.id, owner, before.version);
    await jobs.drainUntilIdle();

    await meili.stop();
    const draft = await listings.create('need', owner, needInput({ description: '停机期间发布 壬申停机' }));
    const published = await listings.submit('need', draft.id, owner, draft.version);
    expect(published.status).toBe('published');
    // The event reaches the indexer (the only subscriber in this module), whose batch fails.
    expect(await jobs.drainOnce()).toEqual({ fannedOut: 1, claimed: 1, done: 0, failed: 1 });
    const [pending] = await ds.query(
      `SELECT attempts, last_error, done_at FROM job WHERE queue = 'listings.search-index' AND key = $1`,
      [`need:${draft.id}`],
    );
    expect(pending.attempts).toBe(1);
    expect(pending.done_at).toBeNull();
    expect(pending.last_error).toEqual(expect.any(String));

    meili = await startEmbeddedMeilisearch({ dataDir: dir, port, portVariable: 'a free port' });
    let ids: string[] = [];
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      await jobs.drainOnce();
      ids = (await search.find('need', { q: '壬申停机', page: 1, pageSize: 10 }, undefined)).items.map((i) => i.id);
      if (ids.includes(draft.id)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(ids).toEqual([draft.id]);

    const rows: { key: string; done_at: Date | null; attempts: number }[] = await ds.query(
      `SELECT key, done_at, attempts FROM job WHERE queue = 'listings.search-index' ORDER BY id`,
    );
    expect(rows.map((r) => r.key)).toEqual([`need:${before.id}`, `need:${draft.id}`]);
    expect(rows.every((r) => r.done_at !== null)).toBe(true);
    expect(rows[0]!.attempts).toBe(1);
    const all = await search.find('need', { page: 1, pageSize: 10 }, undefined);
    expect(all.items.map((i) => i.id).sort()).toEqual([before.id, draft.id].sort());
    expect(all.items.find((i) => i.id === draft.id)!.version).toBe(published.version);
  });
});
