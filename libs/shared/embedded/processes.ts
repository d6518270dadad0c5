import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A clear, one-line start-up failure (port in use, bad binary); printed without a stack. */
export class LaunchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaunchError';
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Stops a process left behind by an earlier run that was killed (kill -9 leaves its children
 * running): only when the pid file's process is alive and its command line contains `marker`,
 * so a recycled pid of some other program is never touched. Removes the pid file.
 */
export async function reapStale(
  pidFile: string,
  marker: string,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]?.trim());
  let reaped: number | undefined;
  if (Number.isInteger(pid) && pid > 1 && isAlive(pid) && commandLine(pid).includes(marker)) {
    process.kill(pid, signal);
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
    reaped = pid;
  }
  rmSync(pidFile, { force: true });
  return reaped;
}

export function writePidFile(pidFile: string, pid: number): void {
  writeFileSync(pidFile, `${pid}\n`);
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new LaunchError(
      `port ${port} for ${what} is in use by another program; stop it or choose another port with ${variable}=...`,
    );
  }
}

/** A free TCP port chosen by the kernel (for test servers). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
