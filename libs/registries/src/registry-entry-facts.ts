import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { isUuid } from '../../shared/validation/index.js';
import { RegistryEntryRepository } from './registry-entry.repository.js';

/** A registry entry as the policy table names it: its region (home) and whether it still counts. */
@Injectable()
export class RegistryEntryFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RegistryEntryRepository,
  ) {}

  async entry(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.repo.find(this.ds.manager, id);
    return row ? { regions: { home: row.region_code }, states: [row.withdrawn_at ? 'withdrawn' : 'counting'] } : null;
  }
}
