import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { isUuid } from '../../shared/validation/index.js';
import { VoucherProgrammeRepository } from './voucher-programme.repository.js';
import { VoucherRepository } from './voucher.repository.js';

/**
 * Programmes and vouchers as the policy table names them. A programme: its issuing bureau and
 * region (home). A voucher: the enterprise and the provider, the issuing bureau, the issuing
 * programme's region and, under 通用通兑, the host programme's region (both bureaus see it).
 */
@Injectable()
export class VoucherFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly programmes: VoucherProgrammeRepository,
    private readonly vouchers: VoucherRepository,
  ) {}

  async programme(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.programmes.find(this.ds.manager, id);
    return row ? { orgs: { issuer: row.issuer_org_id }, regions: { home: row.region_code } } : null;
  }

  async voucher(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.vouchers.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { enterprise: row.enterprise_org_id, provider: row.provider_org_id, issuer: row.issuer_org_id },
      regions: { issuer: row.issuer_region_code, host: row.host_region_code },
      states: [row.status],
    };
  }
}
