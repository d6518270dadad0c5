import { parsePeriod, periodMonths } from './period.js';

describe('parsePeriod', () => {
  const today = '2026-11-23';

  it('parses year, quarter, month and year-to-date', () => {
    expect(parsePeriod('2025', today)).toMatchObject({
      kind: 'year',
      fromMonth: '2025-01-01',
      toMonth: '2025-12-01',
      label: '2025年',
    });
    expect(parsePeriod('2025-q3', today)).toMatchObject({
      code: '2025-Q3',
      fromMonth: '2025-07-01',
      toMonth: '2025-09-01',
    });
    expect(parsePeriod('2025-07', today)).toMatchObject({
      kind: 'month',
      fromMonth: '2025-07-01',
      toMonth: '2025-07-01',
    });
    expect(parsePeriod('2026-ytd', today)).toMatchObject({
      kind: 'ytd',
      fromMonth: '2026-01-01',
      toMonth: '2026-11-01',
      label: '2026年1-11月',
    });
    expect(parsePeriod('2024-YTD', today).toMonth).toBe('2024-12-01');
    expect(parsePeriod('2021..2025', today)).toMatchObject({
      kind: 'years',
      fromMonth: '2021-01-01',
      toMonth: '2025-12-01',
      label: '2021-2025年',
    });
  });

  it.each([
    '',
    '25',
    '2025-13',
    '2025-00',
    '2025-Q5',
    '2025-7',
    '1999',
    '2101',
    '2027-ytd',
    '2025-07-01',
    'abc',
    '2025..2021',
    '2010..2025',
    '1999..2001',
    '2025 '.repeat(3),
  ])('refuses %j with STATS_PERIOD_INVALID', (text) => {
    expect(() => parsePeriod(text, today)).toThrow(expect.objectContaining({ code: 'STATS_PERIOD_INVALID' }));
  });

  it('lists the months of a period across a quarter', () => {
    expect(periodMonths(parsePeriod('2025-Q4', today))).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(periodMonths(parsePeriod('2025', today))).toHaveLength(12);
  });
});
