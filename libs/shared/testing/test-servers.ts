import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { processEnv, type Env } from '../config/index.js';

export const TEMPLATE_DB = 'tm_template';

export interface TestServers {
  pgServerUrl: string;
  meiliUrl: string;
  meiliKey: string;
  root: string;
}

/** The servers the jest global setup started (see test/global-setup.ts). */
export function testServers(): TestServers {
  const env = processEnv();
  const { TEST_PG_SERVER_URL, TEST_MEILI_URL, TEST_MEILI_KEY, TEST_ROOT } = env;
  if (!TEST_PG_SERVER_URL || !TEST_MEILI_URL || !TEST_MEILI_KEY || !TEST_ROOT) {
    throw new Error('test servers are not running: run the tests through `npm test` (jest global setup)');
  }
  return { pgServerUrl: TEST_PG_SERVER_URL, meiliUrl: TEST_MEILI_URL, meiliKey: TEST_MEILI_KEY, root: TEST_ROOT };
}

export interface TestDatabase {
  name: string;
  url: string;
  /** Index prefix of this test file, so files never see each other's documents. */
  indexPrefix: string;
  /** Env for ConfigModule.forRoot / AppModule.forRoot pointing at this database and index prefix. */
  env: Env;
  drop(): Promise<void>;
}

/** A fresh database copied from the migrated template, with its own index prefix. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const s = testServers();
  const id = randomBytes(5).toString('hex');
  const name = `t_${id}`;
  const admin = new pg.Client({ connectionString: `${s.pgServerUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = `${s.pgServerUrl}/${name}`;
  const indexPrefix = `t${id}_`;
  return {
    name,
    url,
    indexPrefix,
    env: {
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: '5',
      MEILI_URL: s.meiliUrl,
      MEILI_MASTER_KEY: s.meiliKey,
      SEARCH_INDEX_PREFIX: indexPrefix,
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // A test starts many small apps: matching's term analysis on the calling thread, not on a
      // thread of its own that loads the dictionary again for each app. The thread path has its
      // int-spec (match-terms), and the multi-process test runs the worker as deployed.
      SEARCH_INDEX_ANALYSIS_THREADS: '0',
    },
    drop: async () => {
      const c = new pg.Client({ connectionString: `${s.pgServerUrl}/postgres` });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
