import { chinaDayText } from '../../shared/labels/china-time.js';

/** Today in China, as the registry counts dates (UTC+8). */
export function chinaToday(now = new Date()): string {
  return chinaDayText(now);
}
