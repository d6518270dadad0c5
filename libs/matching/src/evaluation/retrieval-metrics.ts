export interface RetrievalFigures {
  recallAt1: number;
  recallAt10: number;
  mrrAt10: number;
  p50Ms: number;
  p95Ms: number;
  n: number;
}

/** Nearest-rank percentile of a list of durations. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * recall@1, recall@10 and MRR@10 over known-item queries: `ranks` holds the 1-based rank of
 * the right answer per query, or undefined when it was not returned.
 */
export function retrievalFigures(
  ranks: readonly (number | undefined)[],
  latenciesMs: readonly number[],
): RetrievalFigures {
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r !== undefined && r <= k).length / Math.max(n, 1);
  const mrr = ranks.reduce<number>((s, r) => s + (r !== undefined && r <= 10 ? 1 / r : 0), 0) / Math.max(n, 1);
  return {
    recallAt1: at(1),
    recallAt10: at(10),
    mrrAt10: mrr,
    p50Ms: percentile(latenciesMs, 50),
    p95Ms: percentile(latenciesMs, 95),
    n,
  };
}

/** The one-line summary the evaluation prints last. */
export function formatFigures(f: RetrievalFigures): string {
  return `recall@1=${f.recallAt1.toFixed(3)} recall@10=${f.recallAt10.toFixed(3)} mrr@10=${f.mrrAt10.toFixed(3)} p50_ms=${Math.round(f.p50Ms)} p95_ms=${Math.round(f.p95Ms)} n=${f.n}`;
}
