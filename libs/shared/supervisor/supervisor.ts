import type { RestartPolicyOptions } from './restart-policy.js';
import { SupervisedChild, type ChildSpec } from './supervised-child.js';
import { writeSupervisorState, type SupervisorState } from './supervisor-state.js';

export interface SupervisorOptions {
  policy: RestartPolicyOptions;
  /** Per child: the polite signal, then SIGKILL after this long. */
  stopTimeoutMs: number;
  /** Where the state is written on every change (read by the api's health); none: not written. */
  stateFile?: string;
  log(line: string): void;
  /** A child was given up after rapid failures in a row: the launcher stops the market. */
  gaveUp(name: string, line: string): void;
}

/**
 * The children of `npm start`, started in the order they are added and stopped in reverse,
 * one after the other: the api before the worker (no new jobs while it drains), both
 * before Meilisearch, PostgreSQL last.
 */
export class Supervisor {
  private readonly children: SupervisedChild[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  /** Adds a child and starts it; resolves once it serves, rejects when its first start fails. */
  async start(spec: ChildSpec): Promise<void> {
    if (this.stopping) throw new Error(`not starting ${spec.name}: the market is stopping`);
    const child = new SupervisedChild(spec, this.options.policy, {
      log: this.options.log,
      changed: () => this.writeState(),
      gaveUp: this.options.gaveUp,
    });
    this.children.push(child);
    await child.start();
  }

  state(): SupervisorState {
    return {
      launcherPid: process.pid,
      updatedAt: new Date().toISOString(),
      children: this.children.map((c) => c.status()),
    };
  }

  private writeState(): void {
    if (!this.options.stateFile) return;
    try {
      writeSupervisorState(this.options.stateFile, this.state());
    } catch (err) {
      // Health loses a detail; supervision itself goes on.
      this.options.log(
        `could not write ${this.options.stateFile}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  /** Stops every child, last added first; the same promise for every caller. */
  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      for (const child of [...this.children].reverse()) {
        const note = await child.stop(this.options.stopTimeoutMs);
        if (note) this.options.log(note);
      }
    })();
    return this.stopping;
  }
}
