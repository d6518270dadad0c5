import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { AuctionLotRepository } from './auction-lot.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/**
 * A lot as the policy table names it: its seller organisation, its home region (the seller's,
 * for the supervising bureaus) and its status, plus `listed` once it was ever published (the
 * public may read it from then on, withdrawn and closed lots included).
 */
@Injectable()
export class AuctionFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly lots: AuctionLotRepository,
  ) {}

  async lot(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.lots.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { seller: row.seller_org_id },
      regions: { home: row.seller_region_code },
      states: row.status === 'draft' ? ['draft'] : [row.status, 'listed'],
    };
  }
}
