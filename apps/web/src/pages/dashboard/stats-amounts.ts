import {
  apportion,
  fenToWan2,
  groupThousands,
  scaledText,
  WAN_STEP_FEN,
} from '../../../../../libs/shared/money/index.js';
import type { StatsTotals } from '../../api/types';

type Measure = 'contractAmountFen' | 'techAmountFen';

/**
 * 万元 with two decimals for rows that stand under a total: rounded by the shared rule and
 * apportioned (largest remainder), so that the rows shown add up to the total shown — which is
 * the exact sum in fen, rounded once.
 */
export function rowsInWan(rows: readonly StatsTotals[], measure: Measure): string[] {
  return apportion(
    rows.map((r) => BigInt(r[measure])),
    WAN_STEP_FEN,
  ).map((units) => scaledText(units, 2));
}

/** A total (or a figure that heads nothing) in 万元 with two decimals, rounded once from its exact fen. */
export const totalInWan = (fen: string): string => fenToWan2(fen);

/** Chart values: the same two-decimal figures the tables show, as numbers for ECharts to plot. */
export const chartValues = (rows: readonly StatsTotals[], measure: Measure): number[] =>
  rowsInWan(rows, measure).map(Number);

/** "1,234.50 万元" from a two-decimal figure. */
export const wanLabel = (wan: string): string => `${groupThousands(wan)} 万元`;
