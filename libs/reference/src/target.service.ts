import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { PolicyTarget } from './policy-target.entity.js';
import { RegionService } from './region.service.js';

/** The plans' quantified targets per region. */
@Injectable()
export class TargetService {
  constructor(
    @InjectRepository(PolicyTarget) private readonly targets: Repository<PolicyTarget>,
    private readonly regions: RegionService,
  ) {}

  /** Targets of `region` (and, with `withDescendants`, of every region below it). */
  async list(region: string | undefined, withDescendants: boolean, page: PageRequest): Promise<Page<PolicyTarget>> {
    const qb = this.targets
      .createQueryBuilder('t')
      .orderBy('t.region_code')
      .addOrderBy('t.target_year')
      .addOrderBy('t.indicator_code')
      .addOrderBy('t.id');
    if (region !== undefined) {
      await this.regions.assertExists(region);
      if (withDescendants) {
        qb.where('t.region_code IN (SELECT descendant_code FROM region_closure WHERE ancestor_code = :region)', {
          region,
        });
      } else {
        qb.where('t.region_code = :region', { region });
      }
    }
    const [items, total] = await qb.skip(pageOffset(page)).take(page.pageSize).getManyAndCount();
    return toPage(items, total, page);
  }
}
