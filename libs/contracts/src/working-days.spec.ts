import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const none = new Map<string, boolean>();
// 2025 国庆 + 中秋: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休).
const cal2025 = new Map<string, boolean>([
  ['2025-09-28', true],
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`2025-10-${d}`, false] as [string, boolean]),
  ['2025-10-11', true],
]);

describe('working-day deadline', () => {
  it('skips weekends', () => {
    // Monday 3 March 2025 + 15 working days = Monday 24 March.
    expect(addWorkingDays('2025-03-03', 15, none)).toBe('2025-03-24');
    // Submitted on a Friday: the next working day is Monday.
    expect(addWorkingDays('2025-03-07', 1, none)).toBe('2025-03-10');
    // Submitted on a Saturday counts from Monday too.
    expect(addWorkingDays('2025-03-08', 1, none)).toBe('2025-03-10');
  });

  it('skips public holidays and counts make-up working days', () => {
    expect(isWorkingDay('2025-09-28', cal2025)).toBe(true);
    expect(isWorkingDay('2025-10-06', cal2025)).toBe(false);
    // Thursday 25 September: 26, 28(调休), 29, 30, then 9, 10, 11(调休), 13, 14 …
    expect(addWorkingDays('2025-09-25', 4, cal2025)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-25', 5, cal2025)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-25', 7, cal2025)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-25', 15, cal2025)).toBe('2025-10-22');
    expect(addWorkingDays('2025-09-25', 15, none)).toBe('2025-10-16');
  });

  it('counts working days between two dates and refuses nonsense', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-24', none)).toBe(15);
    expect(workingDaysBetween('2025-03-24', '2025-03-03', none)).toBe(0);
    expect(() => addWorkingDays('2025-02-30', 1, none)).toThrow();
    expect(() => addWorkingDays('2025-03-03', 0, none)).toThrow();
  });
});
