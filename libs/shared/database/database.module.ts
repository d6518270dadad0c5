import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConfig } from '../config/index.js';
import { baseDataSourceOptions } from './data-source.js';
import { DatabaseHealth } from './database.health.js';

/**
 * TypeORM connection, configured lazily (forRootAsync) because ESM hoists imports: the
 * options are read only when Nest builds the module, after config is validated.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DatabaseConfig],
      useFactory: (cfg: DatabaseConfig) => ({
        ...baseDataSourceOptions(cfg.url, cfg.poolSize),
        autoLoadEntities: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [DatabaseHealth],
  exports: [DatabaseHealth],
})
export class DatabaseModule {}
