import { retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  const mid = () => 0.5;

  it('doubles from the base delay', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 100, 10_000, mid))).toEqual([100, 200, 400, 800]);
  });

  it('caps at the maximum, even after very many attempts', () => {
    expect(retryDelayMs(12, 100, 5_000, mid)).toBe(5_000);
    expect(retryDelayMs(10_000, 100, 5_000, () => 1)).toBe(5_000);
  });

  it('spreads retries within ±20 %', () => {
    expect(retryDelayMs(3, 100, 10_000, () => 0)).toBe(320);
    expect(retryDelayMs(3, 100, 10_000, () => 1)).toBe(480);
  });
});
