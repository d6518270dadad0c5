import { apportion, fenToWan2, groupThousands, scaledText } from '../../../../../libs/shared/money/index.js';
import type { StatsTotals } from '../../api/types';

type Measure = 'contractAmountFen' | 'techAmountFen';

/**
 * 万元 with two decimals, each row rounded once from its own exact fen (the shared rule): a
 * region's or a month's figure reads the same here as where it is a total itself (its own view,
 * the exports, the reports). Rounded rows need not add up to their rounded total: the shared
 * `wanRowsAddUp` says when a note must say so (the statistical yearbooks' 分项之和与合计因四舍五入可能略有出入).
 */
export function rowsInWan(rows: readonly StatsTotals[], measure: Measure): string[] {
  return rows.map((r) => fenToWan2(r[measure]));
}

/** A total (or a figure that heads nothing) in 万元 with two decimals, rounded once from its exact fen. */
export const totalInWan = (fen: string): string => fenToWan2(fen);

/** Chart values: the same two-decimal figures the tables show, as numbers for ECharts to plot. */
export const chartValues = (rows: readonly StatsTotals[], measure: Measure): number[] =>
  rowsInWan(rows, measure).map(Number);

/** "1,234.50 万元" from a two-decimal figure. */
export const wanLabel = (wan: string): string => `${groupThousands(wan)} 万元`;

/**
 * Each row's share of the whole in per cent with one decimal, apportioned (largest remainder) so
 * that the shares shown add up to 100.0 % (nothing when the whole is zero).
 */
export function sharesInPercent(rows: readonly StatsTotals[], measure: Measure): string[] {
  const parts = rows.map((r) => BigInt(r[measure]));
  const whole = parts.reduce((s, p) => s + p, 0n);
  if (whole <= 0n) return rows.map(() => '0.0');
  return apportion(
    parts.map((p) => p * 1000n),
    whole,
  ).map((tenths) => scaledText(tenths, 1));
}

/**
 * The months of `year` on a continuous axis — every month from January to `lastMonth` — with
 * the API's rows where there are some and zero where there are none.
 */
export function continuousMonths<R extends StatsTotals & { key: string }>(
  year: number,
  lastMonth: number,
  rows: readonly R[],
): { key: string; label: string; row: StatsTotals }[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const zero: StatsTotals = { count: 0, contractAmountFen: '0', techAmountFen: '0' };
  return Array.from({ length: lastMonth }, (_, i) => {
    const key = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { key, label: `${i + 1}月`, row: byKey.get(key) ?? zero };
  });
}
