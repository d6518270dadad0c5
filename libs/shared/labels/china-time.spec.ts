import { chinaDayText, chinaMinuteText, chinaSecondText } from './china-time.js';

describe('China time', () => {
  it('writes an instant in China time (UTC+8), whatever the zone it was given in', () => {
    expect(chinaMinuteText('2026-12-18T06:00:05Z')).toBe('2026-12-18 14:00');
    expect(chinaSecondText('2026-12-18T14:00:05+08:00')).toBe('2026-12-18 14:00:05');
    expect(chinaDayText(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(chinaDayText(Date.parse('2026-12-31T15:59:59.000Z'))).toBe('2026-12-31');
  });

  it('agrees with the Asia/Shanghai zone on every hour of a year', () => {
    const zone = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    });
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000 + 61_000) {
      expect(chinaSecondText(t)).toBe(zone.format(t));
    }
  });
});
