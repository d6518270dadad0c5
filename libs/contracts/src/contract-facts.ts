import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { ContractRepository } from './contract.repository.js';
import type { ContractParties } from './contract.row.js';
import { PricePublicationRepository } from './price-publication.repository.js';
import { isUuid } from '../../shared/validation/index.js';

export type { ContractParties };

/** A contract's parties and regions as the policy table names them (seller, buyer, intermediary, author). */
export function contractFacts(c: ContractParties): ResourceFacts {
  return {
    orgs: {
      seller: c.seller_org_id,
      buyer: c.buyer_org_id,
      intermediary: c.intermediary_org_id,
      author: c.created_by_org_id,
    },
    regions: { seller: c.seller_region_code, buyer: c.buyer_region_code },
  };
}

/** Facts of contracts and price publications for the authorisation guard (plain reads, no locks). */
@Injectable()
export class ContractFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly contracts: ContractRepository,
    private readonly publications: PricePublicationRepository,
  ) {}

  async contract(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.contracts.parties(this.ds.manager, id);
    return row ? contractFacts(row) : null;
  }

  async publication(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.publications.contractParties(this.ds.manager, id);
    return row ? contractFacts(row) : null;
  }
}
