import { formatRegistrationNo, parseRegistrationNo } from './registration-number.js';

describe('registration number', () => {
  it('is region + year + six-digit sequence and round-trips', () => {
    expect(formatRegistrationNo('340600', 2025, 42)).toBe('3406002025000042');
    expect(parseRegistrationNo('3406002025000042')).toEqual({ regionCode: '340600', year: 2025, sequence: 42 });
  });

  it('refuses malformed parts', () => {
    expect(() => formatRegistrationNo('34060', 2025, 1)).toThrow();
    expect(() => formatRegistrationNo('340600', 2025, 0)).toThrow();
    expect(() => formatRegistrationNo('340600', 2025, 1_000_000)).toThrow();
    expect(parseRegistrationNo('340600-2025-000042')).toBeUndefined();
    expect(parseRegistrationNo('3406002025000000')).toBeUndefined();
  });
});
