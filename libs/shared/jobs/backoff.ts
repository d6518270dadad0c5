/**
 * Delay before the next attempt after `attempts` failures: base · 2^(attempts−1), capped, with
 * ±`jitter` spread so that many rows failing together do not retry in lock-step.
 */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
  jitter = 0.2,
): number {
  const n = Math.max(1, attempts);
  const raw = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
  const spread = raw * jitter * (random() * 2 - 1);
  return Math.max(0, Math.min(maxMs, Math.round(raw + spread)));
}
