/**
 * The loop of one lane of the job runner: runs a round, and when the round found nothing to
 * do, sleeps `idleMs` or until woken (a commit that queued a job pokes it). A failed
 * round is reported and the loop goes on. `stop()` ends the sleep at once and waits for the
 * round in progress.
 */
export class PollingLoop {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  /** `round` answers whether it did any work (then the next round starts without sleeping). */
  constructor(
    private readonly round: () => Promise<boolean>,
    private readonly idleMs: () => number,
    private readonly onError: (err: unknown) => void,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let busy = false;
        try {
          busy = await this.round();
        } catch (err) {
          this.onError(err);
        }
        if (!busy && this.running) await this.sleep();
      }
    })();
  }

  /** Ends the current sleep, so a round starts now (e.g. right after new work was queued). */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(() => done(), this.idleMs());
      const done = (): void => {
        clearTimeout(t);
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
    });
  }
}
