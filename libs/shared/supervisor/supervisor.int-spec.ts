import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManagedProcess } from './managed-process.js';
import type { ChildSpec } from './supervised-child.js';
import { Supervisor, type SupervisorOptions } from './supervisor.js';
import type { SupervisorState } from './supervisor-state.js';

/** Real child processes (small node scripts) under the real Supervisor. */

const SLEEPER = 'setInterval(() => {}, 1e6)';
/** Ignores SIGTERM, and says so by creating the file named in its first argument. */
const STUBBORN =
  'process.on("SIGTERM", () => {}); require("fs").writeFileSync(process.argv[1], ""); setInterval(() => {}, 1e6)';

function nodeChild(name: string, script: string, spawned: number[] = [], args: string[] = []): ChildSpec {
  return {
    name,
    start: async () => {
      const proc = new ManagedProcess(
        spawn(process.execPath, ['-e', script, ...args], { stdio: 'ignore', detached: true }),
        { group: true },
      );
      spawned.push(proc.pid!);
      return proc;
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Supervisor (real child processes)', () => {
  let dir: string;
  let lines: string[];
  let gaveUp: string[];
  let supervisors: Supervisor[];
  const options = (o: Partial<SupervisorOptions['policy']> = {}, stopTimeoutMs = 5000): SupervisorOptions => ({
    policy: { baseMs: 100, maxMs: 1000, resetAfterMs: 60_000, maxFailures: 5, ...o },
    stopTimeoutMs,
    stateFile: join(dir, 'supervisor.json'),
    log: (line) => lines.push(line),
    gaveUp: (_name, line) => gaveUp.push(line),
  });
  const make = (o?: Partial<SupervisorOptions['policy']>, stopTimeoutMs?: number) => {
    const s = new Supervisor(options(o, stopTimeoutMs));
    supervisors.push(s);
    return s;
  };
  const state = (): SupervisorState => JSON.parse(readFileSync(join(dir, 'supervisor.json'), 'utf8'));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    lines = [];
    gaveUp = [];
    supervisors = [];
  });
  afterEach(async () => {
    await Promise.all(supervisors.map((s) => s.stopAll()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a child killed with SIGKILL after the base delay, one line per event, and writes it to the state file', async () => {
    const sup = make();
    const pids: number[] = [];
    await sup.start(nodeChild('sleeper', SLEEPER, pids));
    expect(state().children).toEqual([
      expect.objectContaining({ name: 'sleeper', state: 'running', restarts: 0, lastExit: null, pid: pids[0] }),
    ]);

    process.kill(pids[0]!, 'SIGKILL');
    await until('the restart', () => lines.length === 2);
    expect(lines).toEqual([
      'sleeper exited (signal SIGKILL); restarting in 0.1 s (restart 1)',
      `sleeper restarted (pid ${pids[1]})`,
    ]);
    expect(state().children[0]).toMatchObject({
      state: 'running',
      restarts: 1,
      lastExit: { code: null, signal: 'SIGKILL' },
      pid: pids[1],
    });
    expect(alive(pids[1]!)).toBe(true);

    await sup.stopAll();
    expect(alive(pids[1]!)).toBe(false);
    expect(state().children[0]).toMatchObject({ state: 'stopped', pid: null });
  });

  it('stops children one by one, the last started first', async () => {
    const sup = make();
    const order: string[] = [];
    for (const name of ['postgresql', 'meilisearch', 'worker', 'api']) {
      await sup.start({
        name,
        start: async (signal) => {
          const proc = await nodeChild(name, SLEEPER).start(signal);
          void proc.exited.then(() => order.push(name));
          return proc;
        },
      });
    }
    await sup.stopAll();
    expect(order).toEqual(['api', 'worker', 'meilisearch', 'postgresql']);
    expect(lines).toEqual([]);
  });

  it('gives up after the configured failures in a row, each soon after its start, and says so once', async () => {
    const sup = make({ baseMs: 100, maxFailures: 3 });
    await sup.start(nodeChild('crasher', 'setTimeout(() => process.exit(3), 50)'));
    await until('giving up', () => gaveUp.length > 0);
    expect(lines).toEqual([
      'crasher exited (code 3); restarting in 0.1 s (restart 1)',
      expect.stringMatching(/^crasher restarted \(pid \d+\)$/),
      'crasher exited (code 3); restarting in 0.2 s (restart 2)',
      expect.stringMatching(/^crasher restarted \(pid \d+\)$/),
    ]);
    expect(gaveUp).toEqual(['crasher exited (code 3); 3 failures in a row, each within 60 s of starting: giving up']);
    expect(state().children[0]).toMatchObject({ state: 'failed', restarts: 2, lastExit: { code: 3, signal: null } });
  });

  it('stops at once a child waiting out its backoff: no restart after the stop', async () => {
    const sup = make({ baseMs: 30_000 });
    const pids: number[] = [];
    await sup.start(nodeChild('sleeper', SLEEPER, pids));
    process.kill(pids[0]!, 'SIGKILL');
    await until('the backoff', () => state().children[0]!.state === 'restarting');
    const started = Date.now();
    await sup.stopAll();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(state().children[0]).toMatchObject({ state: 'stopped', restarts: 1 });
    expect(pids).toHaveLength(1);
  });

  it('stops a child half-way through a restart: the start is aborted and what it spawned is killed', async () => {
    const sup = make({ baseMs: 100 });
    const pids: number[] = [];
    let attempts = 0;
    await sup.start({
      name: 'slow',
      start: async (signal) => {
        const proc = await nodeChild('slow', SLEEPER, pids).start(signal);
        if (++attempts === 1) return proc;
        // The restart never becomes ready on its own: only the abort ends it, as a spec must.
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
        await proc.stop(1000);
        throw new Error('aborted');
      },
    });
    process.kill(pids[0]!, 'SIGKILL');
    await until('the restart under way', () => pids.length === 2);
    const started = Date.now();
    await sup.stopAll();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(alive(pids[1]!)).toBe(false);
    expect(lines.filter((l) => l.includes('restarted'))).toEqual([]);
  });

  it('SIGKILLs a child that ignores SIGTERM after the stop timeout, and says so', async () => {
    const sup = make({}, 300);
    const pids: number[] = [];
    const marker = join(dir, 'handler-installed');
    await sup.start(nodeChild('stubborn', STUBBORN, pids, [marker]));
    await until('the SIGTERM handler in place', () => existsSync(marker));
    await sup.stopAll();
    expect(alive(pids[0]!)).toBe(false);
    expect(lines).toEqual(['stubborn did not stop within 0.3 s; killed']);
  });

  it('stops at once a process already killed by a signal (exitCode stays null: the old launcher waited for its exit forever)', async () => {
    const proc = new ManagedProcess(spawn(process.execPath, ['-e', SLEEPER], { stdio: 'ignore' }));
    process.kill(proc.pid!, 'SIGKILL');
    await proc.exited;
    expect(proc.child.exitCode).toBeNull();
    const started = Date.now();
    expect(await proc.stop(60_000)).toEqual({ exit: { code: null, signal: 'SIGKILL' }, killed: false });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
