import { Injectable } from '@nestjs/common';
import { DatabaseHealth, type ComponentHealth } from '../../../../libs/shared/database/index.js';
import { SearchIndex } from '../../../../libs/search/src/index.js';

export interface HealthReport {
  status: 'up' | 'down';
  components: { database: ComponentHealth; search: ComponentHealth };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DatabaseHealth,
    private readonly search: SearchIndex,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, search] = await Promise.all([this.db.check(), this.search.health()]);
    return { status: database.status === 'up' && search.status === 'up' ? 'up' : 'down', components: { database, search } };
  }
}
