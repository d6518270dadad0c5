import { readFile } from 'node:fs/promises';
import { renameSync, writeFileSync } from 'node:fs';

/**
 * starting: first start or a restart under way; running; restarting: waiting out the backoff;
 * stopping / stopped: the market is being stopped; failed: given up after rapid failures.
 */
export type ChildStateName = 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped' | 'failed';

export interface ChildStatus {
  name: string;
  state: ChildStateName;
  /** Restarts since the launcher started (scheduled ones included). */
  restarts: number;
  /** When the current instance started serving (ISO), null when none is running. */
  since: string | null;
  lastExit: { code: number | null; signal: string | null; at: string } | null;
  /** In the launcher's file only (tests, people); the public health answer leaves it out. */
  pid?: number | null;
}

/** What the launcher writes to `<DATA_DIR>/run/supervisor.json` on every change. */
export interface SupervisorState {
  launcherPid: number;
  updatedAt: string;
  children: ChildStatus[];
}

/**
 * Written to a temporary file and renamed over the old one: a reader (the api's health, on
 * every request) sees the previous or the next state, never half of one.
 */
export function writeSupervisorState(file: string, state: SupervisorState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

const STATES: readonly string[] = ['starting', 'running', 'restarting', 'stopping', 'stopped', 'failed'];

function isChildStatus(v: unknown): v is ChildStatus {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.name === 'string' &&
    typeof c.state === 'string' &&
    STATES.includes(c.state) &&
    typeof c.restarts === 'number'
  );
}

/** Reads and checks the file; throws when it is missing or not what the launcher writes. */
export async function readSupervisorState(file: string): Promise<SupervisorState> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  const s = parsed as Partial<SupervisorState> | null;
  if (!s || typeof s.updatedAt !== 'string' || !Array.isArray(s.children) || !s.children.every(isChildStatus)) {
    throw new Error(`${file} is not a launcher state file`);
  }
  return s as SupervisorState;
}
