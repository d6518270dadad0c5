import { Injectable } from '@nestjs/common';
import { DatabaseHealth, type ComponentHealth } from '../../../../libs/shared/database/index.js';
import { LauncherConfig } from '../../../../libs/shared/config/index.js';
import { JobQueue, type JobBacklog } from '../../../../libs/shared/jobs/index.js';
import { readSupervisorState, type ChildStatus } from '../../../../libs/shared/supervisor/index.js';
import { SearchIndex } from '../../../../libs/search/src/index.js';

/** A process `npm start` supervises, as health shows it (no pid: this endpoint is public). */
export type SupervisedProcessReport = Omit<ChildStatus, 'pid'>;

export interface HealthReport {
  status: 'up' | 'down';
  components: { database: ComponentHealth; search: ComponentHealth };
  /**
   * The job queue's backlog (named `outbox` since before the queue replaced the outbox relay;
   * monitoring reads it by that name). Information, not a status: a backlog means search,
   * alerts, mail, webhooks or imports lag behind, while the api itself serves correctly, so
   * taking it out of a load balancer would not help. Monitoring alerts on these figures instead.
   */
  outbox: JobBacklog | { error: string };
  /**
   * Only when started by `npm start`: the processes it supervises (PostgreSQL and Meilisearch
   * when embedded, api, worker) with their restarts and last exit. Information too: a worker
   * restarting shows here and in the job backlog, while the api answers correctly.
   */
  launcher?: { updatedAt: string; processes: SupervisedProcessReport[] } | { error: string };
}

const BACKLOG_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DatabaseHealth,
    private readonly search: SearchIndex,
    private readonly jobs: JobQueue,
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
        this.jobs.backlog(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), BACKLOG_TIMEOUT_MS).unref()),
      ]);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }
}
