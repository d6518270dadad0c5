import { parsePeriod } from '../period.js';
import {
  periodClosed,
  periodEndExclusive,
  periodLastDay,
  periodStarted,
  reportAsOf,
  reportState,
} from './report.rules.js';

describe('report periods', () => {
  const q3 = parsePeriod('2025-Q3', '2026-01-10');
  const y24 = parsePeriod('2024', '2026-01-10');

  it('ends a quarter on its last day and the year on 31 December (leap years included)', () => {
    expect(periodLastDay(q3)).toBe('2025-09-30');
    expect(periodEndExclusive(q3)).toBe('2025-10-01');
    expect(periodLastDay(parsePeriod('2024-Q1', '2026-01-01'))).toBe('2024-03-31');
    expect(periodLastDay(parsePeriod('2024-02', '2026-01-01'))).toBe('2024-02-29');
    expect(periodEndExclusive(y24)).toBe('2025-01-01');
  });

  it('closes a period the day after its last day, and reads progress on the last day or today', () => {
    expect(periodClosed(q3, '2025-09-30')).toBe(false);
    expect(periodClosed(q3, '2025-10-01')).toBe(true);
    expect(reportAsOf(q3, '2025-08-15')).toBe('2025-08-15');
    expect(reportAsOf(q3, '2026-03-01')).toBe('2025-09-30');
    expect(periodStarted(q3, '2025-06-30')).toBe(false);
    expect(periodStarted(q3, '2025-07-01')).toBe(true);
  });

  it('freezes only closed periods, and "as amended" is never frozen', () => {
    expect(reportState('reported', true)).toBe('frozen');
    expect(reportState('reported', false)).toBe('preliminary');
    expect(reportState('amended', true)).toBe('amended');
    expect(reportState('amended', false)).toBe('amended');
  });
});
