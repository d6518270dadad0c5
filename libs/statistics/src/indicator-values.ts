import { fenToYuan, scaledText, trimZeros, yuanToFen } from '../../shared/money/index.js';
import type { IndicatorUnit } from './indicator-catalogue.js';

/**
 * Indicator values as exact integers in the unit's smallest step — fen for yuan, one item for
 * counts, 0.01 for percentages — and back to the text the API answers: yuan with two
 * decimals, counts as whole numbers (never "3.00"), percentages without trailing zeros.
 */
export function toSteps(unit: IndicatorUnit, text: string): bigint {
  // numeric(20,2) text has at most two decimals: yuan and per cent share the arithmetic of fen.
  const hundredths = yuanToFen(text);
  return unit === 'count' ? hundredths / 100n : hundredths;
}

export function stepsText(unit: IndicatorUnit, steps: bigint): string {
  if (unit === 'yuan') return fenToYuan(steps);
  if (unit === 'count') return steps.toString();
  return trimZeros(scaledText(steps, 2));
}
