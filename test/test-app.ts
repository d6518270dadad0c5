import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { AppModule } from '../apps/api/src/app.module.js';
import { configureApp } from '../apps/api/src/configure-app.js';
import type { Env } from '../libs/shared/config/index.js';
import { createPinoLogger, PinoNestLogger } from '../libs/shared/logging/index.js';
import { createTestDatabase, type TestDatabase } from '../libs/shared/testing/index.js';

export interface TestApp {
  app: INestApplication;
  http: App;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real api (all modules, real PostgreSQL and Meilisearch) on a fresh database. */
export async function createTestApp(overrides: Env = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  // Stored files (contract attachments) of this app only, removed with it; a test may name its own folder.
  const storage = mkdtempSync(join(tmpdir(), 'tm-files-'));
  const app = await apiOn({ ...db.env, STORAGE_DIR: storage, ...overrides });
  return {
    app,
    http: app.getHttpServer() as App,
    db,
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

/**
 * One more api on the database of `t` (another "process" in all but the pid: its own pool,
 * listeners and sockets; nothing in memory shared with the first but the code).
 */
export async function createSecondApi(t: TestApp): Promise<INestApplication> {
  return apiOn({ ...t.db.env, STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tm-files-')) });
}

async function apiOn(env: Env): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(env)] }).compile();
  const logger = createPinoLogger('silent', 'api-test');
  const app = moduleRef.createNestApplication({ logger: new PinoNestLogger(logger) });
  configureApp(app, logger);
  await app.init();
  return app;
}
