/**
 * Calls `onGone` once when the process that started this one has ended. A parent that dies
 * without passing on a signal (npm's `sh -c` killed by the SIGTERM npm forwards to it, npm
 * itself killed with SIGKILL or by SIGHUP, which npm does not forward) leaves the child
 * re-parented to init or a subreaper: its ppid changes, and that is all a child can see.
 * Returns a function that stops watching.
 */
export function watchParent(onGone: (parentPid: number) => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(parent);
  }, intervalMs);
  // The watch alone never keeps the launcher alive.
  timer.unref();
  return () => clearInterval(timer);
}
