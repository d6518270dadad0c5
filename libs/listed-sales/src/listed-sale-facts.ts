import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { isUuid } from '../../shared/validation/index.js';
import { ListedSaleRepository } from './listed-sale.repository.js';

/** A 挂牌 listing as the policy table names it: its seller, its home region (the seller's), its status; public from its first day. */
@Injectable()
export class ListedSaleFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ListedSaleRepository,
  ) {}

  async listing(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.repo.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { seller: row.seller_org_id },
      regions: { home: row.seller_region_code },
      states: [row.status, 'listed'],
    };
  }
}
