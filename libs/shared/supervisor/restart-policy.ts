export interface RestartPolicyOptions {
  /** Delay before the first restart; doubles with each rapid failure in a row. */
  baseMs: number;
  /** Cap of the delay. */
  maxMs: number;
  /** A child that stayed up this long counts as healthy: its next failure starts the count anew. */
  resetAfterMs: number;
  /** This many rapid failures in a row and the child is given up. */
  maxFailures: number;
}

export type RestartDecision = { giveUp: false; delayMs: number; failures: number } | { giveUp: true; failures: number };

/**
 * When to restart a child that exited: exponential backoff over *rapid* failures only. A worker
 * that crashes once a day restarts after the base delay every time; one that cannot start (port
 * taken, database gone for good) is given up after `maxFailures`, so a broken set-up ends with a
 * clear line instead of a restart loop that hides it.
 */
export class RestartPolicy {
  private failures = 0;

  constructor(private readonly options: RestartPolicyOptions) {}

  /** `uptimeMs`: how long the instance that just failed had been running (0: it failed to start). */
  next(uptimeMs: number): RestartDecision {
    if (uptimeMs >= this.options.resetAfterMs) this.failures = 0;
    this.failures += 1;
    if (this.failures >= this.options.maxFailures) return { giveUp: true, failures: this.failures };
    const delayMs = Math.min(this.options.maxMs, this.options.baseMs * 2 ** (this.failures - 1));
    return { giveUp: false, delayMs, failures: this.failures };
  }
}
