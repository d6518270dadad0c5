import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { ListingIndexer, ListingsModule } from '../libs/listings/src/index.js';
import { MatchingModule } from '../libs/matching/src/index.js';
import { JobsModule } from '../libs/shared/jobs/index.js';
import { SearchModule } from '../libs/search/src/index.js';
import { ConfigError, ConfigModule } from '../libs/shared/config/index.js';
import { DatabaseModule } from '../libs/shared/database/index.js';
import { marketEnv } from './market-env.js';

/**
 * `npm run search:reindex`: rebuilds every listing index into a new index and swaps it in, so
 * searches keep working throughout, and brings matching's stored terms and statistics up to date
 * beside it. Listings changed during the build are queued for the indexer again (the worker
 * applies them). Uses DATABASE_URL/MEILI_URL, or the servers of `npm start`.
 */
try {
  // MatchingModule registers the indexer's hook that keeps matching's term statistics beside the index.
  @Module({
    imports: [
      ConfigModule.forRoot(marketEnv()),
      DatabaseModule,
      JobsModule,
      SearchModule,
      ListingsModule,
      MatchingModule,
    ],
  })
  class ReindexModule {}
  const app = await NestFactory.createApplicationContext(ReindexModule, { logger: ['error', 'warn'] });
  try {
    const started = Date.now();
    const counts = await app.get(ListingIndexer).reindexAll((line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`reindexed ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await app.close();
  }
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(1);
}
