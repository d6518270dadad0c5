import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive, waitForExit } from '../libs/shared/embedded/index.js';
import type { SupervisorState } from '../libs/shared/supervisor/index.js';

/**
 * The compiled launcher as a user runs it (`npm start` builds dist/ first; so does `npm test`),
 * with its output collected, and waits on conditions with deadlines (never fixed sleeps).
 */
export const root = process.cwd();
export const startJs = join(root, 'dist', 'scripts', 'start.js');

export interface Launch {
  proc: ChildProcess;
  output: () => string;
}

/** Runs `command` (default: node dist/scripts/start.js) with only PATH, HOME and `env` set. */
export function launch(
  env: Record<string, string>,
  command: [string, ...string[]] = [process.execPath, startJs],
): Launch {
  let out = '';
  const [file, ...args] = command;
  const proc = spawn(file, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
  });
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { proc, output: () => out };
}

export async function waitFor(l: Launch, text: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (l.output().includes(text)) return;
    if (l.proc.exitCode !== null)
      throw new Error(`launcher exited (${l.proc.exitCode}) before "${text}":\n${l.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for "${text}":\n${l.output()}`);
}

/** Polls `check` until it returns a value (not undefined/false); fails with `what` after the deadline. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
}

export async function stop(l: Launch, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  // A signal-killed process has no exit code, and 'exit' has already fired: checking exitCode
  // alone would wait forever.
  if (l.proc.exitCode !== null || l.proc.signalCode !== null) return l.proc.exitCode;
  const exited = new Promise<number | null>((r) => l.proc.once('exit', (code) => r(code)));
  l.proc.kill(signal);
  return exited;
}

/**
 * Test clean-up that cannot hang: SIGTERM to the launcher named in `<dir>/run/launcher.pid`
 * (whatever is in front of it), SIGKILL to the launched command if it is still there.
 */
export async function ensureStopped(l: Launch | undefined, dir: string): Promise<void> {
  const file = join(dir, 'run', 'launcher.pid');
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    await waitForExit(pid, 60_000);
  }
  if (l && l.proc.exitCode === null && l.proc.signalCode === null) l.proc.kill('SIGKILL');
}

export const pidIn = (dir: string, name: string) =>
  Number(readFileSync(join(dir, 'run', `${name}.pid`), 'utf8').trim());

/** The launcher's own record of its children (pids included), `<DATA_DIR>/run/supervisor.json`. */
export const supervisorState = (dir: string): SupervisorState =>
  JSON.parse(readFileSync(join(dir, 'run', 'supervisor.json'), 'utf8'));

export const childPid = (dir: string, name: string): number => {
  const pid = supervisorState(dir).children.find((c) => c.name === name)?.pid;
  if (!pid) throw new Error(`${name} is not running`);
  return pid;
};
