import 'reflect-metadata';
import { chmodSync, createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { creditCodeCheckChar } from '../libs/identity/src/index.js';
import { queueImportPass } from '../libs/imports/src/index.js';
import { ConfigModule, processEnv, type Env } from '../libs/shared/config/index.js';
import { DiskFileStore } from '../libs/shared/storage/index.js';
import { DatabaseModule, openDataSource, runMigrations } from '../libs/shared/database/index.js';
import {
  ensureDatabase,
  freePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type RunningMeilisearch,
} from '../libs/shared/embedded/index.js';
import { loadReferenceData } from '../seeds/load-reference.js';

/**
 * What every benchmark and evaluation script sets up the same way: its own embedded servers in a
 * temporary directory (nothing of .data/ touched), a migrated `bench` database holding the
 * reference data, the libs under test in a Nest context (or the whole api), and the figures'
 * formatting.
 */

export const out = (line: string) => process.stdout.write(`${line}\n`);
export const mb = (bytes: number, digits = 0) => `${(bytes / 1024 / 1024).toFixed(digits)} MB`;

export interface BenchServers {
  root: string;
  /** The `bench` database: migrated, reference data loaded. */
  url: string;
  meili?: RunningMeilisearch;
  /** Stops the servers and deletes the directory (kept when it was given). */
  stop(): Promise<void>;
}

/**
 * Embedded PostgreSQL (and Meilisearch when asked) in a fresh temporary directory, or in
 * `keepDir`, whose database then outlives the run (the next run finds it loaded).
 */
export async function benchServers(opts: { prefix: string; keepDir?: string; meili?: boolean }): Promise<BenchServers> {
  const root = opts.keepDir ?? mkdtempSync(join(tmpdir(), opts.prefix));
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({
      dataDir: join(root, 'pg'),
      port: await freePort(),
      persistent: opts.keepDir !== undefined,
      portVariable: 'a free port',
    }),
    opts.meili
      ? startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), port: await freePort(), portVariable: 'a free port' })
      : undefined,
  ]);
  const stop = async () => {
    await Promise.allSettled([meili?.stop(), pg.stop()]);
    if (!opts.keepDir) rmSync(root, { recursive: true, force: true });
  };
  try {
    await ensureDatabase(pg.serverUrl, 'bench');
    const url = pg.urlFor('bench');
    await runMigrations(url);
    const ds = await openDataSource(url);
    await loadReferenceData(ds);
    await ds.destroy();
    return { root, url, meili, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Runs `work` on fresh servers and stops them afterwards, whatever happens. */
export async function withBenchServers<T>(
  opts: Parameters<typeof benchServers>[0],
  work: (s: BenchServers) => Promise<T>,
): Promise<T> {
  const servers = await benchServers(opts);
  try {
    return await work(servers);
  } finally {
    await servers.stop();
  }
}

@Module({})
class BenchModule {}

/**
 * The given libs in a Nest application context on `env.DATABASE_URL`. Search and auth are not
 * used by the benchmarks that run without the api: their config only has to validate.
 */
export function benchContext(env: Env, imports: (Type | DynamicModule)[]) {
  return NestFactory.createApplicationContext(
    {
      module: BenchModule,
      imports: [
        ConfigModule.forRoot({
          MEILI_URL: 'http://127.0.0.1:7700',
          MEILI_MASTER_KEY: 'bench-unused-bench-unused',
          JWT_SECRET: 'bench-unused-bench-unused-bench-unused-0123',
          LOG_LEVEL: 'silent',
          NODE_ENV: 'production',
          ...env,
        }),
        DatabaseModule,
        ...imports,
      ],
    },
    { logger: false, abortOnError: false },
  );
}

/**
 * The whole api (not listening) on a database and a Meilisearch, logging nothing. Imported when
 * called, so that the processes that run only some libs (an import job's) do not load it.
 */
export async function benchApi(opts: {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  indexPrefix: string;
  poolSize: number;
  /** Also the HTTP set-up of main.ts (limits, logging), for a benchmark that sends requests. */
  http?: boolean;
}): Promise<INestApplication> {
  const env = {
    DATABASE_URL: opts.databaseUrl,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    MEILI_URL: opts.meiliUrl,
    MEILI_MASTER_KEY: opts.meiliKey,
    SEARCH_INDEX_PREFIX: opts.indexPrefix,
    JWT_SECRET: `bench-${randomUUID()}`,
    LOG_LEVEL: 'silent',
    // The search relay's settings as configured (e.g. SEARCH_INDEX_ANALYSIS_THREADS=0 to compare).
    ...Object.fromEntries(
      Object.entries(processEnv()).filter(([k]) => k.startsWith('SEARCH_INDEX_') && k !== 'SEARCH_INDEX_PREFIX'),
    ),
  };
  const [{ Test }, { AppModule }, { configureApp }, { createPinoLogger, PinoNestLogger }] = await Promise.all([
    import('@nestjs/testing'),
    import('../apps/api/src/app.module.js'),
    import('../apps/api/src/configure-app.js'),
    import('../libs/shared/logging/index.js'),
  ]);
  const mod = await Test.createTestingModule({ imports: [AppModule.forRoot(env)] }).compile();
  const logger = createPinoLogger('silent', 'bench');
  const app = mod.createNestApplication({ logger: new PinoNestLogger(logger) });
  if (opts.http) configureApp(app, logger);
  await app.init();
  return app;
}

/** A valid 统一社会信用代码 for bench organisation number `serial` (淮北). */
export function benchCreditCode(serial: number): string {
  const body = `12340600${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
}

/** The verified 淮北 bureau and staff user that own the benchmarks' import jobs. */
export async function benchBureau(ds: DataSource): Promise<{ orgId: string; userId: string }> {
  const [bureau] = await ds.query(
    `INSERT INTO organization (type, name, credit_code, region_code, verification_status) VALUES ('bureau', '淮北市科学技术局（基准）', $1, '340600', 'verified') RETURNING id`,
    [benchCreditCode(2)],
  );
  const [user] = await ds.query(
    `INSERT INTO app_user (org_id, email, display_name, password_hash, roles) VALUES ($1, 'bench@example.cn', '基准', 'x', '{bureau_staff}') RETURNING id`,
    [bureau.id],
  );
  return { orgId: bureau.id, userId: user.id };
}

/**
 * An import job of `file`, queued for its dry run (with its pass's job) as if uploaded by the
 * bench bureau: the file is put into the import store on `importDir` as an upload would be.
 */
export async function queueImportJob(
  ds: DataSource,
  owner: { orgId: string; userId: string },
  job: { kind: string; format: 'xlsx' | 'csv'; name: string; path: string },
  importDir: string,
): Promise<string> {
  const id = randomUUID();
  const stored = await new DiskFileStore(importDir).put(createReadStream(job.path));
  await ds.transaction(async (em) => {
    await em.query(
      `INSERT INTO import_job (id, kind, format, encoding, file_name, file_key, file_size, file_sha256, org_id, created_by, region_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '340600')`,
      [
        id,
        job.kind,
        job.format,
        job.format === 'csv' ? 'utf-8' : null,
        job.name.slice(0, 200),
        stored.key,
        stored.size,
        stored.sha256,
        owner.orgId,
        owner.userId,
      ],
    );
    await queueImportPass(em, id);
  });
  return id;
}

/** Runs a script's main and exits 1 with the stack when it fails. */
export function runBench(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
