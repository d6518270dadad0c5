import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { ImportJobRepository } from './import-job.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/** Facts of import jobs for the authorisation guard: the region the job writes into (none: a national job of the platform). */
@Injectable()
export class ImportFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: ImportJobRepository,
  ) {}

  async job(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.jobs.region(this.ds.manager, id);
    return row ? { regions: { scope: row.region_code } } : null;
  }
}
