import pg from 'pg';

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30_000;

export interface PgListenerHandlers {
  /** One NOTIFY's payload, in the order PostgreSQL delivers them (commit order). */
  message(payload: string): void;
  /**
   * The connection is (again) listening. Anything notified while it was down is lost to this
   * process: the owner catches up from its tables here.
   */
  listening(): void;
  error(err: unknown): void;
}

/**
 * LISTEN on one dedicated connection (outside the pool: a pooled session is shared and would be
 * handed to other work), reconnecting by itself with a doubling delay. NOTIFY is transactional:
 * a message sent inside a transaction reaches every listening process when, and only if, that
 * transaction commits.
 */
export class PgListener {
  private client?: pg.Client;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private retryMs = RETRY_MIN_MS;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly on: PgListenerHandlers,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  }

  get running(): boolean {
    return !this.stopped;
  }

  start(): void {
    if (!this.stopped) return;
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
    client.on('notification', (n) => {
      if (n.channel === this.channel) this.on.message(n.payload ?? '');
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.retryMs = RETRY_MIN_MS;
      if (this.client === client) this.on.listening();
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
    if (err) this.on.error(err);
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }
}
