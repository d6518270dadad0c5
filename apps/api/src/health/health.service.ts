import { Injectable } from '@nestjs/common';
import { OutboxRelay, type OutboxBacklog } from '../../../../libs/outbox/src/index.js';
import { DatabaseHealth, type ComponentHealth } from '../../../../libs/shared/database/index.js';
import { LauncherConfig } from '../../../../libs/shared/config/index.js';
import { readSupervisorState, type ChildStatus } from '../../../../libs/shared/supervisor/index.js';
import { SearchIndex } from '../../../../libs/search/src/index.js';

/** A process `npm start` supervises, as health shows it (no pid: this endpoint is public). */
export type SupervisedProcessReport = Omit<ChildStatus, 'pid'>;

export interface HealthReport {
  status: 'up' | 'down';
  components: { database: ComponentHealth; search: ComponentHealth };
  /**
   * Information, not a status: a backlog means search, alerts, mail and the exchange feed lag
   * behind, while the api itself serves correctly, so taking it out of a load balancer would
   * not help. Monitoring alerts on these figures instead.
   */
  outbox: OutboxBacklog | { error: string };
  /**
   * Only when started by `npm start`: the processes it supervises (PostgreSQL and Meilisearch
   * when embedded, api, worker) with their restarts and last exit. Information too: a worker
   * restarting shows here and in the outbox backlog, while the api answers correctly.
   */
  launcher?: { updatedAt: string; processes: SupervisedProcessReport[] } | { error: string };
}

const OUTBOX_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DatabaseHealth,
    private readonly search: SearchIndex,
    private readonly relay: OutboxRelay,
    private readonly launcherConfig: LauncherConfig,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, search, outbox, launcher] = await Promise.all([
      this.db.check(),
      this.search.health(),
      this.outbox(),
      this.launcher(),
    ]);
    return {
      status: database.status === 'up' && search.status === 'up' ? 'up' : 'down',
      components: { database, search },
      outbox,
      ...(launcher ? { launcher } : {}),
    };
  }

  private async launcher(): Promise<HealthReport['launcher']> {
    const file = this.launcherConfig.stateFile;
    if (!file) return undefined;
    try {
      const state = await readSupervisorState(file);
      return { updatedAt: state.updatedAt, processes: state.children.map(({ pid: _pid, ...rest }) => rest) };
    } catch {
      // The path is the launcher's business; the public answer only says it could not be read.
      return { error: 'launcher state unavailable' };
    }
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
