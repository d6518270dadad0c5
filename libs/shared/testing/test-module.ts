import type { Abstract, DynamicModule, Provider, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, type Env } from '../config/index.js';
import { DatabaseModule } from '../database/index.js';
import { createTestDatabase, type TestDatabase } from './test-servers.js';

export interface TestModuleOptions {
  /** Settings over the test database's env, read when the module starts (after earlier beforeAll hooks). */
  env?: () => Env;
  /** Without DatabaseModule, for an adapter that needs only config (default true). */
  database?: boolean;
  providers?: Provider[];
  /** Run onModuleInit hooks (default true); false keeps pollers that start there idle. */
  init?: boolean;
  /** Runs before the module closes, while it still answers (dropping the file's search indexes). */
  beforeClose?: (module: TestingModule) => Promise<unknown>;
}

export interface TestModuleHandle {
  /** The fresh database of this spec file; available from its first beforeAll on. */
  readonly db: TestDatabase;
  /** A provider of the started module. */
  get<T>(token: Type<T> | Abstract<T> | string | symbol): T;
}

/**
 * The lib modules of an integration spec on a fresh test database: registers the beforeAll that
 * starts ConfigModule (on that database), DatabaseModule and `imports`, and the afterAll that
 * closes them and drops the database. Call it in the describe body before the hooks that use it.
 */
export function useTestModule(imports: (Type | DynamicModule)[], options: TestModuleOptions = {}): TestModuleHandle {
  let db: TestDatabase | undefined;
  let mod: TestingModule | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { ...db.env, ...options.env?.() };
    const base = options.database === false ? [ConfigModule.forRoot(env)] : [ConfigModule.forRoot(env), DatabaseModule];
    mod = await Test.createTestingModule({ imports: [...base, ...imports], providers: options.providers }).compile();
    if (options.init !== false) await mod.init();
  });
  afterAll(async () => {
    if (mod) await options.beforeClose?.(mod);
    await mod?.close();
    await db?.drop();
  });
  return {
    get db(): TestDatabase {
      if (!db) throw new Error('the test database exists once beforeAll has run');
      return db;
    },
    get: <T>(token: Type<T> | Abstract<T> | string | symbol): T => {
      if (!mod) throw new Error('the test module exists once beforeAll has run');
      return mod.get<T>(token);
    },
  };
}
