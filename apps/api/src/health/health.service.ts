import { Injectable } from '@nestjs/common';
import { OutboxRelay, type OutboxBacklog } from '../../../../libs/outbox/src/index.js';
import { DatabaseHealth, type ComponentHealth } from '../../../../libs/shared/database/index.js';
import { SearchIndex } from '../../../../libs/search/src/index.js';

export interface HealthReport {
  status: 'up' | 'down';
  components: { database: ComponentHealth; search: ComponentHealth };
  /**
   * Information, not a status: a backlog means search, alerts, mail and the exchange feed lag
   * behind, while the api itself serves correctly, so taking it out of a load balancer would
   * not help. Monitoring alerts on these figures instead.
   */
  outbox: OutboxBacklog | { error: string };
}

const OUTBOX_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DatabaseHealth,
    private readonly search: SearchIndex,
    private readonly relay: OutboxRelay,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, search, outbox] = await Promise.all([this.db.check(), this.search.health(), this.outbox()]);
    return { status: database.status === 'up' && search.status === 'up' ? 'up' : 'down', components: { database, search }, outbox };
  }

  private async outbox(): Promise<HealthReport['outbox']> {
    try {
      return await Promise.race([
        this.relay.backlog(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), OUTBOX_TIMEOUT_MS).unref()),
      ]);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }
}
