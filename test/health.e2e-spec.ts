import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { freePort, startEmbeddedMeilisearch, type RunningMeilisearch } from '../libs/shared/embedded/index.js';
import { testServers } from '../libs/shared/testing/index.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('health when Meilisearch goes down (e2e)', () => {
  let meili: RunningMeilisearch;
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    // A Meilisearch of this file's own, so stopping it disturbs no other test file.
    dir = mkdtempSync(join(testServers().root, 'health-meili-'));
    chmodSync(dir, 0o755);
    meili = await startEmbeddedMeilisearch({ dataDir: dir, port: await freePort() });
    t = await createTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 naming search as down while other endpoints keep answering', async () => {
    expect((await request(t.http).get('/api/health')).status).toBe(200);
    await meili.stop();
    const res = await request(t.http).get('/api/health').expect(503);
    expect(res.body.status).toBe('down');
    expect(res.body.components.database.status).toBe('up');
    expect(res.body.components.search.status).toBe('down');
    const regions = await request(t.http).get('/api/regions/532623').expect(200);
    expect(regions.body.name).toBe('西畴县');
  });
});
