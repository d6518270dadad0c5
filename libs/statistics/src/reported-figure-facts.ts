import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { ReportedFigureRepository } from './reported-figure.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/** A reported figure as the policy table names it: its region (home), who entered it, its status. */
@Injectable()
export class ReportedFigureFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ReportedFigureRepository,
  ) {}

  async figure(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.repo.find(this.ds.manager, id);
    return row
      ? { regions: { home: row.region_code }, users: { enteredBy: row.entered_by }, states: [row.status] }
      : null;
  }
}
