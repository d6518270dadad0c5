import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { isUuid } from '../../shared/validation/index.js';
import { RoadshowRepository } from './roadshow.repository.js';

/**
 * A roadshow as the policy table names it: its organiser, its home region (the organiser's, for
 * the bureaus that count it) and its status, plus `listed` once published (public from then on,
 * cancelled ones included).
 */
@Injectable()
export class RoadshowFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RoadshowRepository,
  ) {}

  async roadshow(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.repo.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { organiser: row.organiser_org_id },
      regions: { home: row.region_code },
      states: row.status === 'draft' ? ['draft'] : [row.status, 'listed'],
    };
  }
}
