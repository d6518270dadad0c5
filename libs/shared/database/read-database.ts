import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseConfig } from '../config/index.js';
import { enforceConnectionDiscipline } from './connection-discipline.js';
import { baseDataSourceOptions } from './data-source.js';

/**
 * Where reads that tolerate a replica's lag go: statistics and their exports. With
 * DATABASE_READ_URL set they run on a pool of their own against that server (a streaming
 * replica: same data, seconds behind), so a bureau's million-row export or a province's
 * dashboard never competes with the market's writes for the primary's connections or CPU.
 * Unset, it is the primary DataSource. Never used for anything a caller has just written and
 * expects to read back, nor inside a transaction of the primary.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnModuleDestroy {
  private replica: DataSource | undefined;

  constructor(
    private readonly primary: DataSource,
    private readonly cfg: DatabaseConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.cfg.readUrl) return;
    const options = baseDataSourceOptions(this.cfg.readUrl, this.cfg.readPoolSize, this.cfg.limits);
    // its own application_name: the replica's sessions are told apart in pg_stat_activity
    const replica = new DataSource({
      ...options,
      migrations: [],
      extra: { ...(options.extra as object), application_name: 'techmarket-read' },
    } as typeof options);
    enforceConnectionDiscipline(replica);
    this.replica = await replica.initialize();
  }

  async onModuleDestroy(): Promise<void> {
    await this.replica?.destroy();
  }

  get manager(): EntityManager {
    return (this.replica ?? this.primary).manager;
  }

  /** For a reader that opens its own connection (the XLSX export's worker thread). */
  get url(): string {
    return this.cfg.readUrl ?? this.cfg.url;
  }
}
