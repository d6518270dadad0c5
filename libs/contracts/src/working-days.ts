/**
 * Registration deadlines count working days: weekends are skipped, public holidays too, and
 * the make-up working days (调休) that fall on a weekend count. The calendar is a table of
 * exceptions (date → is a working day); every other date follows Monday–Friday.
 */
export type WorkCalendar = ReadonlyMap<string, boolean>;

/** The 2024 draft registration rules: 15 working days (30 when complex). */
export const DEFAULT_REGISTRATION_WORKING_DAYS = 15;

function parseDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`not a date: ${iso}`);
  return d;
}

export function addDays(iso: string, days: number): string {
  const d = parseDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  const exception = calendar.get(iso);
  if (exception !== undefined) return exception;
  const dow = parseDate(iso).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * The `n`th working day after `start` (the day of submission does not count): the last day on
 * which the registry may still decide.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new Error('n must be a positive integer');
  let day = start;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) n++;
  return n;
}

/** One exception of the calendar as a platform admin enters it from the State Council's notice. */
export interface CalendarDay {
  day: string;
  /** true: a 调休 working day on a weekend; false: a day off (放假). */
  isWorkday: boolean;
  /** The holiday it belongs to: 春节, 春节调休… */
  name: string;
}

/**
 * What is wrong with a year's exceptions, by field (empty: none): every day of that year and
 * entered once; a make-up working day (调休上班) falls on a weekend, as only a weekend needs one.
 */
export function calendarProblems(year: number, days: readonly CalendarDay[]): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const field = `days.${i}.day`;
    if (!d.day.startsWith(`${year}-`)) problems.push({ field, messages: [`${d.day} 不在 ${year} 年`] });
    else if (seen.has(d.day)) problems.push({ field, messages: [`${d.day} 重复`] });
    else if (d.isWorkday && isWorkingDay(d.day, new Map()))
      problems.push({ field, messages: [`${d.day} 是工作日，不需要调休上班`] });
    seen.add(d.day);
  });
  return problems;
}
