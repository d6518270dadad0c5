import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second of /proc/<pid>/stat's times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/**
 * CPU seconds (user + system) spent so far by each kind of process below `root` in the process
 * tree (the bench's own process left out): `api` (node), `postgres`, `meilisearch`. A figure of
 * work done, so it moves far less with the machine's load than a latency does.
 */
export function cpuBelow(root: number): Record<string, number> {
  const procs = new Map<number, { ppid: number; comm: string; cpu: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${d}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    procs.set(Number(d), {
      ppid: Number(fields[1]),
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      cpu: (Number(fields[11]) + Number(fields[12])) / TICKS,
    });
  }
  const below = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p && p > 1; p = procs.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  const out: Record<string, number> = {};
  for (const [pid, p] of procs) {
    if (!below(pid)) continue;
    const kind = p.comm.startsWith('postgres') ? 'postgres' : p.comm.includes('meili') ? 'meilisearch' : 'api';
    out[kind] = (out[kind] ?? 0) + p.cpu;
  }
  return out;
}

/** Milliseconds of CPU per operation by kind of process between two `cpuBelow` readings. */
export function cpuPerOp(before: Record<string, number>, after: Record<string, number>, ops: number): string {
  return Object.keys(after)
    .sort()
    .map((k) => `${k} ${(((after[k]! - (before[k] ?? 0)) * 1000) / ops).toFixed(1)} ms`)
    .join(', ');
}
