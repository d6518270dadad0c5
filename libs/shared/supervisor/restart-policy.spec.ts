import { RestartPolicy } from './restart-policy.js';

describe('RestartPolicy', () => {
  const options = { baseMs: 1000, maxMs: 5000, resetAfterMs: 60_000, maxFailures: 5 };

  it('doubles the delay over rapid failures in a row, capped, and gives up at the limit', () => {
    const policy = new RestartPolicy(options);
    expect([1, 2, 3, 4].map(() => policy.next(100))).toEqual([
      { giveUp: false, delayMs: 1000, failures: 1 },
      { giveUp: false, delayMs: 2000, failures: 2 },
      { giveUp: false, delayMs: 4000, failures: 3 },
      { giveUp: false, delayMs: 5000, failures: 4 },
    ]);
    expect(policy.next(0)).toEqual({ giveUp: true, failures: 5 });
  });

  it('starts the count anew after an instance stayed up long enough', () => {
    const policy = new RestartPolicy(options);
    policy.next(100);
    policy.next(100);
    policy.next(100);
    expect(policy.next(60_000)).toEqual({ giveUp: false, delayMs: 1000, failures: 1 });
    expect(policy.next(59_999)).toEqual({ giveUp: false, delayMs: 2000, failures: 2 });
  });

  it('with a limit of 1 gives up on the first failure', () => {
    expect(new RestartPolicy({ ...options, maxFailures: 1 }).next(0)).toEqual({ giveUp: true, failures: 1 });
  });
});
