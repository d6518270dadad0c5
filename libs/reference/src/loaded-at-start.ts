import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceRepository } from './reference.repository.js';

/**
 * Reference tables are loaded by the seed step before the api and worker start and are a few
 * thousand rows at most, so a service reads its tables once at start and answers from memory (no
 * query, hence safe inside a transaction); `reload` reads them again after reference data was
 * reloaded.
 */
@Injectable()
export abstract class LoadedAtStart implements OnModuleInit {
  constructor(
    protected readonly ds: DataSource,
    protected readonly repo: ReferenceRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  abstract reload(): Promise<void>;
}
