import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ContractParties {
  seller_org_id: string;
  buyer_org_id: string | null;
  intermediary_org_id: string | null;
  created_by_org_id: string | null;
  seller_region_code: string;
  buyer_region_code: string;
}

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

const PARTY_COLUMNS =
  'c.seller_org_id, c.buyer_org_id, c.intermediary_org_id, c.created_by_org_id, c.seller_region_code, c.buyer_region_code';

/** Facts of contracts and price publications for the authorisation guard (plain reads, no locks). */
@Injectable()
export class ContractFactsReader {
  constructor(private readonly ds: DataSource) {}

  async contract(id: string): Promise<ResourceFacts | null> {
    if (!UUID.test(id)) return null;
    const [row]: ContractParties[] = await this.ds.query(
      `SELECT ${PARTY_COLUMNS} FROM tech_contract c WHERE c.id = $1`,
      [id],
    );
    return row ? contractFacts(row) : null;
  }

  async publication(id: string): Promise<ResourceFacts | null> {
    if (!UUID.test(id)) return null;
    const [row]: ContractParties[] = await this.ds.query(
      `SELECT ${PARTY_COLUMNS} FROM price_publication p JOIN tech_contract c ON c.id = p.contract_id WHERE p.id = $1`,
      [id],
    );
    return row ? contractFacts(row) : null;
  }
}
