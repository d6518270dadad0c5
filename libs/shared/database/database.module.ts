import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/index.js';
import { enforceConnectionDiscipline } from './connection-discipline.js';
import { baseDataSourceOptions } from './data-source.js';
import { DatabaseHealth } from './database.health.js';
import { ReadDatabase } from './read-database.js';

/**
 * TypeORM connection, configured lazily (forRootAsync) because ESM hoists imports: the
 * options are read only when Nest builds the module, after config is validated. Global, like
 * the DataSource it provides: every lib's services may take ReadDatabase.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DatabaseConfig],
      useFactory: (cfg: DatabaseConfig) => ({
        ...baseDataSourceOptions(cfg.url, cfg.poolSize, cfg.limits),
        autoLoadEntities: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options) => {
        const ds = new DataSource(options!);
        enforceConnectionDiscipline(ds);
        return ds.initialize();
      },
    }),
  ],
  providers: [DatabaseHealth, ReadDatabase],
  exports: [DatabaseHealth, ReadDatabase],
})
export class DatabaseModule {}
