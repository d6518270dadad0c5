import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, ResourceFacts } from '../../shared/auth/index.js';
import type { ListingKind } from './listing.types.js';
import { ListingRepository } from './listing.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/**
 * Facts of listings for the authorisation guard: owner, region and the states the read rules
 * name (`published`, `published-public` for what anonymous visitors may see, `closed`), and
 * whether the caller's organisation applied to a challenge (`applicant`).
 */
@Injectable()
export class ListingFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly listings: ListingRepository,
  ) {}

  async listing(kind: ListingKind, id: string, caller: Caller | undefined): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.listings.facts(this.ds.manager, kind, id, kind === 'challenge' ? caller?.orgId : undefined);
    if (!row) return null;
    const states: string[] = [row.status];
    if (row.status === 'published')
      states.push(row.audience === 'verified' ? 'published-verified' : 'published-public');
    return {
      orgs: { owner: row.org_id, applicant: row.applied && caller ? caller.orgId : null },
      regions: { home: row.region_code },
      states,
    };
  }
}
