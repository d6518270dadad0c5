import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import type { PolicyTarget } from './policy-target.entity.js';
import { ReferenceRepository } from './reference.repository.js';
import { RegionService } from './region.service.js';

/** The plans' quantified targets per region. */
@Injectable()
export class TargetService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ReferenceRepository,
    private readonly regions: RegionService,
  ) {}

  /** Targets of `region` (and, with `withDescendants`, of every region below it). */
  async list(region: string | undefined, withDescendants: boolean, page: PageRequest): Promise<Page<PolicyTarget>> {
    let codes: string[] | undefined;
    if (region !== undefined) {
      await this.regions.assertExists(region);
      codes = withDescendants ? await this.regions.subtreeCodes(region) : [region];
    }
    const [items, total] = await this.repo.targets(this.ds.manager, codes, pageOffset(page), page.pageSize);
    return toPage(items, total, page);
  }
}
