import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SearchModule } from '../../libs/search/src/index.js';
import { ConfigModule, processEnv } from '../../libs/shared/config/index.js';
import { DatabaseModule } from '../../libs/shared/database/index.js';
import { JobsModule } from '../../libs/shared/jobs/index.js';

@Module({})
class DemoLoaderModule {}

/**
 * A Nest application context on the demo database for a loader that writes through the services
 * (so rules, audit rows and events are real): the database, the job queue and the search port
 * (the listings' providers take both, though a loader indexes nothing) and the loader's own
 * `modules`. Every config namespace is validated at start; search and token settings are never
 * used by a loader, so placeholders stand in when unset.
 */
export function demoContext(url: string, modules: (Type | DynamicModule)[]): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    {
      module: DemoLoaderModule,
      imports: [
        ConfigModule.forRoot({
          MEILI_URL: 'http://127.0.0.1:7700',
          MEILI_MASTER_KEY: 'demo-loader-does-not-search-0123456789',
          JWT_SECRET: 'demo-loader-never-signs-tokens-0123456789-0123456789',
          ...processEnv(),
          DATABASE_URL: url,
          DATABASE_POOL_SIZE: '4',
        }),
        DatabaseModule,
        JobsModule,
        SearchModule,
        ...modules,
      ],
    },
    { logger: false, abortOnError: false },
  );
}
