import pg from 'pg';
import { JOBS_CHANNEL } from './job.repository.js';

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * Wakes the worker's loops when a transaction that queued a job commits (LISTEN on one
 * dedicated connection; JobRepository.insert NOTIFYs), so a job starts within milliseconds
 * instead of at the next poll. Polling stays the floor: while this connection is down (say,
 * PostgreSQL restarting) jobs still run, a poll interval later, and it reconnects by itself.
 */
export class JobWakeup {
  private client?: pg.Client;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private retryMs = RETRY_MIN_MS;

  constructor(
    private readonly url: string,
    private readonly wake: () => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', () => this.wake());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${JOBS_CHANNEL}`);
      this.retryMs = RETRY_MIN_MS;
      // Something may have been queued while nobody listened.
      this.wake();
    } catch (err) {
      this.lost(client, err);
    }
  }

  private lost(client: pg.Client, err?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    // A connection that failed or ended must not raise unhandled 'error' events later.
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (err) this.onError(err);
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }
}
