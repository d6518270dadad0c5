import type { ChildProcess } from 'node:child_process';

/** How a child process ended: an exit code, or the signal that killed it (one of the two is set). */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "code 1", "signal SIGKILL": the words the launcher's log lines use. */
export function describeExit(exit: ChildExit): string {
  if (exit.signal) return `signal ${exit.signal}`;
  return exit.code === null ? 'could not be started' : `code ${exit.code}`;
}

/** After SIGKILL a process can still take a moment to be reaped; past this we stop waiting. */
const KILL_GRACE_MS = 5_000;

function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => (clearTimeout(timer), resolve(true)));
  });
}

/**
 * One spawned process with an exit that is always observable and a stop that always ends.
 * Node emits 'exit' only once, so a listener added after a child died by a signal waits forever
 * (the old launcher checked `exitCode`, which stays null for a signal-killed child, and hung in
 * "stopping…"). Here the listener is attached at construction and `exited` settles exactly once.
 */
export class ManagedProcess {
  readonly exited: Promise<ChildExit>;
  private exit: ChildExit | undefined;

  constructor(
    readonly child: ChildProcess,
    private readonly options: {
      /** The polite signal: SIGTERM for node and Meilisearch, SIGINT (fast shutdown) for PostgreSQL. */
      stopSignal?: NodeJS.Signals;
      /** Spawned `detached` (own process group): SIGKILL then takes the group, e.g. postgres backends. */
      group?: boolean;
    } = {},
  ) {
    this.exited = new Promise((resolve) => {
      const done = (exit: ChildExit) => {
        if (this.exit) return;
        this.exit = exit;
        resolve(exit);
      };
      if (child.exitCode !== null || child.signalCode !== null)
        done({ code: child.exitCode, signal: child.signalCode as NodeJS.Signals | null });
      child.once('exit', (code, signal) => done({ code, signal }));
      // A spawn that failed (binary missing) reports 'error' and may never report 'exit'.
      child.once('error', () => {
        if (child.pid === undefined) done({ code: null, signal: null });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exit === undefined && this.child.pid !== undefined;
  }

  /** Sends a signal to the process (or its group); a process already gone is not an error. */
  signal(signal: NodeJS.Signals, toGroup = false): void {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    try {
      if (toGroup && this.options.group) process.kill(-pid, signal);
      else process.kill(pid, signal);
    } catch {
      // ESRCH: it exited between the check and the kill
    }
  }

  /**
   * The polite signal, SIGKILL (to the group) after `timeoutMs`, then at most a few seconds
   * more: resolves in bounded time even for a process that is already dead or never dies.
   * `killed` says whether SIGKILL was needed; `exit` is undefined when even that was not seen.
   */
  async stop(timeoutMs: number): Promise<{ exit: ChildExit | undefined; killed: boolean }> {
    if (!this.running) {
      await settlesWithin(this.exited, KILL_GRACE_MS);
      return { exit: this.exit, killed: false };
    }
    this.signal(this.options.stopSignal ?? 'SIGTERM');
    if (await settlesWithin(this.exited, timeoutMs)) return { exit: this.exit, killed: false };
    this.signal('SIGKILL', true);
    await settlesWithin(this.exited, KILL_GRACE_MS);
    return { exit: this.exit, killed: true };
  }
}
