import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractRepository } from './contract.repository.js';

/**
 * What contracts count for the plans' targets, registered with the statistics lib's
 * IndicatorSources port: 累计转化科技成果 counts each achievement behind a certified contract
 * once, whichever party is in the region (the plans count conversions of the region's
 * achievements and conversions landing in its enterprises alike), from the month its first
 * contract was certified. A cancelled contract converts nothing.
 */
@Injectable()
export class ContractIndicators {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
  ) {}

  async achievementsConverted(regionCode: string, fromMonth: string, toMonth: string): Promise<Map<string, number>> {
    const rows = await this.repo.achievementsConvertedByMonth(this.ds.manager, regionCode, fromMonth, toMonth);
    return new Map(rows.map((r) => [r.month, r.n]));
  }
}
