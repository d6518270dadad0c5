import { describeExit, type ManagedProcess } from './managed-process.js';
import { RestartPolicy, type RestartPolicyOptions } from './restart-policy.js';
import type { ChildStateName, ChildStatus } from './supervisor-state.js';

/** How to start one kind of child (PostgreSQL, Meilisearch, api, worker). */
export interface ChildSpec {
  readonly name: string;
  /**
   * Starts one instance and resolves once it serves. When `signal` aborts (the market is being
   * stopped meanwhile) it must kill what it spawned and reject promptly.
   */
  start(signal: AbortSignal): Promise<ManagedProcess>;
}

export interface SupervisedChildHooks {
  log(line: string): void;
  changed(): void;
  gaveUp(name: string, line: string): void;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/**
 * One child under supervision: restarted with backoff when it exits unexpectedly (or fails to
 * come back), given up after rapid failures in a row, stopped in bounded time whatever state it
 * is in (running, already dead, waiting out a backoff, or half-way through a restart).
 */
export class SupervisedChild {
  private state: ChildStateName = 'stopped';
  private restarts = 0;
  private lastExit: ChildStatus['lastExit'] = null;
  private current: ManagedProcess | undefined;
  private startedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private starting: { abort: AbortController; done: Promise<ManagedProcess> } | undefined;
  private stopping = false;
  private readonly policy: RestartPolicy;

  constructor(
    private readonly spec: ChildSpec,
    private readonly policyOptions: RestartPolicyOptions,
    private readonly hooks: SupervisedChildHooks,
  ) {
    this.policy = new RestartPolicy(policyOptions);
  }

  get name(): string {
    return this.spec.name;
  }

  status(): ChildStatus {
    return {
      name: this.spec.name,
      state: this.state,
      restarts: this.restarts,
      since: this.current ? new Date(this.startedAt).toISOString() : null,
      lastExit: this.lastExit,
      pid: this.current?.pid ?? null,
    };
  }

  /** The first start: a failure here is the launcher's to report (it stops the market). */
  async start(): Promise<void> {
    await this.launch();
  }

  private setState(state: ChildStateName): void {
    this.state = state;
    this.hooks.changed();
  }

  private async launch(): Promise<void> {
    const abort = new AbortController();
    this.setState('starting');
    const done = this.spec.start(abort.signal);
    this.starting = { abort, done };
    let proc: ManagedProcess;
    try {
      proc = await done;
    } finally {
      this.starting = undefined;
    }
    // stop() came while the spec was past its last abort check: stop() stops this instance.
    if (this.stopping) throw new Error(`${this.spec.name} started while the market was stopping`);
    this.current = proc;
    this.startedAt = Date.now();
    this.setState('running');
    void proc.exited.then((exit) => {
      if (this.current !== proc) return;
      this.current = undefined;
      this.lastExit = { code: exit.code, signal: exit.signal, at: new Date().toISOString() };
      if (this.stopping) return;
      this.failed(`exited (${describeExit(exit)})`, Date.now() - this.startedAt);
    });
  }

  private failed(what: string, uptimeMs: number): void {
    const decision = this.policy.next(uptimeMs);
    if (decision.giveUp) {
      this.setState('failed');
      const within = seconds(this.policyOptions.resetAfterMs);
      this.hooks.gaveUp(
        this.spec.name,
        `${this.spec.name} ${what}; ${decision.failures} failures in a row, each within ${within} of starting: giving up`,
      );
      return;
    }
    this.restarts += 1;
    this.hooks.log(`${this.spec.name} ${what}; restarting in ${seconds(decision.delayMs)} (restart ${this.restarts})`);
    this.setState('restarting');
    this.timer = setTimeout(() => void this.restart(), decision.delayMs);
  }

  private async restart(): Promise<void> {
    this.timer = undefined;
    if (this.stopping) return;
    try {
      await this.launch();
      this.hooks.log(`${this.spec.name} restarted (pid ${this.current?.pid})`);
    } catch (err) {
      if (this.stopping) return;
      this.failed(`failed to start (${messageOf(err)})`, 0);
    }
  }

  /**
   * Stops for good: cancels a pending restart, aborts a start under way, then stops the running
   * instance (polite signal, SIGKILL after `timeoutMs`). Returns a line when SIGKILL was needed.
   */
  async stop(timeoutMs: number): Promise<string | undefined> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const procs = new Set<ManagedProcess>();
    const starting = this.starting;
    if (starting) {
      starting.abort.abort();
      // The spec kills what it spawned on abort; bounded in case it does not. An instance that
      // came up all the same is stopped below.
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([
        starting.done.catch(() => undefined),
        new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (late) procs.add(late);
    }
    if (this.current) procs.add(this.current);
    let note: string | undefined;
    for (const proc of procs) {
      this.setState('stopping');
      const { exit, killed } = await proc.stop(timeoutMs);
      if (!exit) note = `${this.spec.name} (pid ${proc.pid}) did not exit even after SIGKILL`;
      else if (killed) note = `${this.spec.name} did not stop within ${seconds(timeoutMs)}; killed`;
    }
    this.setState(this.state === 'failed' ? 'failed' : 'stopped');
    return note;
  }
}
