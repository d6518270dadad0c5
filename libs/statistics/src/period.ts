import { StatsPeriodInvalidError } from './statistics.errors.js';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'ytd' | 'years';

/** A statistics period: whole months, first and last inclusive, as 'YYYY-MM-01' dates. */
export interface Period {
  /** The text the caller sent, normalised (`2025-Q3`, `2025-07`, `2025`, `2025-ytd`). */
  code: string;
  kind: PeriodKind;
  year: number;
  fromMonth: string;
  toMonth: string;
  /** Human label for titles and file names: 2025年第3季度. */
  label: string;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]|ytd))?$/i;
export const PERIOD_FORMAT = 'YYYY | YYYY-Qn | YYYY-MM | YYYY-ytd | YYYY..YYYY';
const YEARS_PATTERN = /^(\d{4})\.\.(\d{4})$/;
const MAX_YEARS = 10;

const monthDate = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

/**
 * Parses a period. `YYYY..YYYY` is a run of whole years. `YYYY-ytd` runs from January to the month of `today` (China date) for the
 * current year, the whole year for a past year; a future year-to-date is refused.
 */
export function parsePeriod(text: string, today: string): Period {
  const range = YEARS_PATTERN.exec(text.trim());
  if (range) {
    // Several whole years (multi-year reports and full exports), at most MAX_YEARS.
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from < 2000 || to > 2100 || to < from || to - from >= MAX_YEARS) throw new StatsPeriodInvalidError(text);
    return {
      code: `${from}..${to}`,
      kind: 'years',
      year: to,
      fromMonth: monthDate(from, 1),
      toMonth: monthDate(to, 12),
      label: `${from}-${to}年`,
    };
  }
  const m = PERIOD_PATTERN.exec(text.trim());
  if (!m) throw new StatsPeriodInvalidError(text);
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) throw new StatsPeriodInvalidError(text);
  const part = m[2]?.toLowerCase();
  if (part === undefined) {
    return {
      code: `${year}`,
      kind: 'year',
      year,
      fromMonth: monthDate(year, 1),
      toMonth: monthDate(year, 12),
      label: `${year}年`,
    };
  }
  if (part === 'ytd') {
    const [ty, tm] = today.split('-').map(Number) as [number, number];
    if (year > ty) throw new StatsPeriodInvalidError(text);
    const last = year === ty ? tm : 12;
    return {
      code: `${year}-ytd`,
      kind: 'ytd',
      year,
      fromMonth: monthDate(year, 1),
      toMonth: monthDate(year, last),
      label: `${year}年1-${last}月`,
    };
  }
  if (part.startsWith('q')) {
    const q = Number(part.slice(1));
    return {
      code: `${year}-Q${q}`,
      kind: 'quarter',
      year,
      fromMonth: monthDate(year, q * 3 - 2),
      toMonth: monthDate(year, q * 3),
      label: `${year}年第${q}季度`,
    };
  }
  const month = Number(part);
  return {
    code: `${year}-${part}`,
    kind: 'month',
    year,
    fromMonth: monthDate(year, month),
    toMonth: monthDate(year, month),
    label: `${year}年${month}月`,
  };
}

/** Months of a period, as 'YYYY-MM'. */
export function periodMonths(p: Period): string[] {
  const out: string[] = [];
  let [y, m] = p.fromMonth.split('-').map(Number) as [number, number];
  const end = p.toMonth.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The first day after a period's last month ('YYYY-MM-01'): the exclusive end of its days. */
export function periodEnd(p: Pick<Period, 'toMonth'>): string {
  const [y, m] = p.toMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
