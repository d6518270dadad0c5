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
  /** The environment the app was started with. */
  env: Env;
  close(): Promise<void>;
}

/** The real api (all modules, real PostgreSQL and Meilisearch) on a fresh database. */
export async function createTestApp(overrides: Env | ((db: TestDatabase) => Env) = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  // Stored files (contract attachments) of this app only, removed with it; a test may name its own folder.
  const storage = mkdtempSync(join(tmpdir(), 'tm-files-'));
  const env = { ...db.env, STORAGE_DIR: storage, ...(typeof overrides === 'function' ? overrides(db) : overrides) };
  const app = await startApp(env);
  return {
    app,
    http: app.getHttpServer() as App,
    db,
    env,
    close: async () => {
      await app.close();
      await db.drop();
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

/**
 * A second api on the database, index prefix and files of `t`, as another replica of the market
 * would run: its own Nest app and memory, the same data. Closing it leaves them to `t`.
 */
export async function createPeerApp(t: TestApp): Promise<TestApp> {
  const app = await startApp(t.env);
  return { app, http: app.getHttpServer() as App, db: t.db, env: t.env, close: () => app.close() };
}

async function startApp(env: Env): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(env)] }).compile();
  const logger = createPinoLogger('silent', 'api-test');
  const app = moduleRef.createNestApplication({ logger: new PinoNestLogger(logger) });
  configureApp(app, logger);
  await app.init();
  return app;
}
