import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { DealRepository } from './deal.repository.js';
import { isUuid } from '../../shared/validation/index.js';

export interface DealPartyFacts {
  org_id: string;
  region_code: string;
  status: string;
}

/** A deal's broker, parties and their regions as the policy table names them. */
export function dealFacts(
  deal: { broker_user_id: string; broker_org_id: string },
  parties: readonly DealPartyFacts[],
): ResourceFacts {
  return {
    users: { broker: deal.broker_user_id },
    orgs: {
      broker: deal.broker_org_id,
      party: parties.map((p) => p.org_id),
      acceptedParty: parties.filter((p) => p.status === 'accepted').map((p) => p.org_id),
    },
    regions: { party: parties.map((p) => p.region_code) },
  };
}

/** Facts of deals for the authorisation guard (plain reads, no locks). */
@Injectable()
export class DealFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly deals: DealRepository,
  ) {}

  async deal(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const deal = await this.deals.find(this.ds.manager, id);
    if (!deal) return null;
    return dealFacts(deal, await this.deals.parties(this.ds.manager, id));
  }
}
